// Runs the benchmarks: every bench/*.bench.ts (sorted), or those whose name contains an argument
// (`npm run bench -- parse related`). Each is bundled with esbuild from the real sources into
// bench/out/ and run in its own Node process (with --expose-gc), its output streamed.
import { build } from 'esbuild';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const say = (line) => process.stdout.write(`${line}\n`);
const complain = (line) => process.stderr.write(`${line}\n`);

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const outDir = join(benchDir, 'out');

const filters = process.argv.slice(2);
const all = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const selected = filters.length === 0 ? all : all.filter((f) => filters.some((x) => f.includes(x)));
if (selected.length === 0) {
  complain(`No bench matches ${filters.join(', ')}. Available: ${all.join(', ') || '(none)'}`);
  process.exit(2);
}

function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const cpus = os.cpus();
say('# xcap benchmarks');
say(`   node ${process.version} · ${cpus[0]?.model.trim() ?? 'unknown CPU'} (${cpus.length} cores) · ${os.platform()} ${os.arch()}`);
say(`   ${new Date().toISOString()} · commit ${commit()} · load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
say('   Shared machine: absolute figures drift, read the ratios (each baseline runs interleaved with its figure).');

function run(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', file], { stdio: 'inherit', cwd: root });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
    child.on('error', () => resolve(1));
  });
}

mkdirSync(outDir, { recursive: true });
const failed = [];
for (const name of selected) {
  const outfile = join(outDir, name.replace(/\.ts$/, '.mjs'));
  say(`\n# ${name}`);
  try {
    await build({
      entryPoints: [join(benchDir, name)],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      // Bundled CommonJS dependencies (gray-matter, js-yaml) still call require() for builtins.
      banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
      loader: { '.css': 'text' },
      external: ['playwright-core', 'esbuild', 'fsevents'],
      logLevel: 'warning',
    });
  } catch {
    failed.push(name);
    continue;
  }
  const code = await run(outfile);
  if (code !== 0) {
    complain(`${name} exited with code ${code}`);
    failed.push(name);
  }
}

if (failed.length > 0) {
  complain(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
