/**
 * Turns capture text into terms for similarity across scripts: words for scripts that space
 * their words, character bigrams for Chinese, Japanese and Korean, and Intl.Segmenter words for
 * scripts that neither space words nor suit bigrams (Thai, Lao, Khmer, Myanmar).
 *
 * Bigrams rather than Intl.Segmenter for CJK: they need no dictionary, match across segmentation
 * mistakes and cost about a sixteenth of the segmenter's time, which decides whether 10,000
 * captures index in seconds. For the same reason the text is read by one scan over its char
 * codes (classified once per code through a table) instead of several regular-expression passes.
 */

import type { TermKey } from './types';

// Classes of UTF-16 code units.
const SEPARATOR = 1;
const WORD = 2; // letters, digits and marks of scripts that space their words
const CJK = 3; // Han, kana: bigrams
const HANGUL = 4; // bigrams too (particles glue to words)
const UNSPACED = 5; // Thai, Lao, Khmer, Myanmar: segmenter words
const HIGH_SURROGATE = 6;

const MAX_TERM = 40;
const MAX_HANDLE = 15;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;
const HANGUL_CHAR = /\p{Script=Hangul}/u;
const UNSPACED_CHAR = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  let c = classes[code];
  if (c !== 0) return c;
  if (code >= 0xd800 && code <= 0xdbff) c = HIGH_SURROGATE;
  else {
    const ch = String.fromCharCode(code);
    if (CJK_CHAR.test(ch)) c = CJK;
    else if (HANGUL_CHAR.test(ch)) c = HANGUL;
    else if (UNSPACED_CHAR.test(ch)) c = UNSPACED;
    else if (WORD_CHAR.test(ch)) c = WORD;
    else c = SEPARATOR;
  }
  classes[code] = c;
  return c;
}

for (let code = 0; code < 0x80; code++) {
  const letterOrDigit = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  classes[code] = letterOrDigit ? WORD : SEPARATOR;
}

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Full-width ASCII (ＡＩ, ４) read as ASCII, as NFKC would. */
const narrow = (code: number): number => (code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code);

const isAsciiHandle = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;

/** A crude English plural fold ("models" -> "model") so singular and plural meet. */
function fold(word: string): string {
  const n = word.length;
  if (n < 5 || word.charCodeAt(n - 1) !== 0x73) return word; // 's'
  const before = word.charCodeAt(n - 2);
  if (before === 0x73 || before === 0x75 || before === 0x69) return word; // -ss, -us, -is
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return word;
  }
  return word.slice(0, -1);
}

/** Where scanText puts what it reads. */
export interface TermSink {
  /** A word, or a CJK character standing alone. */
  term(term: string): void;
  /** A CJK or Hangul bigram, as its two char codes (no string made per occurrence). */
  pair(first: number, second: number): void;
  /** An @handle skipped in the text, lower-cased. */
  mention?(handle: string): void;
}

function pushBigrams(text: string, start: number, end: number, sink: TermSink): void {
  if (end - start === 1) {
    sink.term(text[start]);
    return;
  }
  for (let i = start; i + 1 < end; i++) sink.pair(text.charCodeAt(i), text.charCodeAt(i + 1));
}

function pushWord(text: string, start: number, end: number, ascii: boolean, digitsOnly: boolean, sink: TermSink): void {
  const length = end - start;
  if (length < 2 || length > MAX_TERM || digitsOnly) return;
  let word = text.slice(start, end);
  if (!ascii) {
    let narrowed = '';
    for (let i = 0; i < word.length; i++) narrowed += String.fromCharCode(narrow(word.charCodeAt(i)));
    word = narrowed.normalize('NFC');
  }
  sink.term(fold(word.toLowerCase()));
}

const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * After a word ending at `i`, the end of an English contraction or possessive ("'re", "'s",
 * "’ll", "n't" leaves "don"): skipped, so "we're" reads as "we" rather than "we" and "re".
 */
function contractionEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x27 && c !== 0x2019) return i;
  let j = i + 1;
  while (j < text.length && j - i <= 3 && isAsciiLetter(text.charCodeAt(j))) j++;
  return j > i + 1 && j - i <= 3 && (j >= text.length || classify(narrow(text.charCodeAt(j))) !== WORD) ? j : i;
}

/** The end of a URL starting at `i`: the next white space or closing bracket. */
function urlEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c <= 0x20 || c === 0x29 || c === 0x5d || c === 0x3e) break; // space, ')', ']', '>'
    j++;
  }
  return j;
}

/**
 * The terms of a text, in order: lower-cased words (two characters or more,
 * not all digits; full-width forms read as ASCII), CJK and Hangul character bigrams (a lone
 * character stays a unigram), segmenter words for unspaced scripts. URLs and @mentions are
 * skipped (mentions count as shared people, not shared text); markdown escapes separate words.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  scanText(text, { term: (t) => out.push(t), pair: (a, b) => out.push(String.fromCharCode(a, b)) });
  return out;
}

/** Reads a text once, giving its terms in order (see tokenize) and its @mentions to `sink`. */
export function scanText(text: string, sink: TermSink): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = narrow(text.charCodeAt(i));
    const cls = classify(code);
    if (cls === WORD) {
      const prev = i > 0 ? classify(narrow(text.charCodeAt(i - 1))) : SEPARATOR;
      if ((code === 0x68 || code === 0x48) && prev !== WORD && /^https?:\/\//i.test(text.slice(i, i + 8))) {
        i = urlEnd(text, i);
        continue;
      }
      const start = i;
      let ascii = true;
      let digitsOnly = true;
      while (i < n) {
        const raw = text.charCodeAt(i);
        const c = narrow(raw);
        if (classify(c) !== WORD) break;
        if (raw >= 0x80) ascii = false;
        if (c < 0x30 || c > 0x39) digitsOnly = false;
        i++;
      }
      pushWord(text, start, i, ascii, digitsOnly, sink);
      i = contractionEnd(text, i);
    } else if (cls === CJK || cls === HANGUL || cls === UNSPACED) {
      const start = i;
      while (i < n && classify(text.charCodeAt(i)) === cls) i++;
      // Marks (Thai vowel signs, Myanmar medials) belong to the unspaced run they follow.
      if (cls === UNSPACED) {
        while (i < n && (classify(text.charCodeAt(i)) === UNSPACED || (classify(text.charCodeAt(i)) === WORD && text.charCodeAt(i) >= 0x300))) i++;
      }
      const seg = cls === UNSPACED ? wordSegmenter() : null;
      if (!seg) pushBigrams(text, start, i, sink);
      else for (const part of seg.segment(text.slice(start, i))) if (part.isWordLike && part.segment.length <= MAX_TERM) sink.term(part.segment);
    } else if (cls === HIGH_SURROGATE) {
      // Han beyond the BMP (CJK extensions B+) joins the CJK bigrams; other astral characters
      // (emoji, symbols) separate words.
      const cp = text.codePointAt(i) as number;
      if (cp >= 0x20000 && cp <= 0x3ffff) {
        let j = i;
        while (j < n) {
          const c = text.codePointAt(j) as number;
          if (!((c >= 0x20000 && c <= 0x3ffff) || classify(text.charCodeAt(j)) === CJK)) break;
          j += c > 0xffff ? 2 : 1;
        }
        const chars = Array.from(text.slice(i, j));
        if (chars.length === 1) sink.term(chars[0]);
        for (let k = 0; k + 1 < chars.length; k++) sink.term(chars[k] + chars[k + 1]);
        i = j;
      } else i += 2;
    } else if (code === 0x40 && i + 1 < n && isAsciiHandle(text.charCodeAt(i + 1))) {
      // '@handle' (not 'name@host'): skip the handle.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      i++;
      if (classify(narrow(prev)) !== WORD && prev !== 0x5f && prev !== 0x40) {
        // Handles may carry markdown escapes ('@shao\_\_meng').
        let handle = '';
        while (i < n && handle.length < MAX_HANDLE) {
          const c = text.charCodeAt(i);
          if (c === 0x5c && text.charCodeAt(i + 1) === 0x5f) i++;
          else if (!isAsciiHandle(c)) break;
          handle += text[i];
          i++;
        }
        if (sink.mention && (i >= n || !isAsciiHandle(text.charCodeAt(i)))) sink.mention(handle.toLowerCase());
      }
    } else i++;
  }
}

