// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index';
import XCaptureCardsPlugin from '../../src/main';
import { App, loadPlugin } from '../fake-obsidian';

// The README is the user's manual: what it names must exist, and what the plugin shows a user
// (commands, settings) must be in it.
// Paths, not URLs: under happy-dom, URL is the DOM's and does not make file paths.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { id: string; name: string; version: string; minAppVersion: string; author: string; description: string };

/** `xcap help` is the dispatcher's own; every other word after `xcap` must be a command. */
const BUILT_IN = new Set(['help']);

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

/** The plugin as Obsidian loads it (against the fake API): what it registers is what users see. */
async function loaded(): Promise<{ commands: string[]; settings: string[] }> {
  const app = new App();
  await loadPlugin(XCaptureCardsPlugin, app, manifest);
  const tab = app.setting.openTabById(manifest.id);
  const settings = [...tab.containerEl.querySelectorAll('.setting-item-name')].map((el) => el.textContent ?? '');
  const commands = Object.values(app.commands.commands).map((c) => c.name);
  return { commands, settings };
}

describe('README.md', () => {
  it('names the two commands a newcomer needs', () => {
    expect(readme).toContain('npm test');
    expect(readme).toContain('npm run demo');
  });

  it('names only npm scripts that package.json has', () => {
    const named = unique([...readme.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(named.length).toBeGreaterThan(0);
    for (const script of named) expect(Object.keys(packageJson.scripts), `npm run ${script}`).toContain(script);
  });

  it('names only xcap commands that exist, and every one that does', () => {
    const named = unique([...readme.matchAll(/\bxcap ([a-z][a-z-]*)/g)].map((m) => m[1]));
    const commands = COMMANDS.map((c) => c.name);
    for (const name of named) {
      if (!BUILT_IN.has(name)) expect(commands, `xcap ${name}`).toContain(name);
    }
    for (const name of commands) expect(named, `xcap ${name}`).toContain(name);
  });

  it('names every setting of the settings tab and every command of the plugin', async () => {
    const { commands, settings } = await loaded();
    expect(settings.length).toBeGreaterThan(0);
    for (const name of unique([...settings, ...commands])) expect(readme, name).toContain(name);
  });

  it('shows only images and links to files that exist', () => {
    // Links and images of the text itself; code shows Markdown as examples.
    const prose = readme.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
    const targets = [
      ...[...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]),
      ...[...prose.matchAll(/\b(?:src|srcset)="([^"]+)"/g)].map((m) => m[1]),
    ];
    const local = unique(targets.filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('#')).map((t) => t.replace(/#.*$/, '')));
    expect(local.some((t) => /\.(?:png|jpe?g|gif|svg|webp)$/i.test(t))).toBe(true);
    for (const target of local) expect(existsSync(join(root, decodeURI(target))), target).toBe(true);
  });

  it('gives the plugin folder the manifest id and the Obsidian version the manifest needs', () => {
    expect(readme).toContain(`.obsidian/plugins/${manifest.id}/`);
    expect(readme).toContain(`Obsidian ${manifest.minAppVersion}`);
  });
});
