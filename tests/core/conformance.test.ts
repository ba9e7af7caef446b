import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The shared conformance checks score the built `xcap` (npm test builds before the tests run).
const root = resolve(__dirname, '../..');
const shared = resolve(root, '../shared/conformance');
const have = existsSync(resolve(shared, 'check.mjs')) && existsSync(resolve(root, 'dist/xcap.cjs'));
if (!have) {
  console.warn('\n*** SKIPPED the shared conformance checks: ../shared/conformance or dist/xcap.cjs is missing ***\n');
}

const run = (script: string, ...args: string[]): string =>
  execFileSync(process.execPath, [resolve(shared, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });

describe.skipIf(!have)('shared conformance', () => {
  it('xcap inspect scores at least 95% of the labelled fields', () => {
    const out = run('check.mjs', '--min', '95', '--quiet');
    expect(out).toMatch(/conformance: \d+\.\d%/);
  }, 120_000);

  it('tag normalization passes every case, in reports and through xcap clean --write', () => {
    expect(run('check-tags.mjs', '--edit')).toMatch(/tags: (\d+)\/\1 cases/);
  }, 120_000);
});
