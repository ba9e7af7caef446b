import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/core/frontmatter';
import {
  currentTags,
  DEFAULT_TAG_OPTIONS,
  isValidTag,
  normalizeTagValues,
  resolveTagOptions,
  tagOptionsFromSettings,
  type TagOptions,
} from '../../src/core/tags';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { loadSharedTagCases } from '../fixtures/tags/shared-cases';

const yaml = (source: string): Record<string, unknown> => {
  const fm = readFrontmatter(`---\n${source}\n---\n`);
  expect(fm.error).toBeNull();
  return fm.data;
};

const SEED = 'tags:\n  - "X (formerly Twitter) #GPT-4.5 #人工智能 #深度学习 #数据驱动 #无监督学习"';

describe('shared conformance cases (../shared/conformance/tags.json)', () => {
  const cases = loadSharedTagCases();
  if (!cases) {
    it.skip('needs ../shared beside the project', () => {});
    return;
  }
  it.each(cases)('$name', ({ yaml: source, expected }) => {
    expect(normalizeTagValues(yaml(source))).toEqual(expected);
  });
});

describe('normalizeTagValues', () => {
  const cases: { name: string; yaml: string; options?: Partial<TagOptions>; expected: string[] }[] = [
    { name: 'seed capture', yaml: SEED, expected: ['x', 'GPT-4-5', '人工智能', '深度学习', '数据驱动', '无监督学习'] },
    {
      name: "lone '#' words of a list item are dropped (real capture 21)",
      yaml: 'tags:\n  - "@karpathy AI 设计 # 人工智能 # 模拟器 # LLMs # 语言模型"',
      expected: ['karpathy', 'AI', '设计', '人工智能', '模拟器', 'LLMs', '语言模型'],
    },
    {
      name: "lone '#' words of a string value are dropped",
      yaml: 'tags: "@karpathy AI 设计 # 人工智能 # 模拟器"',
      expected: ['karpathy', 'AI', '设计', '人工智能', '模拟器'],
    },
    { name: 'empty site tag drops the label', yaml: SEED, options: { siteTag: '' }, expected: ['GPT-4-5', '人工智能', '深度学习', '数据驱动', '无监督学习'] },
    { name: 'site tag is itself normalized', yaml: 'tags: ["X (Twitter)"]', options: { siteTag: 'source / X site' }, expected: ['source/X-site'] },
    { name: 'bare site label in a string', yaml: 'tags: "Twitter #ai #ML"', expected: ['x', 'ai', 'ML'] },
    { name: 'label followed by commas', yaml: 'tags: "X, news, deep learning"', expected: ['x', 'news', 'deep-learning'] },
    { name: 'a word that starts like a label is not one', yaml: 'tags: [Xbox, Twitterverse, X-Men]', expected: ['Xbox', 'Twitterverse', 'X-Men'] },
    { name: 'site names spelled after cleaning become the site tag', yaml: 'tags: ["#X", "Twitter!", x]', options: { siteTag: 'site/x' }, expected: ['site/x', 'x'] },
    {
      name: 'hashtag prefix only on the hashtags of a site-label value',
      yaml: 'tags:\n  - "X (formerly Twitter) #GPT-4.5 #人工智能 plain"\n  - "#clippings"',
      options: { hashtagPrefix: 'topic/' },
      expected: ['x', 'topic/GPT-4-5', 'topic/人工智能', 'plain', 'clippings'],
    },
    { name: 'numbers from YAML', yaml: 'tags: [2024, 1.5, 4o, true]', expected: ['1-5', '4o', 'true'] },
    { name: 'a number value', yaml: 'tags: 2024', expected: [] },
    { name: 'numbers kept when asked', yaml: 'tags: [2024, "0042"]', options: { dropNumeric: false }, expected: ['2024', '0042'] },
    { name: 'lowercase, then dedupe', yaml: 'tags: [AI, Clippings, ai, LLM]', options: { lowercase: true }, expected: ['ai', 'clippings', 'llm'] },
    { name: 'another replacement', yaml: 'tags: [machine learning, "Q&A", "(draft)"]', options: { replacement: '_' }, expected: ['machine_learning', 'Q_A', 'draft'] },
    { name: 'empty replacement removes characters', yaml: 'tags: ["Q&A", "a b"]', options: { replacement: '' }, expected: ['QA', 'ab'] },
    { name: 'a replacement a tag cannot hold is dropped from it', yaml: 'tags: ["a b", "c/d e"]', options: { replacement: './' }, expected: ['ab', 'c/de'] },
    { name: 'a run of replacements and other characters becomes one', yaml: 'tags: ["a - b", "c .-. d", "-x-"]', expected: ['a-b', 'c-d', 'x'] },
    { name: 'valid tags keep their own doubled dashes', yaml: 'tags: [a--b, snake_case]', expected: ['a--b', 'snake_case'] },
    { name: 'full-width comma and hash', yaml: 'tags: "AI，机器学习，＃深度学习"', expected: ['AI', '机器学习', '深度学习'] },
    { name: 'commas win over white space in a string', yaml: 'tags: "a b, #c #d"', expected: ['a-b', 'c', 'd'] },
    { name: 'flags and keycaps are emoji', yaml: 'tags: ["🇯🇵travel", "1️⃣first", "👍🏽ok"]', expected: ['🇯🇵travel', '1️⃣first', '👍🏽ok'] },
    { name: 'a zero-width joiner is general punctuation', yaml: 'tags: ["👩‍💻dev"]', expected: ['👩-💻dev'] },
    { name: 'scripts with combining marks', yaml: 'tags: ["हिन्दी", "ภาษาไทย"]', expected: ['हिन्दी', 'ภาษาไทย'] },
    { name: 'legacy tag after tags, whichever comes first in the note', yaml: 'tag: [b, A]\ntags: [a, c]', expected: ['a', 'c', 'b'] },
    { name: 'keys in any case', yaml: 'Tags: [a]\nTAG: b', expected: ['a', 'b'] },
    { name: 'values that are not text are skipped', yaml: 'tags: [{a: 1}, null, [b], ok]', expected: ['ok'] },
    { name: 'a map value', yaml: 'tags: {a: 1}', expected: [] },
    { name: 'no tags at all', yaml: 'title: t', expected: [] },
  ];
  it.each(cases)('$name', ({ yaml: source, options, expected }) => {
    expect(normalizeTagValues(yaml(source), options)).toEqual(expected);
  });

  it('keeps the defaults for options given as undefined', () => {
    const data = yaml(SEED);
    expect(normalizeTagValues(data, { siteTag: undefined, replacement: undefined })).toEqual(normalizeTagValues(data));
  });

  const options = fc.record({
    siteTag: fc.constantFrom('x', '', 'X', 'Twitter', 'source/x', 'my site', '2024'),
    replacement: fc.constantFrom('-', '_', '', '.', '--', '/'),
    lowercase: fc.boolean(),
    dropNumeric: fc.boolean(),
    hashtagPrefix: fc.constantFrom('', 'topic/', '#t/', 'x-'),
  });
  const fragments = fc.constantFrom(
    'X (formerly Twitter) ', 'X (Twitter)', 'Twitter', 'X', '#', '＃', ' ', ',', '，', '/', '.', '-', '_', ':', '!', '‼',
    '‍', '(', ')', '@', '&', '"', "'", 'AI', 'ai', '人工智能', '🚀', 'é', '2024', '4', '#GPT-4.5', 'yes', '\t',
  );
  const text = fc.oneof(fc.array(fragments, { maxLength: 12 }).map((p) => p.join('')), fc.string());
  const value = fc.oneof(text, fc.array(fc.oneof(text, fc.integer(), fc.constant(null)), { maxLength: 6 }), fc.anything());

  it('never throws, and gives valid, distinct tags that normalize to themselves', () => {
    fc.assert(
      fc.property(value, value, options, (tags, tag, o) => {
        const out = normalizeTagValues({ tags, tag }, o);
        const keys = out.map((t) => t.normalize('NFC').toLowerCase());
        expect(new Set(keys).size).toBe(out.length);
        for (const t of out) {
          expect(t).not.toBe('');
          if (o.dropNumeric) expect(isValidTag(t)).toBe(true);
        }
        expect(normalizeTagValues({ tags: out }, o)).toEqual(out);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('currentTags', () => {
  it('lists tags then legacy tag values, string values whole, without # or blanks', () => {
    const data = yaml('tag: "#x y"\ntags:\n  - " #a "\n  - ""\n  - 2024\n  - {b: 1}');
    expect(currentTags(data)).toEqual(['a', '2024', 'x y']);
  });
  it('gives the seed value as the note has it', () => {
    expect(currentTags(yaml(SEED))).toEqual(['X (formerly Twitter) #GPT-4.5 #人工智能 #深度学习 #数据驱动 #无监督学习']);
  });
  it('is empty without tags', () => {
    expect(currentTags(yaml('tags:'))).toEqual([]);
    expect(currentTags({})).toEqual([]);
  });
});

describe('isValidTag', () => {
  it.each(['a', 'AI/大模型/OpenAI/4o', '4o', '1984book', '🚀launch', 'café', 'snake_case', 'to-do', 'y1984', '한국어'])('accepts %s', (tag) => {
    expect(isValidTag(tag)).toBe(true);
  });
  it.each(['', '1984', '2024', 'a b', '#a', 'v1.2', 'Q&A', 'wow‼now', 'a…', 'x,y', '👩‍💻'])('rejects %s', (tag) => {
    expect(isValidTag(tag)).toBe(false);
  });
});

describe('tag options', () => {
  it('come from the settings', () => {
    expect(tagOptionsFromSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_TAG_OPTIONS);
    expect(
      tagOptionsFromSettings({ ...DEFAULT_SETTINGS, siteTag: '', tagReplacement: '_', lowercaseTags: true, dropNumericTags: false, hashtagPrefix: 't/' }),
    ).toEqual({ siteTag: '', replacement: '_', lowercase: true, dropNumeric: false, hashtagPrefix: 't/' });
  });
  it('resolve over the defaults, ignoring values of the wrong type', () => {
    expect(resolveTagOptions({ lowercase: true, siteTag: undefined })).toEqual({ ...DEFAULT_TAG_OPTIONS, lowercase: true });
  });
});
