import { describe, expect, test } from 'vitest';
import { tokenizeInline } from '../../src/render/inline';
import { splitParagraphs } from '../../src/render/paragraphs';
import { displayUrl, safeHttpUrl } from '../../src/render/urls';

describe('safeHttpUrl', () => {
  test.each([
    ['https://x.com/a/status/1', 'https://x.com/a/status/1'],
    ['  http://example.com  ', 'http://example.com/'],
    ['HTTPS://EXAMPLE.com/Path', 'https://example.com/Path'],
  ])('keeps %s', (raw, href) => expect(safeHttpUrl(raw)).toBe(href));

  test.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.com', '/relative', 'x.com/a', 'https://', '', null, undefined])(
    'refuses %s',
    (raw) => expect(safeHttpUrl(raw)).toBeNull(),
  );
});

describe('displayUrl', () => {
  test('drops the scheme and www, shortens long URLs', () => {
    expect(displayUrl('https://www.example.com/')).toBe('example.com');
    expect(displayUrl(`https://example.com/${'a'.repeat(80)}`)).toHaveLength(40);
    expect(displayUrl(`https://example.com/${'a'.repeat(80)}`).endsWith('…')).toBe(true);
  });

  test('shows encoded paths decoded but strips bidi controls', () => {
    expect(displayUrl('https://example.com/%E4%B8%AD')).toBe('example.com/中');
    expect(displayUrl('https://example.com/%E2%80%AEexe.txt')).toBe('example.com/exe.txt');
  });
});

describe('tokenizeInline', () => {
  test('bare URLs become links without trailing punctuation', () => {
    expect(tokenizeInline('see https://example.com/a_b?q=1. next')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'link', href: 'https://example.com/a_b?q=1', text: 'example.com/a_b?q=1' },
      { kind: 'text', text: '. next' },
    ]);
  });

  test('a URL glued to CJK text ends where the CJK text starts', () => {
    const tokens = tokenizeInline('链接https://pan.quark.cn/s/d777来看');
    expect(tokens[1]).toEqual({ kind: 'link', href: 'https://pan.quark.cn/s/d777', text: 'pan.quark.cn/s/d777' });
    expect(tokens[2]).toEqual({ kind: 'text', text: '来看' });
  });

  test('balanced parentheses stay in a URL, a closing one after it does not', () => {
    expect(tokenizeInline('(https://en.wikipedia.org/wiki/Foo_(bar))')[1]).toMatchObject({ href: 'https://en.wikipedia.org/wiki/Foo_(bar)' });
    expect(tokenizeInline('(see https://example.com/x)')[1]).toMatchObject({ href: 'https://example.com/x' });
  });

  test('markdown links become links with their text, escapes undone', () => {
    expect(tokenizeInline('read [the \\[docs\\]](https://example.com/docs) now')).toEqual([
      { kind: 'text', text: 'read ' },
      { kind: 'link', href: 'https://example.com/docs', text: 'the [docs]' },
      { kind: 'text', text: ' now' },
    ]);
  });

  test('markdown links to other schemes stay text', () => {
    const tokens = tokenizeInline('[click](javascript:alert(1)) [x](data:text/html,hi)');
    expect(tokens.every((t) => t.kind === 'text')).toBe(true);
    expect(tokens.map((t) => (t.kind === 'text' ? t.text : '')).join('')).toBe('[click](javascript:alert(1)) [x](data:text/html,hi)');
  });

  test('mentions with escaped underscores, also right after CJK text', () => {
    expect(tokenizeInline('hi @shao\\_\\_meng!')[1]).toEqual({ kind: 'mention', handle: 'shao__meng', text: '@shao__meng' });
    expect(tokenizeInline('我和@dotey 、@op7418').filter((t) => t.kind === 'mention')).toHaveLength(2);
  });

  test('e-mail addresses and over-long handles are not mentions', () => {
    expect(tokenizeInline('mail me@example.com').some((t) => t.kind === 'mention')).toBe(false);
    expect(tokenizeInline(`@${'a'.repeat(16)}`).some((t) => t.kind === 'mention')).toBe(false);
  });

  test('hashtags in any script, not numbers or mid-word #', () => {
    const tags = (s: string): string[] => tokenizeInline(s).flatMap((t) => (t.kind === 'hashtag' ? [t.tag] : []));
    expect(tags('#GPT-4.5 #人工智能 #深度学习')).toEqual(['GPT', '人工智能', '深度学习']);
    expect(tags('#1 issue, C#, a#b, &#39;')).toEqual([]);
  });

  test('markdown escapes are shown unescaped', () => {
    expect(tokenizeInline('\\_a\\* \\[b\\] \\- \\#c')).toEqual([{ kind: 'text', text: '_a* [b] - #c' }]);
  });

  test('bold holds inline tokens', () => {
    expect(tokenizeInline('**hi @bob**')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'hi ' }, { kind: 'mention', handle: 'bob', text: '@bob' }] },
    ]);
  });

  test('markup is just text', () => {
    expect(tokenizeInline('<script>alert(1)</script>')).toEqual([{ kind: 'text', text: '<script>alert(1)</script>' }]);
  });
});

describe('splitParagraphs', () => {
  test('blank lines split paragraphs, single breaks stay, hard-break markers go', () => {
    expect(splitParagraphs('a  \nb\\\nc\n\n\n  \nd\r\ne')).toEqual([
      { lines: ['a', 'b', 'c'], heading: 0 },
      { lines: ['d', 'e'], heading: 0 },
    ]);
  });

  test('a lone heading line is a heading', () => {
    expect(splitParagraphs('## Title\n\ntext')).toEqual([
      { lines: ['Title'], heading: 2 },
      { lines: ['text'], heading: 0 },
    ]);
  });

  test('empty text has no paragraphs', () => {
    expect(splitParagraphs('\n \n')).toEqual([]);
  });
});
