import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTags } from '../../../src/core/edits/normalize-tags';
import { readFrontmatter } from '../../../src/core/frontmatter';
import { currentTags, normalizeTagValues, type TagOptions } from '../../../src/core/tags';
import { loadSharedCaptures, loadSharedTagCases, outsideTags } from '../../fixtures/tags/shared-cases';

const lines = (...l: string[]): string => l.join('\n');
const SEED_TAG = '  - "X (formerly Twitter) #GPT-4.5 #人工智能 #深度学习 #数据驱动 #无监督学习"';

/**
 * Checks what every successful rewrite must satisfy, whatever the input. `coarse`: the property has
 * blank lines, comments or a quoted key that check-tags' line-based `outsideTags` cannot follow.
 */
function expectSound(before: string, options: Partial<TagOptions> = {}, coarse = false): string {
  const result = normalizeTags(before, options);
  expect(result.error).toBeNull();
  const again = normalizeTags(result.text, options);
  expect(again.text).toBe(result.text);
  expect(again.changes).toEqual([]);
  if (!coarse) expect(outsideTags(result.text)).toBe(outsideTags(before));
  const data = readFrontmatter(before).data;
  const after = readFrontmatter(result.text).data;
  expect(currentTags(after)).toEqual(normalizeTagValues(data, options));
  if (result.changes.length === 0) {
    expect(result.text).toBe(before);
  } else {
    const [{ range, before: was, after: now }] = result.changes;
    expect(before.slice(range.start, range.end)).toBe(was);
    expect(before.slice(0, range.start) + now + before.slice(range.end)).toBe(result.text);
    expect(Object.keys(after).some((k) => k.toLowerCase() === 'tag')).toBe(false);
  }
  return result.text;
}

