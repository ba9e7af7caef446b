import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripPromoted } from '../../../src/core/edits';
import { parseCapture } from '../../../src/core/parse';
import type { EditChange } from '../../../src/core/edits/types';

const dir = new URL('../../fixtures/edits/strip-promoted/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const pairs = readdirSync(dir)
  .filter((f) => f.endsWith('.before.md'))
  .map((f) => f.slice(0, -'.before.md'.length))
  .sort();

/** The same capture saved differently: each variant must survive the edit untouched. */
const variants: Record<string, (t: string) => string> = {
  lf: (t) => t,
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  bom: (t) => `\uFEFF${t}`,
  'no final newline': (t) => t.replace(/\n$/, ''),
  'crlf, bom, no final newline': (t) => `\uFEFF${t.replace(/\n$/, '').replace(/\n/g, '\r\n')}`,
};

/** Applies disjoint changes to the input: the result must be the edit's text. */
function apply(text: string, changes: EditChange[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) {
    expect(c.range.start).toBeGreaterThanOrEqual(at);
    expect(text.slice(c.range.start, c.range.end)).toBe(c.before);
    out += text.slice(at, c.range.start) + c.after;
    at = c.range.end;
  }
  return out + text.slice(at);
}

describe('stripPromoted before/after pairs', () => {
  it('has the pairs the issue asks for', () => {
    expect(pairs).toEqual(
      expect.arrayContaining([
        'thread-ad-middle',
        'thread-ad-first',
        'thread-ad-last',
        'thread-ad-alone',
        'thread-two-ads',
        'thread-two-ads-last',
        'thread-translated-ad',
        'post-nested-comments',
        'post-ad-first-comment',
        'post-ad-only-comment',
      ]),
    );
  });

  for (const name of pairs) {
    for (const [variant, make] of Object.entries(variants)) {
      it(`${name} (${variant})`, () => {
        const before = make(read(`${name}.before.md`));
        const after = make(read(`${name}.after.md`));
        const result = stripPromoted(before);
        expect(result.error).toBeNull();
        expect(result.text).toBe(after);
        expect(result.changes.length).toBeGreaterThan(0);
        expect(apply(before, result.changes)).toBe(after);
        const again = stripPromoted(result.text);
        expect(again.text).toBe(result.text);
        expect(again.changes).toEqual([]);
      });
    }
  }
});

describe('stripPromoted', () => {
  it('names the removed posts by author and first line, in document order', () => {
    const result = stripPromoted(read('thread-two-ads.before.md'));
    expect(result.removed).toEqual([
      { author: '@vpndeals', firstLine: '🚀 Fast VPN, limited time offer #vpn #privacy' },
      { author: '@brand', firstLine: 'Supercharge your productivity with Proxy.' },
    ]);
    expect(result.changes.map((c) => c.summary)).toEqual([
      '@vpndeals: 🚀 Fast VPN, limited time offer #vpn #privacy',
      '@brand: Supercharge your productivity with Proxy.',
    ]);
    expect(result.changes.every((c) => c.kind === 'promoted-post' && c.after === '')).toBe(true);
  });

  it('gives a nested ad its own change and moves an ad’s replies up inside the ad’s change', () => {
    const before = read('post-nested-comments.before.md');
    const result = stripPromoted(before);
    expect(result.removed.map((r) => r.author)).toEqual(['@brandtwo', '@vpndeals', '@brand']);
    const vpn = result.changes[1];
    expect(vpn.before.startsWith('> **VPN Deals @vpndeals**')).toBe(true);
    expect(vpn.after.startsWith('> **Grace @grace**')).toBe(true);
    expect(vpn.after).toContain('\n> > **Heidi @heidi**');
  });

  it('returns the very same string when there is no ad', () => {
    const text = read('thread-ad-middle.after.md');
    const result = stripPromoted(text);
    expect(result).toEqual({ text, changes: [], error: null, removed: [] });
  });

  it('leaves notes that are not captures alone', () => {
    const text = '---\ntitle: Groceries\n---\n**Brand** @brand\n\nBuy now, limited time: https://a.example/?utm_source=x\n';
    expect(stripPromoted(text).text).toBe(text);
  });

  it('refuses, with the reason, when the frontmatter is not valid YAML', () => {
    const text = read('thread-ad-middle.before.md').replace('tags:\n', 'tags: [unclosed\n');
    const result = stripPromoted(text);
    expect(result.text).toBe(text);
    expect(result.changes).toEqual([]);
    expect(result.error).toMatch(/frontmatter/);
  });

  it('uses a report the caller has already parsed', () => {
    const text = read('thread-ad-last.before.md');
    const report = parseCapture(text, 'note.md');
    expect(stripPromoted(text, report).text).toBe(read('thread-ad-last.after.md'));
  });

  it('removes an ad whose blank lines and separators run to the end of the note', () => {
    const text = `${read('thread-ad-last.before.md')}\n---\n\n`;
    expect(stripPromoted(text).text).toBe(`${read('thread-ad-last.after.md')}\n---\n\n`);
  });
});
