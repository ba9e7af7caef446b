import type { XCaptureSettings } from '../settings';

/** How raw frontmatter tag values become Obsidian tags. */
export interface TagOptions {
  /** Tag the clipper's site label ("X (formerly Twitter)") becomes; empty drops the label. */
  siteTag: string;
  /** What stands in for characters a tag cannot hold (and for spaces inside one tag). */
  replacement: string;
  /** Lower-case every tag. */
  lowercase: boolean;
  /** Drop tags made only of digits (Obsidian does not accept them). */
  dropNumeric: boolean;
  /** Put before tags that came from the #hashtags of a site-label value, e.g. "topic/". */
  hashtagPrefix: string;
}

export const DEFAULT_TAG_OPTIONS: Readonly<TagOptions> = Object.freeze({
  siteTag: 'x',
  replacement: '-',
  lowercase: false,
  dropNumeric: true,
  hashtagPrefix: '',
});

/** The tag options stored in the plugin's settings. */
export function tagOptionsFromSettings(
  s: Pick<XCaptureSettings, 'siteTag' | 'tagReplacement' | 'lowercaseTags' | 'dropNumericTags' | 'hashtagPrefix'>,
): TagOptions {
  return {
    siteTag: s.siteTag,
    replacement: s.tagReplacement,
    lowercase: s.lowercaseTags,
    dropNumeric: s.dropNumericTags,
    hashtagPrefix: s.hashtagPrefix,
  };
}

/** The defaults overlaid with the options given (an `undefined` option keeps its default). */
export function resolveTagOptions(options: Partial<TagOptions> = {}): TagOptions {
  const o: TagOptions = { ...DEFAULT_TAG_OPTIONS };
  if (typeof options.siteTag === 'string') o.siteTag = options.siteTag;
  if (typeof options.replacement === 'string') o.replacement = options.replacement;
  if (typeof options.lowercase === 'boolean') o.lowercase = options.lowercase;
  if (typeof options.dropNumeric === 'boolean') o.dropNumeric = options.dropNumeric;
  if (typeof options.hashtagPrefix === 'string') o.hashtagPrefix = options.hashtagPrefix;
  return o;
}

// A tag holds letters, marks and digits of any script, emoji (with their modifiers, flags and tag
// sequences), `_`, `-` and `/`. The General Punctuation block ends a tag in Obsidian even where
// Unicode calls the character an emoji ('‼', '⁉') or a joiner (U+200D).
const NOT_TAG_CHAR =
  /[\u2000-\u206F]|[^\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{E0020}-\u{E007F}_\-/]/u;