/**
 * The key of a bigram: both char codes in one int32 (negative when the first is 0x8000 or
 * above), which V8 keeps unboxed, unlike numbers past 2^31.
 */
const pairKey = (first: number, second: number): number => (first << 16) | second;

/** A term as text. */
export function termText(key: TermKey): string {
  return typeof key === 'string' ? key : String.fromCharCode((key >>> 16) & 0xffff, key & 0xffff);
}

/** The key of a term's text (the inverse of termText). */
export function termKey(text: string): TermKey {
  return text.length === 2 && CJK_OR_HANGUL.test(text) ? pairKey(text.charCodeAt(0), text.charCodeAt(1)) : text;
}

const CJK_OR_HANGUL = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]{2}$/u;

/**
 * Bigram counts in an open-addressing table of typed arrays, reused from one capture to the
 * next: CJK text is mostly bigrams, and a Map costs several times more per occurrence.
 */
class PairCounts {
  private keys = new Int32Array(1 << 12);
  private counts = new Uint32Array(1 << 12);
  private readonly used: number[] = [];

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** Counts one occurrence; true when the key is new. */
  add(key: number): boolean {
    if (this.used.length * 2 >= this.keys.length) this.grow();
    const i = this.slot(key);
    this.counts[i]++;
    if (this.keys[i] !== 0) return false;
    this.keys[i] = key;
    this.used.push(i);
    return true;
  }

  get(key: number): number {
    return this.counts[this.slot(key)];
  }

  clear(): void {
    for (const i of this.used) {
      this.keys[i] = 0;
      this.counts[i] = 0;
    }
    this.used.length = 0;
  }

  private grow(): void {
    const entries = this.used.map((i) => [this.keys[i], this.counts[i]] as const);
    this.clear();
    this.keys = new Int32Array(this.keys.length * 2);
    this.counts = new Uint32Array(this.counts.length * 2);
    for (const [key, count] of entries) {
      const i = this.slot(key);
      this.keys[i] = key;
      this.counts[i] = count;
      this.used.push(i);
    }
  }
}

const scratchPairs = new PairCounts();

/**
 * Counts the terms of a capture's texts in first-seen order. CJK bigrams are counted by their
 * char codes (TermKey), so no string is made for them. One counter at a time: `result()` ends
 * it (the bigram table is shared scratch space).
 */
export class TermCounter implements TermSink {
  private readonly words = new Map<string, number>();
  private readonly pairs = scratchPairs;
  private readonly order: TermKey[] = [];
  /** Term occurrences counted. */
  length = 0;

  constructor(private readonly onMention?: (handle: string) => void) {
    this.pairs.clear();
  }

  term(term: string): void {
    const n = this.words.get(term);
    if (n === undefined) this.order.push(term);
    this.words.set(term, (n ?? 0) + 1);
    this.length++;
  }

  pair(first: number, second: number): void {
    const key = pairKey(first, second);
    if (this.pairs.add(key)) this.order.push(key);
    this.length++;
  }

  mention(handle: string): void {
    this.onMention?.(handle);
  }

  /** Distinct terms in first-seen order, with their counts. */
  result(): { terms: TermKey[]; counts: number[] } {
    const counts = this.order.map((key) => (typeof key === 'string' ? (this.words.get(key) as number) : this.pairs.get(key)));
    this.pairs.clear();
    return { terms: this.order, counts };
  }
}
