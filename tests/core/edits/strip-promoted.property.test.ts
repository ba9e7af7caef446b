import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTags, stripPromoted } from '../../../src/core/edits';
import { readFrontmatter } from '../../../src/core/frontmatter';
import { parseCapture } from '../../../src/core/parse';
import type { CaptureReport } from '../../../src/core/types';

const shared = new URL('../../../../shared/fixtures/', import.meta.url);
const own = new URL('../../fixtures/edits/strip-promoted/', import.meta.url);

function loadNotes(): [string, string][] {
  const notes: [string, string][] = readdirSync(own)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [`own/${f}`, readFileSync(new URL(f, own), 'utf8')]);
  if (!existsSync(shared)) {
    console.warn('strip-promoted properties: ../shared/fixtures is missing; checking the project fixtures only');
    return notes;
  }
  for (const sub of ['real/', 'seed/']) {
    const folder = new URL(sub, shared);
    for (const f of readdirSync(folder).filter((n) => n.endsWith('.md'))) notes.push([`${sub}${f}`, readFileSync(new URL(f, folder), 'utf8')]);
  }
  return notes;
}

const RULE_LINE = /^ {0,3}---[ \t]*$/;
/** Separator lines of the body (the frontmatter's delimiters are not separators). */
const countRules = (text: string): number =>
  text.slice(readFrontmatter(text).bodyStart).split(/\r?\n/).filter((l) => RULE_LINE.test(l)).length;
/** Text without white space, quote markers and separator characters: what readers see. */
const squash = (text: string): string => text.replace(/[\s>\-*_]/g, '');
/** A post as a reader tells it apart (depth left out: an ad's replies move up a level). */
const identity = (r: CaptureReport): string[] =>
  r.posts.filter((p) => !p.promoted).map((p) => `${p.author.handle ?? ''} ${p.statusId ?? ''} ${p.text.original}`);

/**
 * The properties every note must have after `stripPromoted`. `wellFormed`: the note is laid out as
 * the clipper writes; the other posts then read the same, each ad takes one separator along, and a
 * second pass changes nothing. (Mangled text may read differently once an ad is gone, e.g. as
 * another layout, so those only hold for well-formed captures.)
 */
function expectOnlyAdsRemoved(text: string, wellFormed = true): string {
  const report = parseCapture(text, 'note.md');
  const result = stripPromoted(text, report);
  if (result.error !== null) {
    // Refused (the frontmatter is not valid YAML): nothing may change.
    expect(wellFormed).toBe(false);
    expect(result.text).toBe(text);
    expect(result.changes).toEqual([]);
    return text;
  }
  const ads = report.posts.filter((p) => p.promoted);
  if (ads.length === 0) {
    expect(result.text).toBe(text);
    return text;
  }
  // Every change only deletes: its replacement is a subsequence of what it replaces.
  let rebuilt = '';
  let at = 0;
  for (const change of result.changes) {
    expect(change.range.start).toBeGreaterThanOrEqual(at);
    let i = 0;
    for (let j = 0; j < change.before.length; j++) if (change.before[j] === change.after[i]) i++;
    expect(i).toBe(change.after.length);
    rebuilt += text.slice(at, change.range.start) + change.after;
    at = change.range.end;
  }
  expect(rebuilt + text.slice(at)).toBe(result.text);
  // What goes is the ads' blocks; everything else deleted is white space, separators, quote markers.
  let withoutAds = '';
  at = 0;
  for (const ad of ads) {
    withoutAds += text.slice(at, Math.max(at, ad.range.start));
    at = Math.max(at, ad.range.end);
  }
  expect(squash(result.text)).toBe(squash(withoutAds + text.slice(at)));
  // The other posts are all still there, in the same order, and no ad is left.
  if (!wellFormed) return result.text;
  const after = parseCapture(result.text, 'note.md');
  expect(identity(after)).toEqual(identity(report));
  expect(after.posts.some((p) => p.promoted)).toBe(false);
  // Thread layout: exactly one separator goes with each ad (none when nothing else is left).
  if (report.layout === 'thread' && ads.every((p) => p.depth <= 1)) {
    const kept = report.posts.length - ads.length;
    expect(countRules(result.text)).toBe(kept === 0 ? 0 : countRules(text) - ads.length);
  }
  // Applying twice equals applying once.
  expect(stripPromoted(result.text).text).toBe(result.text);
  return result.text;
}