const pairs: { name: string; before: string; after: string; options?: Partial<TagOptions>; coarse?: boolean }[] = [
  {
    name: 'seed capture: site label and hashtags in one item',
    before: lines('---', 'title: "t"', 'tags:', SEED_TAG, 'source: "s"', '---', 'body', ''),
    after: lines(
      '---', 'title: "t"', 'tags:', '  - "x"', '  - "GPT-4-5"', '  - "人工智能"', '  - "深度学习"', '  - "数据驱动"', '  - "无监督学习"',
      'source: "s"', '---', 'body', '',
    ),
  },
  {
    name: 'hashtag prefix and lower case from the options',
    before: lines('---', 'tags:', SEED_TAG, '---', ''),
    after: lines('---', 'tags:', '  - "x"', '  - "topic/gpt-4-5"', '  - "topic/人工智能"', '  - "topic/深度学习"', '  - "topic/数据驱动"', '  - "topic/无监督学习"', '---', ''),
    options: { hashtagPrefix: 'topic/', lowercase: true },
  },
  {
    name: 'string value split on white space, quoting kept',
    before: lines('---', 'tags: "#reading #to-do later"', '---', ''),
    after: lines('---', 'tags:', '  - "reading"', '  - "to-do"', '  - "later"', '---', ''),
  },
  {
    name: 'unquoted comma string',
    before: lines('---', 'tags: AI, machine learning, LLM', '---', ''),
    after: lines('---', 'tags:', '  - AI', '  - machine-learning', '  - LLM', '---', ''),
  },
  {
    name: 'flow list on several lines',
    before: lines('---', 'tags: [', '  "#a", "]",', '  b c', ']', 'title: t', '---', ''),
    after: lines('---', 'tags:', '  - "a"', '  - "b-c"', 'title: t', '---', ''),
    coarse: true,
  },
  {
    name: 'flow list on one line',
    before: lines('---', "tags: ['#a', 'X (formerly Twitter)']", '---', ''),
    after: lines('---', 'tags:', "  - 'a'", "  - 'x'", '---', ''),
  },
  {
    name: 'list items at column 0 stay there',
    before: lines('---', 'tags:', '- "machine learning"', '- "#ai"', 'title: t', '---', ''),
    after: lines('---', 'tags:', '- "machine-learning"', '- "ai"', 'title: t', '---', ''),
  },
  {
    name: 'single quotes kept',
    before: lines('---', 'tags:', "  - 'it''s'", "  - 'v1.2'", '---', ''),
    after: lines('---', 'tags:', "  - 'it-s'", "  - 'v1-2'", '---', ''),
  },
  {
    name: 'unquoted list quotes only what YAML would misread',
    before: lines('---', 'tags:', '  - AI', '  - 2024', '  - "yes"', '  - "1e5"', '  - "0x1F"', '  - "2024-01-01"', '  - 4o', '  - deep learning', '---', ''),
    after: lines('---', 'tags:', '  - AI', '  - "2024"', '  - "yes"', '  - "1e5"', '  - "0x1F"', '  - "2024-01-01"', '  - 4o', '  - deep-learning', '---', ''),
    options: { dropNumeric: false },
  },
  {
    name: 'legacy tag after tags is merged and removed',
    before: lines('---', 'tags:', '  - clippings', 'title: t', 'tag: project, important', 'source: s', '---', ''),
    after: lines('---', 'tags:', '  - clippings', '  - project', '  - important', 'title: t', 'source: s', '---', ''),
  },
  {
    name: 'legacy tag before tags is merged after the tags values',
    before: lines('---', 'tag:', '  - "#b"', 'title: t', 'tags: a', '---', ''),
    after: lines('---', 'title: t', 'tags:', '  - "a"', '  - "b"', '---', ''),
  },
  {
    name: 'only a legacy tag: tags written in its place',
    before: lines('---', 'title: t', 'tag: "project, important"', 'source: s', '---', ''),
    after: lines('---', 'title: t', 'tags:', '  - "project"', '  - "important"', 'source: s', '---', ''),
  },
  {
    name: 'CRLF line endings kept',
    before: lines('---', 'title: t', 'tags: "a b"', '---', 'body', '').replace(/\n/g, '\r\n'),
    after: lines('---', 'title: t', 'tags:', '  - "a"', '  - "b"', '---', 'body', '').replace(/\n/g, '\r\n'),
  },
  {
    name: 'byte order mark kept',
    before: `\uFEFF${lines('---', 'tags: [a b]', '---', 'body')}`,
    after: `\uFEFF${lines('---', 'tags:', '  - a-b', '---', 'body')}`,
  },
  {
    name: 'no final newline after the frontmatter',
    before: lines('---', 'tags: a b', '---'),
    after: lines('---', 'tags:', '  - a', '  - b', '---'),
  },
  {
    name: 'nothing left writes an empty property',
    before: lines('---', 'tags:', '  - "2024"', '  - "#"', 'title: t', '---', ''),
    after: lines('---', 'tags:', 'title: t', '---', ''),
  },
  {
    name: 'folded block scalar',
    before: lines('---', 'tags: >', '  a b', '  #c', 'title: t', '---', ''),
    after: lines('---', 'tags:', '  - a', '  - b', '  - c', 'title: t', '---', ''),
  },
  {
    name: 'blank lines and comments inside the list go, the one after it stays',
    before: lines('---', 'tags:', '  - a b', '', '# a comment', '  - c', '', 'title: t', '---', ''),
    after: lines('---', 'tags:', '  - a-b', '  - c', '', 'title: t', '---', ''),
    coarse: true,
  },
  {
    name: 'the key keeps its spelling',
    before: lines('---', 'Tags: [a b]', '"tag": c', '---', ''),
    after: lines('---', 'Tags:', '  - a-b', '  - c', '---', ''),
    coarse: true,
  },
  {
    name: 'keys that only start like tag are left alone',
    before: lines('---', 'tagline: a b', 'tags: a b', 'tags_extra: x y', '---', ''),
    after: lines('---', 'tagline: a b', 'tags:', '  - a', '  - b', 'tags_extra: x y', '---', ''),
  },
  {
    name: 'explicit yaml language',
    before: lines('---yaml', 'tags: "#a"', '---', ''),
    after: lines('---yaml', 'tags:', '  - "a"', '---', ''),
  },
];

