import { describe, expect, it } from 'vitest';
import { detectCapture, looksBinary } from '../../src/core/detect';

const fm = (yaml: string, body: string): string => `---\n${yaml}\n---\n${body}`;
const THREAD_LINE = '**Ann** @ann [2025-04-10](https://x.com/ann/status/1910445678658281935)\n\nHello.\n';

describe('detectCapture', () => {
  it.each([
    ['thread layout', fm('source: "https://x.com/ann/status/1910445678658281935"', THREAD_LINE), 'thread', 'thread'],
    ['thread layout without a source', THREAD_LINE, 'thread', 'thread'],
    ['post layout', fm('title: "Post by @ann on X"\nsource: https://x.com/ann/status/1910445678658281935', 'Hello.\n'), 'post', 'post'],
    [
      'article',
      fm('source: https://x.com/ann/status/1910445678658281935\nauthor:\n  - "[[Unknown]]"\ntitle: T', '# T\nIntro.\n\n## One\n\nA.\n\n## Two\n\nB.\n'),
      'article',
      'article',
    ],
    ['callout export', fm('tweet_id: "1910445678658281935"', '> [!tweet] @ann · Jan 02, 2026\n> Hi\n'), 'other', 'callout'],
    [
      'tweet-to-markdown',
      fm('source: https://twitter.com/ann/status/1910445678658281935', 'Ann ([@ann](https://twitter.com/ann)) - November 27, 2022 1:45 AM\n\nHi\n'),
      'other',
      'ttm',
    ],
    [
      'Readwise export',
      '# /1 Hi\n\n## Metadata\n- URL: https://twitter.com/ann/status/1567177071725793283\n\n## Highlights\n- /1 Hi ([View Tweet](https://twitter.com/ann/status/1567177071725793283))\n',
      'other',
      'readwise',
    ],
    ['summary with the original below', fm('source: https://x.com/i/status/2066933826740535440', '## 摘要\n\n总结。\n\n## 原文\n\nHello.\n'), 'other', 'section'],
  ])('%s', (_name, text, layout, reader) => {
    const d = detectCapture(text);
    expect(d.isCapture).toBe(true);
    expect(d.layout).toBe(layout);
    expect(d.reader).toBe(reader);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    ['a web article', fm('source: https://blog.example.com/a', 'Text.\n'), /source is not X/],
    ['a profile page', fm('source: https://x.com/ann', 'Bio.\n'), /not a post/],
    ['a Grok chat', fm('source: https://x.com/i/grok?conversation=1', 'Q and A.\n'), /Grok/],
    ['a plain note', 'Just a note.\n', /no X source/],
    ['undated author lines only', '**Ann** @ann\n\nAd text.\n', /no X source/],
  ])('%s is not a capture', (_name, text, reason) => {
    const d = detectCapture(text);
    expect(d.isCapture).toBe(false);
    expect(d.layout).toBeNull();
    expect(d.reasons.join(' ')).toMatch(reason);
  });
});

describe('looksBinary', () => {
  it('tells bytes from text', () => {
    expect(looksBinary('a\u0000b')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003'.repeat(50))).toBe(true);
    expect(looksBinary('普通的文本 with tabs\tand\r\nlines')).toBe(false);
    expect(looksBinary('')).toBe(false);
  });
});
