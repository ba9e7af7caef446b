import { describe, expect, it } from 'vitest';
import { EXPECTED_LAYOUT, generateCorpus, generateNotes, mulberry32, snowflakeAt, snowflakeTime, utcDay } from '../../bench/corpus';

// One corpus shared by the checks below (generating is the slow part).
const notes = generateNotes(600, 11);

describe('synthetic corpus', () => {
  it('is deterministic: same count and seed, same notes; another seed, other notes', () => {
    expect(generateCorpus(80, 5)).toEqual(generateCorpus(80, 5));
    expect(generateCorpus(80, 6)).not.toEqual(generateCorpus(80, 5));
  });

  it('gives the requested count, a shorter corpus being a prefix of a longer one', () => {
    const short = generateCorpus(50, 11);
    expect(short).toHaveLength(50);
    expect(notes).toHaveLength(600);
    expect(notes.slice(0, 50).map(({ path, text }) => ({ path, text }))).toEqual(short);
  });

  it('gives unique vault-relative paths under the expected folders', () => {
    const paths = notes.map((n) => n.path.toLowerCase());
    expect(new Set(paths).size).toBe(paths.length);
    for (const n of notes) {
      expect(n.path).toMatch(/\.md$/);
      expect(n.path.startsWith('/')).toBe(false);
      expect(new TextEncoder().encode(n.path.split('/').pop()).length).toBeLessThan(255);
      if (EXPECTED_LAYOUT[n.kind] === null) expect(n.path).toMatch(/^(Clippings|Notes)\//);
      if (n.kind === 'thread' || n.kind === 'post') expect(n.path).toMatch(/^(Clippings|X\/20\d\d)\//);
    }
  });

  it('writes status ids that are snowflakes of the dates shown beside them', () => {
    const dated = /\[(\d{4}-\d{2}-\d{2})\]\(https:\/\/x\.com\/\w+\/status\/(\d+)(?:\/history)?\)/g;
    let checked = 0;
    for (const n of notes) {
      for (const m of n.text.matchAll(dated)) {
        expect(utcDay(snowflakeTime(m[2]))).toBe(m[1]);
        checked++;
      }
      // Every other status URL still holds an id of a plausible time.
      for (const m of n.text.matchAll(/(?:x|twitter)\.com\/(?:\w+|i)\/status\/(\d+)/g)) {
        const ms = snowflakeTime(m[1]);
        expect(ms).toBeGreaterThan(Date.UTC(2020, 0, 1));
        expect(ms).toBeLessThan(Date.UTC(2027, 0, 1));
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('round-trips times through snowflakes', () => {
    const rng = mulberry32(3);
    for (const ms of [Date.UTC(2022, 5, 1), Date.UTC(2026, 1, 17, 23, 59, 59, 999), 1_744_287_000_123]) {
      expect(snowflakeTime(snowflakeAt(rng, ms))).toBe(ms);
    }
  });

  it('mixes every layout, other tools and notes that are not captures', () => {
    const kinds = new Set(notes.map((n) => n.kind));
    for (const kind of ['thread', 'post', 'article', 'readwise', 'ttm', 'web', 'youtube', 'note'] as const) expect(kinds).toContain(kind);
    const layouts = new Set(notes.map((n) => EXPECTED_LAYOUT[n.kind]));
    expect([...layouts].sort()).toEqual(['article', 'other', 'post', 'thread', null].sort());
  });

  it('holds the shapes of real captures: ads, translations, quotes, comments, localized keys, messy tags', () => {
    const has = (re: RegExp) => notes.some((n) => re.test(n.text));
    expect(has(/^\*\*[^*\n]+\*\* @[\w\\]+\n\n/m)).toBe(true); // an ad: author line without a date
    expect(has(/twclid=/)).toBe(true);
    expect(has(/\S {2}\n\p{Script=Han}/u)).toBe(true); // original, hard break, translation
    expect(has(/^> \d{4}-\d{2}-\d{2}$/m)).toBe(true); // quoted post
    expect(has(/^\*\*[^*\n]+\*\* @[\w\\]+ \d{4}-\d{2}-\d{2}$/m)).toBe(true); // plain-text main date
    expect(has(/^## Comments\n\n> \*\*/m)).toBe(true);
    expect(has(/^> > \*\*[^*\n]+ @[\w\\]+\*\* · \[/m)).toBe(true); // nested reply
    expect(has(/^标题: /m) && has(/^链接: /m) && has(/^创建时间: /m)).toBe(true);
    expect(has(/"X \(formerly Twitter\) #/)).toBe(true);
    expect(has(/^tag:/m)).toBe(true);
    expect(has(/@\w*\\_/)).toBe(true); // escaped handle
    expect(has(/\p{Script=Hiragana}/u)).toBe(true);
  });

  it('ranges from tiny notes to about 200 KB', () => {
    const sizes = notes.map((n) => new TextEncoder().encode(n.text).length);
    expect(Math.min(...sizes)).toBeLessThan(1_000);
    expect(Math.max(...sizes)).toBeGreaterThan(50_000);
    expect(Math.max(...sizes)).toBeLessThan(230_000);
  });

  it('gives authors a long tail and clips some conversations twice', () => {
    const byAuthor = new Map<string, number>();
    const byConversation = new Map<string, number>();
    for (const n of notes) {
      if (n.author) byAuthor.set(n.author, (byAuthor.get(n.author) ?? 0) + 1);
      if (n.conversation) byConversation.set(n.conversation, (byConversation.get(n.conversation) ?? 0) + 1);
    }
    const counts = [...byAuthor.values()].sort((a, b) => b - a);
    expect(byAuthor.size).toBeGreaterThan(100);
    expect(counts[0]).toBeGreaterThan(10 * counts[counts.length - 1]);
    expect(counts.filter((c) => c === 1).length).toBeGreaterThan(30);
    expect([...byConversation.values()].some((c) => c > 1)).toBe(true);
    // Posts mention other corpus authors.
    expect(notes.filter((n) => [...byAuthor.keys()].some((h) => n.text.includes(`@${h.replace(/_/g, '\\_')} `))).length).toBeGreaterThan(50);
  });
});
