// Card rendering in Chromium: time until the first cards are laid out (renderCapture returns after
// the header and the first screenful; a forced layout then makes them visible), beside the time
// Chromium takes to lay out the same capture's text as plain <p> paragraphs (in the cards' own
// container and paragraph style, with the same language tags), measured interleaved in the same page.
//   npm run bench -- render
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parseCapture } from '../src/core/parse';
import type { CaptureReport } from '../src/core/types';
import { INITIAL_POSTS } from '../src/render';
import { PAGE_THEME_CSS } from '../src/render/page-theme';
import styles from '../styles.css';
import { bigReport, sampleReport } from '../tests/fixtures/render/reports';
import { pairedRatio, printAim, printHeader, printRow, say, type Stats } from './harness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, '..', 'shared', 'fixtures', 'seed', 'gpt45-podcast-thread.md');
const ROUNDS = Number(process.env.XCAP_BENCH_ROUNDS ?? 40);
const AIM_FACTOR = 2;
const AIM_MS = 100;

/** What each measured round does in the page (see `measureInPage`). */
type CaseName = 'cards' | 'plainSame' | 'plainAll';

function statsOf(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const mid = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, p50: at(50), p95: at(95), min: sorted[0], mean: samples.reduce((a, b) => a + b, 0) / samples.length, runs: samples.length, samples };
}

async function pageScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { renderCapture } from './src/render'; (window as unknown as { xcapRender: unknown }).xcapRender = renderCapture;",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    target: 'es2021',
    format: 'iife',
    minify: true,
    write: false,
    alias: { fs: join(ROOT, 'src/shims/fs.ts') },
    inject: [join(ROOT, 'src/shims/buffer.ts')],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

function seedReport(): { report: CaptureReport; label: string } {
  if (existsSync(SEED)) return { report: parseCapture(readFileSync(SEED, 'utf8'), SEED), label: 'seed capture (gpt45-podcast-thread.md)' };
  say('   ../shared/fixtures/seed is missing: using the hand-made sample capture instead');
  return { report: sampleReport(), label: 'sample capture (seed missing)' };
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  // No network: every image request fails at once instead of waiting on DNS.
  await page.route(/^https?:/, (route) => route.abort());
  await page.setContent(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${PAGE_THEME_CSS}\n${styles}</style></head>` +
      `<body class="theme-light"><main id="stage"></main><script>${await pageScript()}</script></body></html>`,
  );

  printHeader(
    'Render: time to first visible cards (Chromium)',
    `cards: renderCapture (header + first ${INITIAL_POSTS} posts, the rest deferred) + forced layout, mode "both", 800x900 viewport`,
    'baselines: the same text (originals, translations, quoted posts; collapsed ads excluded) as plain <p> paragraphs',
    '           in the cards\' container (.x-cap-root, .x-cap-p, same lang tags) + forced layout,',
    '           of all posts, and of only the posts the cards show first',
    `medians of ${ROUNDS} interleaved rounds in one page, GC between runs; ratios are paired medians`,
  );

  const captures = [seedReport(), { report: bigReport(1000), label: 'synthetic thread, 1,000 replies' }];
  for (const { report, label } of captures) {
    const samples = await page.evaluate(
      ({ report, rounds, initial }) => {
        type Render = (c: HTMLElement, r: unknown, o: unknown) => { destroy(): void };
        const w = window as unknown as { xcapRender: Render; gc?: () => void };
        const stage = document.getElementById('stage') as HTMLElement;
        type Post = {
          promoted: boolean;
          language: { original: string | null; translation: string | null };
          segments: { original: string; translation: string | null }[];
          quote: { split: { original: string; translation: string | null }; language: { original: string | null; translation: string | null } } | null;
        };
        type Block = { text: string; lang: string | null };
        const posts = (report as { posts: Post[] }).posts;
        // The text the cards show in "both" mode: every original and translation, quoted posts too,
        // with the language tags the cards give them (they pick the fallback fonts). A promoted post
        // shows only its "Show ad" button until opened, so its text is not part of the baseline.
        const texts: Block[][] = posts.map((post) =>
          post.promoted
            ? []
            : [
                ...post.segments.map((s) => ({ split: s, language: post.language })),
                ...(post.quote ? [{ split: post.quote.split, language: post.quote.language }] : []),
              ].flatMap(({ split, language }) => [
                { text: split.original, lang: language.original },
                { text: split.translation ?? '', lang: language.translation },
              ]),
        );
        // The same container and paragraph class as the cards, so fonts, width, line height and
        // wrapping are the same and only the card structure differs.
        const plain = (count: number): void => {
          const box = document.createElement('div');
          box.className = 'x-cap-root';
          for (const blocks of texts.slice(0, count)) {
            for (const { text, lang } of blocks) {
              for (const para of text.split(/\n\s*\n/)) {
                if (!para.trim()) continue;
                const p = document.createElement('p');
                p.className = 'x-cap-p';
                if (lang) p.lang = lang;
                p.textContent = para;
                box.appendChild(p);
              }
            }
          }
          stage.appendChild(box);
          void stage.offsetHeight;
        };
        const cases: Record<string, () => () => void> = {
          cards: () => {
            const handle = w.xcapRender(stage, report, { mode: 'both', hideAds: false, locale: 'en-US' });
            void stage.offsetHeight;
            return () => handle.destroy();
          },
          plainSame: () => {
            plain(initial);
            return () => stage.replaceChildren();
          },
          plainAll: () => {
            plain(posts.length);
            return () => stage.replaceChildren();
          },
        };
        const names = Object.keys(cases);
        const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
        for (let round = -3; round < rounds; round++) {
          for (let i = 0; i < names.length; i++) {
            const name = names[(Math.abs(round) + i) % names.length];
            w.gc?.();
            void stage.offsetHeight;
            const start = performance.now();
            const cleanup = cases[name]();
            const ms = performance.now() - start;
            cleanup();
            void stage.offsetHeight;
            if (round >= 0) out[name].push(ms);
          }
        }
        return out;
      },
      { report, rounds: ROUNDS, initial: INITIAL_POSTS },
    );
    const s: Record<CaseName, Stats> = { cards: statsOf(samples.cards), plainSame: statsOf(samples.plainSame), plainAll: statsOf(samples.plainAll) };
    const shown = Math.min(INITIAL_POSTS, report.posts.length);
    say(`\n   ${label}: ${report.posts.length} posts, ${shown} rendered before first paint; cards p95 ${s.cards.p95.toFixed(1)} ms`);
    printRow('cards, first screenful', s.cards.median, 'ms', `plain <p>, all ${report.posts.length} posts`, s.plainAll.median);
    printRow('cards, first screenful', s.cards.median, 'ms', `plain <p>, same ${shown} posts`, s.plainSame.median);
    const vsAll = pairedRatio(s.cards, s.plainAll);
    printAim(`first cards within ${AIM_FACTOR}x the plain layout of the capture's text`, vsAll <= AIM_FACTOR, `${vsAll.toFixed(2)}x, paired median`);
    if (report.posts.length > 1000) {
      printAim(`first cards of the 1,000-reply capture under ${AIM_MS} ms`, s.cards.median < AIM_MS, `${s.cards.median.toFixed(1)} ms median`);
    }
  }
} finally {
  await browser.close();
}
