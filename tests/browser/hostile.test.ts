import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildStandalonePage } from '../../src/render/standalone';
import { ROOT, buildCli } from '../fixtures/render/build';
import { launchChromium, offlineContext, overflows, watch } from '../fixtures/render/browser';
import { hostileNote } from '../fixtures/render/hostile-note';
import { hostileReport } from '../fixtures/render/reports';

const OUT = join(ROOT, 'test-output', 'render-hostile');
const SHOTS = join(ROOT, 'test-output', 'screenshots');
let browser: Browser;
let fromNote = '';
let fromReport = '';

beforeAll(async () => {
  await buildCli('render-hostile');
  mkdirSync(SHOTS, { recursive: true });
  // Through the whole pipeline: a hostile note, parsed and rendered by the CLI.
  const note = join(OUT, 'hostile.md');
  writeFileSync(note, hostileNote());
  const page = join(OUT, 'hostile-note.html');
  const r = spawnSync(process.execPath, [join(OUT, 'xcap.cjs'), 'render', note, '--out', page, '--mode', 'both'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`xcap render failed (${r.status}): ${r.stderr}`);
  fromNote = pathToFileURL(page).href;
  // Straight to the renderer: a report whose every field is hostile, whatever the parser would make of it.
  const direct = join(OUT, 'hostile-report.html');
  writeFileSync(
    direct,
    buildStandalonePage({
      payload: { report: hostileReport(), mode: 'both', hideAds: false },
      css: readFileSync(join(ROOT, 'styles.css'), 'utf8'),
      script: readFileSync(join(OUT, 'render-page.js'), 'utf8'),
      theme: 'light',
      sha256Base64: (s) => createHash('sha256').update(s, 'utf8').digest('base64'),
    }),
  );
  fromReport = pathToFileURL(direct).href;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function check(url: string, bypassCSP: boolean, shot: string): Promise<Page> {
  const context = await offlineContext(browser, { width: 375, bypassCSP });
  const page = await context.newPage();
  const problems = await watch(page);
  await page.goto(url);
  await page.waitForSelector('article.x-cap-card');
  for (const button of await page.getByRole('button', { name: 'Show ad' }).all()) await button.click();
  expect(await overflows(page)).toBe(false);
  const toggles = page.locator('.x-cap-header button[data-x-cap-mode]');
  for (let i = 0; i < (await toggles.count()); i++) {
    await toggles.nth(i).click();
    expect(await overflows(page)).toBe(false);
  }
  const images = page.locator('.x-cap-image-button');
  if ((await images.count()) > 0) {
    await images.first().click();
    await page.keyboard.press('Escape');
  }
  await page.screenshot({ path: join(SHOTS, shot), fullPage: true });
  expect(problems).toEqual({ errors: [], dialogs: [], cspViolations: [] });
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('.x-cap-root script, .x-cap-root iframe, .x-cap-root svg, .x-cap-root style').count()).toBe(0);
  const hrefs = await page.locator('.x-cap-root [href], .x-cap-root [src]').evaluateAll((els) =>
    els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
  );
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  return page;
}

test('a hostile note runs no script and keeps the layout, even without the CSP', async () => {
  const page = await check(fromNote, true, 'hostile-note-375.png');
  const text = await page.locator('.x-cap-root').innerText();
  expect(text).toContain("<script>window.__pwned = 'body'; alert('body')</script>");
  expect(text).toContain('W'.repeat(200));
  await page.context().close();
}, 60_000);

test('a hostile report runs no script and keeps the layout, even without the CSP', async () => {
  const page = await check(fromReport, true, 'hostile-report-375.png');
  expect(await page.title()).toBe('<script>window.__pwned = 1; alert(1)</script></title><script>alert(13)</script>');
  await page.context().close();
}, 60_000);

test('with its CSP the page reports nothing blocked, and the CSP does block what it should', async () => {
  const page = await check(fromReport, false, 'hostile-report-csp-375.png');
  // Control: the violation listener works, so "no violation" above means something.
  const blocked = await page.evaluate(async () => {
    const seen = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective)));
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = "injected"';
    document.body.appendChild(s);
    return seen;
  });
  expect(blocked).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await page.context().close();
}, 60_000);