describe('stripPromoted over the fixtures', () => {
  const notes = loadNotes();
  it.each(notes)('%s', (_name, text) => {
    const stripped = expectOnlyAdsRemoved(text);
    for (const variant of [stripped.replace(/\n/g, '\r\n'), `\uFEFF${stripped}`]) expect(stripPromoted(variant).text).toBe(variant);
  });

  it('finds the ads the conformance labels promoted, and only those', () => {
    const expectedPath = new URL('../conformance/expected.json', shared);
    if (!existsSync(expectedPath)) {
      console.warn('strip-promoted properties: ../shared/conformance/expected.json is missing; skipped');
      return;
    }
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { file: string; posts?: { handle: string; promoted: boolean }[] }[];
    for (const entry of expected) {
      const text = readFileSync(new URL(entry.file, shared), 'utf8');
      const removed = stripPromoted(text).removed.map((r) => r.author);
      expect(removed, entry.file).toEqual((entry.posts ?? []).filter((p) => p.promoted).map((p) => `@${p.handle}`));
    }
  });
});

// Generated captures: a list of posts (or a tree of comments) with ads anywhere; the expected
// result is the same capture written without its ads.
const word = fc.constantFrom('agent', 'model', 'thread', 'data', '数据', '模型', 'ラベル', '🚀', 'GPT-4.5', 'https://example.org/a', '#tag');
const paragraph = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const body = fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 3 }), fc.option(paragraph, { nil: null })).map(([paras, translation]) =>
  translation ? [...paras.slice(0, -1), `${paras[paras.length - 1]}  \n${translation}`] : paras,
);
let nextId = 1_900_000_000_000_000_000n;
const person = fc.constantFrom(['Alice', 'alice'], ['Bob', 'bob'], ['宝玉', 'dotey'], ['Carol D', 'carol_d']);
const brand = fc.constantFrom(['Brand', 'brand'], ['VPN Deals', 'vpn\\_deals'], ['talkspace', 'talkspace']);

interface GenPost {
  ad: boolean;
  name: string;
  handle: string;
  paras: string[];
  id: string;
  children: GenPost[];
}

const genPost = (depth: number): fc.Arbitrary<GenPost> =>
  fc
    .record({
      ad: fc.boolean(),
      real: person,
      brand,
      paras: body,
      replies: fc.nat({ max: depth >= 3 ? 0 : 2 }),
    })
    .chain(({ ad, real, brand: b, paras, replies }) =>
      (replies ? fc.array(genPost(depth + 1), { minLength: replies, maxLength: replies }) : fc.constant<GenPost[]>([])).map(
        (kids): GenPost => ({
          ad,
          name: ad ? b[0] : real[0],
          handle: ad ? b[1] : real[1],
          // Ads carry a call to action, as real ones do, so they read as ads even among ads.
          paras: ad ? [...paras, 'Learn more: https://ads.example/?twclid=2-x'] : paras,
          id: String(nextId++),
          children: kids,
        }),
      ),
    );

const fileShape = fc.record({ crlf: fc.boolean(), bom: fc.boolean(), finalNewline: fc.boolean() });
const shape = (text: string, s: { crlf: boolean; bom: boolean; finalNewline: boolean }): string =>
  `${s.bom ? '\uFEFF' : ''}${(s.finalNewline ? text : text.replace(/\n$/, '')).replace(/\n/g, s.crlf ? '\r\n' : '\n')}`;

