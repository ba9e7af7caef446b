// @vitest-environment happy-dom
// Every real capture in ../shared/fixtures, parsed and rendered: nothing throws, every post becomes
// a card, every link is http(s), and the seed capture looks as a reader expects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { afterEach, describe, expect, test } from 'vitest';
import { parseCapture } from '../../src/core/parse';
import { cardBy, cards, modeButton, mount, visibleText } from '../fixtures/render/dom';

// vitest runs from the project root (import.meta.url is not a file: URL under happy-dom).
const SHARED = join(process.cwd(), '..', 'shared', 'fixtures');
const present = existsSync(SHARED);
if (!present) console.warn(`SKIPPED: ${SHARED} is missing, the renderer is not tried on real captures`);

const files = present
  ? [
      ...readdirSync(join(SHARED, 'real')).filter((f) => f.endsWith('.md')).map((f) => join(SHARED, 'real', f)),
      join(SHARED, 'seed', 'gpt45-podcast-thread.md'),
    ]
  : [];

afterEach(() => {
  document.body.replaceChildren();
});

describe.skipIf(!present)('real captures', () => {
  test.each(files.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s renders', (_name, file) => {
    const report = parseCapture(readFileSync(file, 'utf8'), file);
    const { container, handle } = mount(report);
    expect(cards(container)).toHaveLength(Math.min(report.posts.length, 30));
    for (const mode of ['original', 'translation', 'both'] as const) handle.setMode(mode);
    for (const a of container.querySelectorAll('[href], [src]')) expect(a.getAttribute('href') ?? a.getAttribute('src')).toMatch(/^https?:\/\//);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
    handle.destroy();
    expect(container.childElementCount).toBe(0);
  });

  test('the seed capture: the ad collapsed, translations toggled, the quoted post nested', () => {
    const file = join(SHARED, 'seed', 'gpt45-podcast-thread.md');
    const { container } = mount(parseCapture(readFileSync(file, 'utf8'), file), { mode: 'original' });
    const ad = cardBy(container, 'HUDI');
    expect(ad.querySelector('.x-cap-badge--ad')).not.toBeNull();
    expect(visibleText(ad)).not.toContain('HUDI Lifetime Referral');
    const kevin = cardBy(container, 'Kevin Henrikson');
    expect(visibleText(kevin)).toContain("that's cool");
    expect(visibleText(kevin)).not.toContain('很酷');
    modeButton(kevin, 'translation').click();
    expect(visibleText(kevin)).toContain('很酷');
    expect(visibleText(kevin)).not.toContain("that's cool");
    const main = cards(container)[0];
    expect(main.querySelector('article.x-cap-quote')).not.toBeNull();
    expect(modeButton(container.querySelector('.x-cap-header') as HTMLElement, 'original').getAttribute('aria-pressed')).toBe('true');
  });
});