const NOT_TAG_CHARS = new RegExp(`(?:${NOT_TAG_CHAR.source})+`, 'gu');
const NON_DIGIT = /[^\p{Nd}]/u;
const HASHES = /^[#＃]+/;
const HASH_WORD = /(?:^|\s)[#＃]/;
const COMMAS = /[,，]/;
const WHITE_SPACE = /\s+/u;
const SITE_LABEL = /^(?:X \(formerly Twitter\)|X \(Twitter\)|Twitter|X)(?=$|[\s,，#＃])/;

/**
 * Whether `tag` (written without '#') is a tag Obsidian recognises: only letters of any script,
 * digits, emoji, `_`, `-` and `/`, and at least one character that is not a digit.
 */
export function isValidTag(tag: string): boolean {
  return tag !== '' && !NOT_TAG_CHAR.test(tag) && NON_DIGIT.test(tag);
}

/** Keys Obsidian reads tags from, in note order: `tags` first, then the legacy `tag`. */
export function tagKeys(data: Record<string, unknown>): { tags: string[]; legacy: string[] } {
  const keys = Object.keys(data);
  return {
    tags: keys.filter((k) => k.toLowerCase() === 'tags'),
    legacy: keys.filter((k) => k.toLowerCase() === 'tag'),
  };
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return null;
}

/** A property's values as the note holds them: list items, or a string value as one item. */
function rawValues(value: unknown): { text: string; listItem: boolean }[] {
  if (Array.isArray(value)) {
    return value.flatMap((v) => {
      const text = scalarText(v);
      return text === null ? [] : [{ text, listItem: true }];
    });
  }
  const text = scalarText(value);
  return text === null ? [] : [{ text, listItem: false }];
}

function valuesOf(data: Record<string, unknown>): { text: string; listItem: boolean }[] {
  const { tags, legacy } = tagKeys(data);
  return [...tags, ...legacy].flatMap((key) => rawValues(data[key]));
}

/**
 * The tags as the note has them now (without '#'): values of `tags`, then of the legacy `tag`;
 * a string value is one item, not split.
 */
export function currentTags(data: Record<string, unknown>): string[] {
  return valuesOf(data)
    .map((v) => v.text.trim().replace(HASHES, ''))
    .filter((t) => t !== '');
}

/**
 * Whether the note's tags are already exactly `normalized`: one `tags` property, no legacy `tag`,
 * a list of plain strings (or one string, or nothing) equal item by item.
 */
export function tagsAreNormalized(data: Record<string, unknown>, normalized: readonly string[]): boolean {
  const { tags, legacy } = tagKeys(data);
  if (legacy.length > 0 || tags.length !== 1) return false;
  const value = data[tags[0]];
  let items: unknown[];
  if (value === null || value === undefined || value === '') items = [];
  else if (Array.isArray(value)) items = value;
  else items = [value];
  return items.length === normalized.length && items.every((item, i) => item === normalized[i]);
}

const stripStart = (s: string, piece: string): string => {
  let start = 0;
  while (piece !== '' && s.startsWith(piece, start)) start += piece.length;
  return s.slice(start);
};

const stripEnd = (s: string, piece: string): string => {
  let end = s.length;
  while (piece !== '' && end >= piece.length && s.endsWith(piece, end)) end -= piece.length;
  return s.slice(0, end);
};

/** The replacement reduced to characters a tag can hold, without '/' (which would nest). */
function safeReplacement(replacement: string): string {
  return replacement.replace(NOT_TAG_CHARS, '').replace(/\//g, '');
}

/**
 * One tag from one piece of text: '#' removed, runs of other characters (white space included)
 * turned into one replacement that absorbs replacements beside it, ends trimmed, empty levels of a
 * nested tag removed.
 */
function cleanTag(text: string, rep: string): string {
  const parts = text.trim().replace(HASHES, '').split(NOT_TAG_CHARS);
  let out = parts[0];
  for (const part of parts.slice(1)) {
    out = stripEnd(out, rep) + rep + stripStart(part, rep);
  }
  return out
    .split('/')
    .map((level) => stripEnd(stripStart(level, rep), rep))
    .filter((level) => level !== '')
    .join('/');
}

// Tag values repeat from note to note (the same topics, the clipper's labels), and cleaning one
// takes several expressions: cleaned once per replacement. Bounded, so reading a vault of many
// distinct tags does not grow it without end.
const CLEANED_LIMIT = 4096;
const cleaned = new Map<string, string>();
let cleanedWith = '';

function cleanTagCached(text: string, rep: string): string {
  if (rep !== cleanedWith) {
    cleaned.clear();
    cleanedWith = rep;
  }
  let tag = cleaned.get(text);
  if (tag === undefined) {
    tag = cleanTag(text, rep);
    if (cleaned.size >= CLEANED_LIMIT) cleaned.clear();
    cleaned.set(text, tag);
  }
  return tag;
}

interface Piece {
  text: string;
  /** Came from a #hashtag of a site-label value. */
  hashtag: boolean;
  /** Stands for the site label. */
  site: boolean;
}

// One-word site names that a value may still spell after cleaning ("#X", "Twitter!").
const SITE_WORDS = new Set(['X', 'Twitter']);

/** Splits one raw value into the texts that each become one tag (see DESIGN.md, normalize tags). */
function splitValue(text: string, listItem: boolean): Piece[] {
  const pieces: Piece[] = [];
  let rest = text.trim();
  const label = SITE_LABEL.exec(rest);
  if (label) {
    pieces.push({ text: '', hashtag: false, site: true });
    rest = rest.slice(label[0].length);
  }
  const words = (s: string): Piece[] =>
    s.split(WHITE_SPACE).map((w) => ({ text: w, hashtag: label !== null && HASHES.test(w), site: false }));
  if (COMMAS.test(rest)) {
    for (const part of rest.split(COMMAS)) {
      if (HASH_WORD.test(part.trim())) pieces.push(...words(part));
      else pieces.push({ text: part, hashtag: false, site: false });
    }
  } else if (HASH_WORD.test(rest.trim()) || !listItem) {
    pieces.push(...words(rest));
  } else {
    pieces.push({ text: rest, hashtag: false, site: false });
  }
  return pieces;
}

let lastCleaned: { replacement: string; siteTag: string; rep: string; cleanSiteTag: string } | null = null;

/**
 * The replacement and the site tag as tags can hold them. Kept for the last options seen: notes
 * are read thousands at a time with the same options, and cleaning takes several expressions.
 */
function cleanOptions(o: TagOptions): { rep: string; siteTag: string } {
  if (!lastCleaned || lastCleaned.replacement !== o.replacement || lastCleaned.siteTag !== o.siteTag) {
    const rep = safeReplacement(o.replacement);
    lastCleaned = { replacement: o.replacement, siteTag: o.siteTag, rep, cleanSiteTag: cleanTag(o.siteTag, rep) };
  }
  return { rep: lastCleaned.rep, siteTag: lastCleaned.cleanSiteTag };
}

/**
 * The note's tags normalized (without '#'), in order: values of `tags`, then of the legacy `tag`.
 * Never throws; values that are not text (maps, nulls) are skipped.
 */
export function normalizeTagValues(data: Record<string, unknown>, options: Partial<TagOptions> = {}): string[] {
  const o = resolveTagOptions(options);
  const { rep, siteTag } = cleanOptions(o);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { text, listItem } of valuesOf(data)) {
    for (const piece of splitValue(text, listItem)) {
      let tag = piece.site ? siteTag : cleanTagCached(piece.text, rep);
      const site = piece.site || SITE_WORDS.has(tag);
      if (site) tag = siteTag;
      if (tag === '' || (o.dropNumeric && !NON_DIGIT.test(tag))) continue;
      if (piece.hashtag && !site && o.hashtagPrefix !== '') tag = cleanTag(o.hashtagPrefix + tag, rep);
      if (o.lowercase) tag = tag.toLowerCase();
      const key = tag.normalize('NFC').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}
