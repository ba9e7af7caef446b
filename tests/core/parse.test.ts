import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCapture } from '../../src/core/parse';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/captures/${name}`, import.meta.url), 'utf8');

describe('parseCapture: thread layout', () => {
  const text = fixture('thread-self-reply-ad.md');
  const r = parseCapture(text, 'thread.md');

  it('reads the capture, its source and every post in order', () => {
    expect(r.isCapture).toBe(true);
    expect(r.layout).toBe('thread');
    expect(r.source).toEqual({
      url: 'https://x.com/lena_dev/status/1910445678658281935',
      handle: 'lena_dev',
      statusId: '1910445678658281935',
    });
    expect(r.posts.map((p) => [p.role, p.depth, p.author.handle])).toEqual([
      ['main', 0, 'lena_dev'],
      ['thread', 0, 'lena_dev'],
      ['reply', 1, 'brandbot'],
      ['reply', 1, 'omar_k'],
      ['reply', 1, 'lena_dev'],
    ]);
  });

  it('undoes markdown escapes in names and handles', () => {
    expect(r.posts[0].author).toEqual({ name: 'Lena _Dev_', handle: 'lena_dev' });
  });

  it('reads dates, status ids and the exact time a status id encodes', () => {
    const main = r.posts[0];
    expect(main.date).toBe('2025-04-10');
    expect(main.statusId).toBe('1910445678658281935');
    expect(main.time).toBe('2025-04-10T21:31:58.813Z');
    expect(main.url).toBe('https://x.com/lena_dev/status/1910445678658281935');
  });

  it('keeps an escaped \\--- as text, not a separator', () => {
    expect(r.posts[1].text.original).toContain('\\--- not a separator');
  });

  it('separates images and the quoted post from the text', () => {
    expect(r.posts[0].media.map((m) => m.kind)).toEqual(['image', 'image']);
    expect(r.posts[0].text.original).toBe('Small models are underrated.\n\nHere is why, in three posts.');
    const quote = r.posts[1].quote;
    expect(quote?.date).toBe('2025-04-09');
    expect(quote?.author).toBeNull();
    expect(quote?.text).toContain('Phones will run 3B models');
    expect(r.posts[1].text.original).toBe('They fit on a phone. \\--- not a separator.');
  });

  it('marks the undated post as promoted, with its signals', () => {
    const ad = r.posts[2];
    expect(ad.promoted).toBe(true);
    expect(ad.date).toBeNull();
    expect(ad.promotedSignals).toEqual(['no date on the author line', 'tracking link', 'hashtags', 'call to action']);
    expect(r.posts.filter((p) => p.promoted)).toHaveLength(1);
  });

  it('gives each post the range of its block, author line to last line', () => {
    for (const p of r.posts) {
      const block = text.slice(p.range.start, p.range.end);
      expect(block.startsWith('**')).toBe(true);
      expect(block.endsWith('\n')).toBe(false);
      expect(block).not.toMatch(/\n---\s*$/);
    }
    expect(text.slice(r.posts[2].range.start, r.posts[2].range.end)).toBe(
      '**BrandBot** @brandbot\n\nTry our cloud for free! https://example.com/?twclid=abc #cloud #deal',
    );
  });

  it('reports the tags as they are and as normalization would write them', () => {
    expect(r.tags.current).toEqual(['X (formerly Twitter) #LLM #小模型']);
    expect(r.tags.normalized).toEqual(['x', 'LLM', '小模型']);
  });

  it('reads the frontmatter around the body', () => {
    expect(r.title).toBe('Thread by @lena_dev');
    expect(r.published).toBe('2025-04-11');
    expect(r.created).toBe('2025-04-12');
    expect(r.description).toBe('A thread about small models');
  });
});

describe('parseCapture: post layout with comments', () => {
  const text = fixture('post-nested-comments.md');
  const r = parseCapture(text, 'post.md');

  it('takes the main post from the frontmatter and the comments from blockquotes', () => {
    expect(r.layout).toBe('post');
    expect(r.posts.map((p) => [p.role, p.depth, p.author.handle, p.promoted])).toEqual([
      ['main', 0, 'mika_ai', false],
      ['reply', 1, 'ken_sato', false],
      ['reply', 2, 'mika_ai', false],
      ['reply', 1, 'vpndeals', true],
      ['reply', 1, 'ana_b', false],
    ]);
    expect(r.posts[0].author.name).toBeNull();
    expect(r.posts[0].date).toBe('2026-05-07');
    expect(r.posts[0].statusId).toBe('2052406137614672341');
  });

  it('joins continuation parts into the main post', () => {
    expect(r.posts[0].text.original).toBe('積み重ねがすべての土台になる。\n\n毎日少しずつ。\n\n続きはこちら。');
    expect(text.slice(r.posts[0].range.start, r.posts[0].range.end)).toBe(
      '積み重ねがすべての土台になる。\n\n毎日少しずつ。\n\n---\n\n続きはこちら。',
    );
  });

  it('keeps a nested reply out of its parent', () => {
    expect(r.posts[1].text.original).toBe('本当にそう思います。');
    expect(r.posts[2].text.original).toBe('ありがとうございます！');
    expect(r.posts[1].range.end).toBeLessThan(r.posts[2].range.start);
  });
});

describe('parseCapture: article layout', () => {
  it('reads an X Article as one post without its title heading', () => {
    const r = parseCapture(fixture('article.md'), 'a.md');
    expect(r.layout).toBe('article');
    expect(r.posts).toHaveLength(1);
    expect(r.posts[0].author).toEqual({ name: null, handle: 'tomw' });
    expect(r.posts[0].date).toBe('2026-01-11');
    expect(r.posts[0].text.original.startsWith('We ship small changes')).toBe(true);
  });
});

describe('parseCapture: not captures', () => {
  it.each([
    ['web-article.md', /source is not X/],
    ['grok-chat.md', /Grok/],
  ])('%s is not a capture, with the reason', (name, reason) => {
    const r = parseCapture(fixture(name), name);
    expect(r.isCapture).toBe(false);
    expect(r.layout).toBeNull();
    expect(r.posts).toEqual([]);
    expect(r.reasons.join(' ')).toMatch(reason);
  });

  it('a note that only links to x.com is not a capture', () => {
    const r = parseCapture('Read https://x.com/a/status/1910445678658281935 later.\n', 'n.md');
    expect(r.isCapture).toBe(false);
  });

  it('binary bytes are not a capture, and nothing throws', () => {
    const junk = String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 37) % 256));
    const r = parseCapture(junk, 'b.md');
    expect(r.isCapture).toBe(false);
    expect(r.reasons).toEqual(['the file is not text']);
  });

  it('an empty note and an empty body are not captures', () => {
    expect(parseCapture('', 'e.md').isCapture).toBe(false);
    expect(parseCapture('---\ntitle: x\n---\n', 'e.md').isCapture).toBe(false);
  });
});

describe('parseCapture: hostile and unusual input', () => {
  it('reports invalid YAML as a warning and still reads the body', () => {
    const r = parseCapture(fixture('invalid-yaml.md'), 'i.md');
    expect(r.warnings[0]).toMatch(/^invalid frontmatter/);
    expect(r.isCapture).toBe(true);
    expect(r.posts[0].author.handle).toBe('lena_dev');
  });

  it('never runs a ---js frontmatter', () => {
    const r = parseCapture(fixture('js-frontmatter.md'), 'j.md');
    expect((globalThis as Record<string, unknown>).__xcapRan).toBeUndefined();
    expect(r.warnings.join(' ')).toMatch(/disabled/);
    expect(r.title).toBeNull();
  });

  const base = fixture('thread-self-reply-ad.md');
  const shape = (text: string) =>
    parseCapture(text, 'x.md').posts.map((p) => [p.role, p.author.handle, p.date, p.promoted, p.text.original]);

  it('reads CRLF, BOM and no final newline the same way, with ranges into that text', () => {
    const variants = [base.replace(/\n/g, '\r\n'), `\ufeff${base}`, base.trimEnd()];
    for (const v of variants) {
      expect(shape(v)).toEqual(shape(base));
      for (const p of parseCapture(v, 'x.md').posts) expect(v.slice(p.range.start, p.range.start + 2)).toBe('**');
    }
  });

  it('reads a 5 MB note', () => {
    const reply = '\n\n---\n\n**Omar** @omar_k [2025-04-11](https://x.com/omar_k/status/1910486913682903543)\n\nAgreed, a long reply. '.padEnd(400, 'x');
    const big = base + reply.repeat(Math.ceil((5 * 1024 * 1024) / reply.length));
    const r = parseCapture(big, 'big.md');
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(r.posts.length).toBeGreaterThan(12_000);
  });
});
