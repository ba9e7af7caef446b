import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// npm test builds before the tests; the browser test loads main.js for real, this one reads it.
const mainJs = resolve(__dirname, '../../main.js');
const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../manifest.json'), 'utf8')) as Record<string, unknown>;

describe.skipIf(!existsSync(mainJs))('the plugin bundle', () => {
  const code = existsSync(mainJs) ? readFileSync(mainJs, 'utf8') : '';

  it('requires nothing but obsidian (no Node builtins on mobile)', () => {
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['obsidian']));
  });

  it('is CommonJS exporting the plugin class', () => {
    expect(code).toMatch(/module\.exports\s*=/);
  });
});

describe('manifest.json', () => {
  it('names the plugin and loads on mobile', () => {
    expect(manifest.id).toBe('x-capture-cards');
    expect(manifest.name).toBe('X Capture Cards');
    expect(manifest.isDesktopOnly).toBe(false);
    expect(manifest.minAppVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
