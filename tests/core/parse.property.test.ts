import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCapture } from '../../src/core/parse';

// Pieces of real capture shapes, so generated notes reach deep into every layout reader.
const piece = fc.constantFrom(
  '---\n',
  '---js\n',
  'title: "Thread by @a"\n',
  'source: "https://x.com/a/status/1910445678658281935"\n',
  '标题: "x"\n链接: https://twitter.com/b/status/1567177071725793283\n',
  'tags:\n  - "X (formerly Twitter) #AI"\n',
  '**Ann** @a [2025-04-10](https://x.com/a/status/1910445678658281935)\n',
  '**Bob** @b\\_x 2025-04-10\n',
  '**Ad** @ad\n',
  '> 2025-04-09\n> \n> quoted  \n> 引用\n',
  '> **Cy @cy** · [2026-05-07](https://x.com/cy/status/2052406699013841320)\n> \n> > **Ann @a** · [2026-05-07](https://x.com/a/status/2052408354019090726)\n',
  '## Comments\n',
  '## Highlights\n- /1 hi ([View Tweet](https://twitter.com/a/status/1567177071725793283))\n',
  '> [!tweet] @a · Jan 02, 2026\n',
  '> [!reply] @b · Fri Sep 19 13:48:41 +0000 2025\n',
  'Ann ([@a](https://twitter.com/a)) - November 27, 2022 1:45 AM\n',
  '[Tweet link](https://twitter.com/a/status/1596757194586062848)\n',
  '## 原文\n',
  '![Image](https://pbs.twimg.com/media/A.jpg)\n',
  '```\n',
  '\\---\n',
  '\r\n',
  '\n',
  '\ufeff',
  'Some text 中文 日本語の文 🚀\n',
);
const note = fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 40 }).map((parts) => parts.join(''));

function checkRanges(text: string): void {
  const r = parseCapture(text, 'p.md');
  let last = 0;
  for (const p of r.posts) {
    expect(p.range.start).toBeGreaterThanOrEqual(last);
    expect(p.range.end).toBeGreaterThanOrEqual(p.range.start);
    expect(p.range.end).toBeLessThanOrEqual(text.length);
    last = p.range.end;
  }
}

describe('parseCapture properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void parseCapture(s, 'x.md')), { numRuns: 300 });
  });

  it('never throws on capture-shaped text, and always returns a report for the file', () => {
    fc.assert(
      fc.property(note, (s) => {
        const r = parseCapture(s, 'x.md');
        expect(r.file).toBe('x.md');
        expect(Array.isArray(r.posts)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('post ranges are ordered, disjoint and inside the text', () => {
    fc.assert(fc.property(note, checkRanges), { numRuns: 400 });
  });
});