describe('normalizeTags: before/after pairs', () => {
  it.each(pairs)('$name', ({ before, after, options, coarse }) => {
    expect(expectSound(before, options, coarse)).toBe(after);
    expect(normalizeTags(before, options).changes).toHaveLength(1);
  });
});

describe('normalizeTags: no change', () => {
  it.each([
    ['already clean list', lines('---', 'tags:', '  - "clippings"', '  - "AI/大模型/OpenAI/4o"', '---', 'x')],
    ['clean flow list', lines('---', 'tags: [a, b]', '---', '')],
    ['one clean string', lines('---', 'tags: clippings', '---', '')],
    ['empty property', lines('---', 'tags:', 'title: t', '---', '')],
    ['empty flow list', lines('---', 'tags: []', '---', '')],
    ['no tags property', lines('---', 'title: "X (formerly Twitter) #a"', '---', '')],
    ['empty frontmatter', lines('---', '---', 'tags: a b')],
    ['no frontmatter', lines('tags: a b', '', 'text #tag')],
    ['empty note', ''],
  ])('%s', (_name, before) => {
    const result = normalizeTags(before);
    expect(result).toEqual({ text: before, changes: [], error: null });
    expect(result.text).toBe(before);
  });
});

describe('normalizeTags: refusals', () => {
  it.each([
    ['invalid YAML', lines('---', 'tags: [a b', 'title: "x', '---', '')],
    ['a JavaScript frontmatter', lines('---js', '{ tags: ["a b"] }', '---', '')],
    ['a JSON frontmatter', lines('---json', '{ "tags": "a b" }', '---', '')],
    ['frontmatter that is not a map', lines('---', '- tags', '---', '')],
    ['a tags value other properties point to', lines('---', 'tags: &t [a b]', 'copy: *t', '---', '')],
  ])('%s', (_name, before) => {
    const result = normalizeTags(before);
    expect(result.text).toBe(before);
    expect(result.changes).toEqual([]);
    expect(result.error).toMatch(/\w/);
  });
});

describe('normalizeTags: shared conformance cases (../shared/conformance/tags.json)', () => {
  const cases = loadSharedTagCases();
  if (!cases) {
    it.skip('needs ../shared beside the project', () => {});
    return;
  }
  // The note check-tags.mjs writes for each case.
  it.each(cases)('$name', ({ yaml, expected }) => {
    const note = `---\ntitle: "case"\n${yaml}\nsource: "https://x.com/someone/status/1"\n---\n**Some One** @someone [2025-01-01](https://x.com/someone/status/1)\n\nHello.\n`;
    const text = expectSound(note);
    expect(currentTags(readFrontmatter(text).data)).toEqual(expected);
  });
});

describe('normalizeTags: real captures (../shared/fixtures)', () => {
  const captures = loadSharedCaptures();
  if (!captures) {
    it.skip('needs ../shared beside the project', () => {});
    return;
  }
  it.each(captures)('%s', (_name, text) => {
    expectSound(text);
  });
  it('cleans the seed capture and real capture 21 as expected', () => {
    const tagsOf = (name: string): string[] => {
      const text = captures.find(([n]) => n.startsWith(name))?.[1] ?? '';
      return currentTags(readFrontmatter(normalizeTags(text).text).data);
    };
    expect(tagsOf('gpt45-podcast-thread')).toEqual(['x', 'GPT-4-5', '人工智能', '深度学习', '数据驱动', '无监督学习']);
    expect(tagsOf('21-karpathy')).toEqual(['karpathy', 'AI', '设计', '人工智能', '模拟器', 'LLMs', '语言模型']);
  });
});

