import { describe, expect, it } from 'vitest';
import { joinBigrams } from '../../src/core/related/explain';
import { extractFeatures, extractNoteLinks, linkKey, linkMatchesPath, plainExcerpt, tokenize } from '../../src/core/related';
import { TEXT_BUDGET } from '../../src/core/related/features';
import { capture } from '../fixtures/related/builders';

describe('tokenize', () => {
  it('lower-cases words and drops single letters, numbers, URLs and mentions', () => {
    expect(tokenize('The Transformer at https://t.co/abc by @karpathy in 2024, a GPT4 model')).toEqual([
      'the',
      'transformer',
      'at',
      'by',
      'in',
      'gpt4',
      'model',
    ]);
  });

  it('folds English plurals so singular and plural meet', () => {
    expect(tokenize('models model glass status')).toEqual(['model', 'model', 'glass', 'status']);
  });

  it('turns Chinese, Japanese and Korean runs into character bigrams', () => {
    expect(tokenize('大模型')).toEqual(['大模', '模型']);
    expect(tokenize('東京に住む')).toEqual(['東京', '京に', 'に住', '住む']);
    expect(tokenize('인공지능')).toEqual(['인공', '공지', '지능']);
    expect(tokenize('的')).toEqual(['的']);
  });

  it('keeps scripts apart inside mixed text', () => {
    expect(tokenize('GPT-4.5模型发布')).toEqual(['gpt', '模型', '型发', '发布']);
  });

  it('undoes markdown escapes and NFKC-folds full-width letters', () => {
    expect(tokenize('ＡＩ\\_agent')).toEqual(['ai', 'agent']);
  });

  it('splits Thai into words with Intl.Segmenter', () => {
    const terms = tokenize('ภาษาไทยง่ายนิดเดียว');
    expect(terms.length).toBeGreaterThan(1);
    expect(terms.join('')).toBe('ภาษาไทยง่ายนิดเดียว');
  });
});

describe('links', () => {
  it('finds wikilinks, embeds and relative markdown links, not URLs or headings alone', () => {
    const text = '[[Clippings/Thread by @a|alias]] ![[Pic.png]] [[Note#Head]] [[#Local]] [x](Other%20note.md) [y](https://x.com/a)';
    expect(extractNoteLinks(text)).toEqual(['clippings/thread by @a', 'pic.png', 'note', 'other note']);
  });

  it('matches a link to a path by the whole path or its trailing folders', () => {
    expect(linkKey('./Clippings/Post.md#^block')).toBe('clippings/post');
    expect(linkMatchesPath('post', 'Clippings/Post.md')).toBe(true);
    expect(linkMatchesPath('clippings/post', 'Clippings/Post.md')).toBe(true);
    expect(linkMatchesPath('other/post', 'Clippings/Post.md')).toBe(false);
    expect(linkMatchesPath('ost', 'Clippings/Post.md')).toBe(false);
  });
});

describe('extractFeatures', () => {
  const report = capture({
    title: 'Thread by @Alice',
    tags: ['AI/LLM', 'ai/llm', '#Clippings'],
    posts: [
      { handle: 'Alice', id: '100', text: 'Hello @Bob\\_Smith and @carol', quote: { handle: 'Dave', id: '50', text: 'quoted @erin' } },
      { handle: 'frank', id: '101', text: 'reply' },
      { handle: 'adco', id: null, text: 'buy now @spam', promoted: true },
    ],
    sourceId: '99',
  });

  it('collects the status ids of source, posts and quotes, leaving ads out', () => {
    expect(extractFeatures(report).statusIds).toEqual(['99', '100', '50', '101']);
  });

  it('collects everyone lower-cased: author, posters, quoted authors, mentions', () => {
    const f = extractFeatures(report);
    expect(f.author).toBe('alice');
    expect(f.people).toEqual(['alice', 'bob_smith', 'carol', 'dave', 'erin', 'frank']);
  });

  it('lower-cases and deduplicates tags', () => {
    expect(extractFeatures(report).tags).toEqual(['ai/llm', 'clippings']);
  });

  it('leaves a boilerplate title out of the terms but keeps a real one', () => {
    expect(extractFeatures(report).terms).not.toContain('thread');
    const titled = capture({ title: 'Scaling models', posts: [{ handle: 'a', id: '1', text: 'x' }] });
    expect(extractFeatures(titled).terms).toEqual(['scaling', 'model']);
  });

  it('keeps a summary with a markdown-free excerpt', () => {
    const f = extractFeatures(report);
    expect(f.summary).toEqual({ title: 'Thread by @Alice', author: { name: 'Alice', handle: 'Alice' }, date: '2025-01-02', excerpt: 'Hello @Bob_Smith and @carol' });
  });
});

describe('plainExcerpt', () => {
  it('drops images and markup and cuts at a word', () => {
    expect(plainExcerpt('> **Bold** [link](https://a.b) ![](https://img)\n\n## Head\nmore')).toBe('Bold link Head more');
    expect(plainExcerpt('word '.repeat(100), 20)).toBe('word word word word…');
  });
});

describe('joinBigrams', () => {
  it('chains overlapping CJK bigrams into words and sums their weights', () => {
    const text = ['强化', '化学', '学习', '模型', '不是', '是最'];
    const adjacent = (a: string, b: string) => text.indexOf(b) === text.indexOf(a) + 1;
    expect(joinBigrams([['化学', 2], ['强化', 3], ['学习', 1], ['model', 5], ['模型', 1]], adjacent)).toEqual([
      ['model', 5],
      ['强化学习', 6],
      ['模型', 1],
    ]);
  });

  it('joins only bigrams that followed each other, not any that overlap', () => {
    const adjacent = () => false;
    expect(joinBigrams([['不是', 1], ['是最', 1]], adjacent)).toEqual([
      ['不是', 1],
      ['是最', 1],
    ]);
    // Adjacent but not overlapping (the end of one run, the start of the next): not one word.
    expect(joinBigrams([['学习', 2], ['模型', 1]], () => true)).toEqual([
      ['学习', 2],
      ['模型', 1],
    ]);
  });
});

describe('text budget', () => {
  it('reads the main author first and stops after TEXT_BUDGET characters', () => {
    const long = 'filler '.repeat(Math.ceil(TEXT_BUDGET / 7));
    const report = capture({
      title: null,
      posts: [
        { handle: 'a', id: '1', text: 'opening' },
        { handle: 'b', id: '2', text: `${long} tailword`, role: 'reply' },
        { handle: 'a', id: '3', text: 'continuation', role: 'thread' },
      ],
    });
    const f = extractFeatures(report);
    expect(f.terms).toEqual(expect.arrayContaining(['opening', 'continuation', 'filler']));
    expect(f.terms).not.toContain('tailword');
    // People come from every post, read or not.
    expect(f.people).toEqual(['a', 'b']);
  });
});

describe('contractions', () => {
  it('drops the suffix of English contractions and possessives, not quoted words', () => {
    expect(tokenize("we're Karpathy’s they'll don't 'quoted'")).toEqual(['we', 'karpathy', 'they', 'don', 'quoted']);
  });
});