function threadNote(posts: GenPost[]): string {
  const fm = '---\ntitle: "Thread by @alice"\nsource: "https://x.com/alice/status/1800000000000000001"\ntags:\n  - "clippings"\n---\n';
  const blocks = posts.map((p) =>
    [`**${p.name}** @${p.handle}${p.ad ? '' : ` [2025-04-10](https://x.com/${p.handle.replace(/\\/g, '')}/status/${p.id})`}`, '', ...p.paras.flatMap((t) => [t, ''])]
      .join('\n')
      .trimEnd(),
  );
  return `${fm}${blocks.join('\n\n---\n\n')}\n`;
}

function commentLines(p: GenPost, level: number): string[] {
  const q = '> '.repeat(level);
  const date = p.ad ? '' : ` · [2026-04-21](https://x.com/${p.handle.replace(/\\/g, '')}/status/${p.id})`;
  const own = [`**${p.name} @${p.handle}**${date}`, '', ...p.paras.flatMap((t) => t.split('\n').concat(''))].slice(0, -1);
  const lines = own.map((l) => `${q}${l}`);
  for (const child of p.children) lines.push(q, ...commentLines(child, level + 1));
  return lines;
}

function postNote(comments: GenPost[]): string {
  const fm = '---\ntitle: "Post by @dave on X"\nsource: "https://x.com/dave/status/2046410860672012353"\nauthor:\n  - "[[@dave]]"\npublished: 2026-04-21\n---\n';
  const head = `${fm}The main post's text.\n\n---\n\n## Comments`;
  if (!comments.length) return `${head}\n`;
  return `${head}\n\n${comments.map((c) => commentLines(c, 1).join('\n')).join('\n\n')}\n`;
}

/** The tree as it reads once the ads are gone: an ad's replies take its place. */
const withoutAds = (posts: GenPost[]): GenPost[] =>
  posts.flatMap((p) => (p.ad ? withoutAds(p.children) : [{ ...p, children: withoutAds(p.children) }]));

describe('stripPromoted over generated captures', () => {
  it('thread layout: the capture as if its ads had never been there', () => {
    fc.assert(
      fc.property(fc.array(genPost(3), { minLength: 1, maxLength: 7 }), fileShape, (posts, s) => {
        const text = shape(threadNote(posts), s);
        const kept = posts.filter((p) => !p.ad);
        const expected = kept.length ? shape(threadNote(kept), s) : shape(threadNote([]).replace(/\n$/, ''), s);
        fc.pre(parseCapture(text, 'note.md').posts.filter((p) => p.promoted).length === posts.length - kept.length);
        expect(stripPromoted(text).text).toBe(expected);
        expectOnlyAdsRemoved(text);
      }),
      { numRuns: 300 },
    );
  });

  it('post layout: ads go, their replies move up a level', () => {
    fc.assert(
      fc.property(fc.array(genPost(1), { maxLength: 4 }), fileShape, (comments, s) => {
        const text = shape(postNote(comments), s);
        const expected = shape(postNote(withoutAds(comments)), s);
        expect(stripPromoted(text).text).toBe(expected);
        expectOnlyAdsRemoved(text);
      }),
      { numRuns: 300 },
    );
  });

  it('both cleanups together: tags change only in their lines, and a second run changes nothing', () => {
    const outsideTags = (text: string): string => text.replace(/^tags:\r?\n(?:[ \t]*-.*\r?\n)*/m, '');
    fc.assert(
      fc.property(fc.array(genPost(3), { minLength: 1, maxLength: 5 }), fileShape, (posts, s) => {
        const text = shape(threadNote(posts), s).replace('  - "clippings"', '  - "X (formerly Twitter) #AI #GPT-4.5"');
        const stripped = stripPromoted(text).text;
        const cleaned = normalizeTags(stripped).text;
        expect(outsideTags(cleaned)).toBe(outsideTags(stripped));
        expect(normalizeTags(stripPromoted(cleaned).text).text).toBe(cleaned);
      }),
      { numRuns: 100 },
    );
  });
});

describe('stripPromoted on hostile text', () => {
  const line = fc.constantFrom(
    '', '---', '***', '> ', '>', '> > ', 'text', '## Comments', '\\---', '  \t',
    '**Brand** @brand', '**Alice** @alice [2025-04-10](https://x.com/alice/status/1800000000000000001)',
    '> **Brand @brand**', '> > **Brand @brand**', '> **Bob @bob** · [2026-04-21](https://x.com/bob/status/1800000000000000002)',
    '> > **Eve @eve** · [2026-04-21](https://x.com/eve/status/1800000000000000003)', '> > > **Brand @brand**',
    'Learn more https://a.example/?twclid=1', '> Learn more https://a.example/?twclid=1', '> > text',
  );
  const front = fc.constantFrom(
    '',
    '---\nsource: "https://x.com/alice/status/1800000000000000001"\n---\n',
    '---\ntitle: "Post by @alice on X"\nsource: "https://x.com/alice/status/1800000000000000001"\n---\nMain text.\n\n---\n\n## Comments\n\n',
  );
  it('never throws, refuses without a change or only deletes the ads and what is between them', () => {
    fc.assert(
      fc.property(front, fc.array(line, { maxLength: 40 }), fileShape, (head, body, s) => {
        const text = shape(`${head}${body.join('\n')}\n`, s);
        expectOnlyAdsRemoved(text, false);
      }),
      { numRuns: 1000 },
    );
  });
});