describe('normalizeTags: properties', () => {
  const fragment = fc.constantFrom(
    'X (formerly Twitter) ', 'Twitter', 'X', '#', ' ', ',', '/', '.', '-', '_', ':', '!', '‼', '(', ')', '@', '"', "'", '\\',
    'AI', 'ai', '人工智能', '🚀', 'é', '2024', '4o', '#GPT-4.5', 'yes', '1e5',
  );
  const tagText = fc.array(fragment, { maxLength: 8 }).map((p) => p.join(''));
  const SAFE_PLAIN = /^[A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff -]*$/;
  const scalar = (t: string, q: 'double' | 'single' | 'plain'): string =>
    q === 'single' ? `'${t.replace(/'/g, "''")}'` : q === 'plain' && SAFE_PLAIN.test(t) && !/[ ]$/.test(t) ? t : JSON.stringify(t);
  const quote = fc.constantFrom<'double' | 'single' | 'plain'>('double', 'single', 'plain');
  const property = (key: string): fc.Arbitrary<string[]> =>
    fc.oneof(
      fc.tuple(fc.constantFrom('', '  ', '    '), quote, fc.array(tagText, { minLength: 1, maxLength: 5 })).map(([indent, q, items]) => [
        `${key}:`,
        ...items.map((t) => `${indent}- ${scalar(t, q)}`),
      ]),
      fc.array(tagText, { maxLength: 4 }).map((items) => [`${key}: [${items.map((t) => JSON.stringify(t)).join(', ')}]`]),
      fc.tuple(tagText, quote).map(([t, q]) => [`${key}: ${t === '' ? '""' : scalar(t, q)}`]),
      fc.constant<string[]>([`${key}:`]),
    );
  const others = fc.subarray(['title: "t"', 'source: "https://x.com/a/status/1"', 'author:\n  - "[[@a]]"', 'description:', 'created: 2025-01-01', 'tagline: x y']);
  const note = fc
    .record({
      tags: fc.option(property('tags'), { nil: null }),
      tag: fc.option(property('tag'), { nil: null }),
      legacyFirst: fc.boolean(),
      others,
      split: fc.nat(),
      eol: fc.constantFrom('\n', '\r\n'),
      bom: fc.boolean(),
      body: fc.constantFrom('', 'body', 'tags: not these\n- nor this', 'line\n'),
    })
    .map(({ tags, tag, legacyFirst, others: rest, split, eol, bom, body }) => {
      const props = [tags, tag].filter((p): p is string[] => p !== null).map((p) => p.join('\n'));
      if (legacyFirst) props.reverse();
      const at = split % (rest.length + 1);
      const yaml = [...rest.slice(0, at), ...props, ...rest.slice(at)].join('\n');
      const text = `${bom ? '\uFEFF' : ''}---\n${yaml}${yaml === '' ? '' : '\n'}---\n${body}`;
      return text.replace(/\n/g, eol);
    });
  const options = fc.record({
    siteTag: fc.constantFrom('x', '', 'Twitter', 'source/x'),
    replacement: fc.constantFrom('-', '_', '', '--'),
    lowercase: fc.boolean(),
    dropNumeric: fc.boolean(),
    hashtagPrefix: fc.constantFrom('', 'topic/'),
  });

  it('rewrites only the tags lines, idempotently, to the normalized tags', () => {
    fc.assert(
      fc.property(note, options, (text, o) => {
        const after = expectSound(text, o);
        if (text.includes('\r\n')) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on arbitrary text, and leaves it alone when it refuses', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom('---', 'tags:', 'tag:', ' - ', '- ', '"', "'", '[', ']', '#', 'a b', ':', '\n', '\r\n', '  ', '|', '>', '&x', '*x', '---js'), { maxLength: 30 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const result = normalizeTags(text);
        if (result.error !== null || result.changes.length === 0) expect(result.text).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});
