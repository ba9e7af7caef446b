import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import process from 'node:process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PagePayload } from '../../src/render/standalone';
import { ROOT, buildCli } from '../fixtures/render/build';

let cli = '';
let tmp = '';
const THREAD = 'tests/fixtures/render/thread-capture.md';

const xcap = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, 'render', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const dataOf = (html: string): PagePayload => {
  const m = /<script type="application\/json" id="x-cap-data">([^<]*)<\/script>/.exec(html);
  if (!m) throw new Error('no data block');
  return JSON.parse(m[1]) as PagePayload;
};

beforeAll(async () => {
  cli = await buildCli('render-cli');
  tmp = mkdtempSync(join(tmpdir(), 'xcap-render-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('xcap render', () => {
  test('prints a standalone page of the capture to stdout', () => {
    const { code, out, err } = xcap(THREAD);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(out).toContain('<title>Thread by @render_test</title>');
    expect(out).toContain("script-src 'sha256-".replace(/'/g, '&#39;'));
    expect(out).toContain('.x-cap-card');
    const data = dataOf(out);
    expect(data.report.posts).toHaveLength(5);
    expect(data).toMatchObject({ mode: 'both', hideAds: false });
  });

  test('writes --out with the options given', () => {
    const page = join(tmp, 'page.html');
    const { code, out } = xcap(THREAD, '--out', page, '--mode', 'translation', '--theme=light', '--hide-ads', '--locale', 'zh-cn');
    expect(code).toBe(0);
    expect(out).toBe('');
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<body class="x-cap-page theme-light">');
    expect(dataOf(html)).toMatchObject({ mode: 'translation', hideAds: true, locale: 'zh-CN' });
  });

  test('a note that is not a capture: the page says so, exit 1', () => {
    const page = join(tmp, 'not.html');
    const { code, err } = xcap('tests/fixtures/render/not-a-capture.md', '-o', page);
    expect(code).toBe(1);
    expect(err).toMatch(/not-a-capture\.md is not an X capture \(source is not X/);
    expect(dataOf(readFileSync(page, 'utf8')).report.isCapture).toBe(false);
  });

  test('a missing file: exit 2 with a clear message', () => {
    const { code, err, out } = xcap('no/such/note.md');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('xcap render: no/such/note.md: no such file or folder\n');
  });

  test.each([
    [[], 'name the capture to render'],
    [[THREAD, THREAD], 'render one file at a time'],
    [[THREAD, '--mode', 'fancy'], '--mode must be one of original, translation, both'],
    [[THREAD, '--theme'], '--theme needs a value'],
    [[THREAD, '--locale', 'not a tag!'], 'is not a BCP 47 language tag'],
    [[THREAD, '--bogus'], 'unknown option --bogus'],
  ])('bad usage %j: exit 2', (args, message) => {
    const { code, err } = xcap(...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('Usage: xcap render FILE');
  });

  test('an unwritable --out: exit 2', () => {
    writeFileSync(join(tmp, 'file'), '');
    const { code, err } = xcap(THREAD, '--out', join(tmp, 'file', 'page.html'));
    expect(code).toBe(2);
    expect(err).toMatch(/cannot write/);
  });
});
