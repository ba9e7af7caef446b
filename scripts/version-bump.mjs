// Run by npm's "version" lifecycle script (`npm version patch|minor|major|x.y.z`), after npm has
// written the new version into package.json and before it commits and tags: copies the version
// into manifest.json and records, in versions.json, the Obsidian version it needs (the
// manifest's minAppVersion), the way Obsidian's sample plugin does.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const read = (name) => JSON.parse(readFileSync(join(root, name), 'utf8'));
const write = (name, value) => writeFileSync(join(root, name), `${JSON.stringify(value, null, 2)}\n`);

// npm sets npm_package_version for lifecycle scripts; package.json says the same when run by hand.
const version = process.env.npm_package_version || read('package.json').version;
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  // Obsidian compares plugin versions as x.y.z; a pre-release suffix would never be offered as an update.
  process.stderr.write(`version-bump: "${version}" is not x.y.z; Obsidian plugin versions must be plain x.y.z.\n`);
  process.exit(1);
}

const manifest = read('manifest.json');
const versions = read('versions.json');
manifest.version = version;
versions[version] = manifest.minAppVersion;
write('manifest.json', manifest);
write('versions.json', versions);
process.stdout.write(`version-bump: manifest.json ${version}, versions.json ${version} → Obsidian ${manifest.minAppVersion}\n`);
