import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, buildCli } from '../fixtures/render/build';
import { launchChromium, offlineContext, overflows, watch, type PageProblems } from '../fixtures/render/browser';

const OUT = join(ROOT, 'test-output', 'render-page');
const SHOTS = join(ROOT, 'test-output', 'screenshots');
let browser: Browser;
const pages: Record<string, string> = {};

function render(name: string, ...args: string[]): void {
  const file = join(OUT, `${name}.html`);
  const r = spawnSync(process.execPath, [join(OUT, 'xcap.cjs'), 'render', 'tests/fixtures/render/thread-capture.md', '--out', file, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`xcap render failed: ${r.stderr}`);
  pages[name] = pathToFileURL(file).href;
}

async function open(name: string, width = 1000): Promise<{ page: Page; problems: PageProblems }> {
  const context = await offlineContext(browser, { width });
  const page = await context.newPage();
  const problems = await watch(page);
  await page.goto(pages[name]);
  await page.waitForSelector('article.x-cap-card');
  return { page, problems };
}

const cardText = (page: Page, name: string): Promise<string> =>
  page.locator(`article.x-cap-card[aria-label$="by ${name}"]`).innerText();

beforeAll(async () => {
  await buildCli('render-page');
  mkdirSync(SHOTS, { recursive: true });
  render('both', '--theme', 'light', '--locale', 'en-US');
  render('dark', '--theme', 'dark', '--mode', 'original');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the page xcap render writes, in Chromium', () => {
  test('renders the capture as cards, with no error and no CSP violation', async () => {
    const { page, problems } = await open('both');
    expect(await page.title()).toBe('Thread by @render_test');
    expect(await page.locator('article.x-cap-card').count()).toBe(5);
    expect(await page.locator('.x-cap-header .x-cap-count').innerText()).toBe('4 posts, 1 ad');
    expect(await page.locator('.x-cap-card .x-cap-image').count()).toBe(2);
    expect(await page.locator('.x-cap-badge--thread').count()).toBe(1);
    expect(await page.locator('.x-cap-badge--author').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'render-page-light.png'), fullPage: true });
    expect(problems).toEqual({ errors: [], dialogs: [], cspViolations: [] });
    await page.context().close();
  });

  test('the note and card toggles switch the visible text', async () => {
    const { page } = await open('both');
    expect(await cardText(page, 'Replier One')).toContain('很酷');
    expect(await cardText(page, 'Replier One')).toContain("that's cool");
    await page.locator('.x-cap-header button', { hasText: 'Original' }).click();
    expect(await cardText(page, 'Replier One')).not.toContain('很酷');
    const card = page.locator('article.x-cap-card[aria-label$="by Replier One"]');
    await card.locator('button', { hasText: 'Translation' }).click();
    expect(await card.innerText()).toContain('很酷');
    expect(await card.innerText()).not.toContain("that's cool");
    expect(await card.locator('button', { hasText: 'Translation' }).getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  test('"Show ad" expands the promoted post', async () => {
    const { page } = await open('both');
    expect(await cardText(page, 'Ad Maker')).not.toContain('Buy our token');
    await page.getByRole('button', { name: 'Show ad' }).click();
    expect(await cardText(page, 'Ad Maker')).toContain('Buy our token');
    expect(await page.getByRole('button', { name: 'Hide ad' }).getAttribute('aria-expanded')).toBe('true');
    await page.context().close();
  });

  test('keyboard only: Tab to the toggles, Space and Enter use them, the lightbox opens and Escape closes it', async () => {
    const { page } = await open('both');
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a ? [a.tagName, a.getAttribute('data-x-cap-mode') ?? a.getAttribute('aria-label') ?? a.textContent ?? ''].join(' ') : '';
      });
    const tabTo = async (wanted: string): Promise<void> => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if ((await focused()) === wanted) return;
      }
      throw new Error(`${wanted} is not reachable with Tab`);
    };

    await tabTo('BUTTON original');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Space');
    expect(await page.locator('.x-cap-header button[data-x-cap-mode="original"]').getAttribute('aria-pressed')).toBe('true');
    expect(await cardText(page, 'Replier One')).not.toContain('很酷');

    await tabTo('BUTTON Enlarge image: Image');
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.x-cap-lightbox');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await focused()).toBe('BUTTON Enlarge image: Image');

    await tabTo('BUTTON translation');
    await page.keyboard.press('Enter');
    expect(await cardText(page, 'Replier One')).toContain('很酷');
    expect(await cardText(page, 'Replier One')).not.toContain("that's cool");

    await tabTo('BUTTON Show ad');
    await page.keyboard.press('Enter');
    expect(await cardText(page, 'Ad Maker')).toContain('Buy our token');
    await page.context().close();
  });

  test('no horizontal scrolling at 375 px, in every mode, ad open', async () => {
    const { page } = await open('both', 375);
    await page.getByRole('button', { name: 'Show ad' }).click();
    for (const mode of ['both', 'translation', 'original']) {
      await page.locator(`.x-cap-header button[data-x-cap-mode="${mode}"]`).click();
      expect(await overflows(page)).toBe(false);
    }
    await page.locator('.x-cap-header button[data-x-cap-mode="both"]').click();
    await page.screenshot({ path: join(SHOTS, 'render-page-375.png'), fullPage: true });
    await page.context().close();
  });

  test('the dark theme and --mode apply', async () => {
    const { page, problems } = await open('dark', 375);
    expect(await page.locator('body').getAttribute('class')).toContain('theme-dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(30, 30, 30)');
    expect(await page.locator('.x-cap-header button[data-x-cap-mode="original"]').getAttribute('aria-pressed')).toBe('true');
    expect(await cardText(page, 'Replier One')).not.toContain('很酷');
    await page.screenshot({ path: join(SHOTS, 'render-page-dark-375.png'), fullPage: true });
    expect(problems).toEqual({ errors: [], dialogs: [], cspViolations: [] });
    await page.context().close();
  });
});
