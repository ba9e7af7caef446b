/**
 * Script-based language of a text, and the split of a text into its original and the machine
 * translation a page-translation extension put beside it.
 *
 * Everything here is one linear pass or a few: it runs on every post of every capture, so there
 * are no regular expressions over unbounded text and every look-ahead is bounded or cached.
 */

import type { Segment } from './types';

export interface TranslationSplit {
  /** In order, covering the whole text. */
  segments: Segment[];
  /** The original text: the segments' originals joined by a blank line. */
  original: string;
  /**
   * The text as the translation view reads it: each segment's translation, or its original where
   * it has none, joined by a blank line; null when no segment has a translation.
   */
  translation: string | null;
  language: { original: string | null; translation: string | null };
}

// ---------------------------------------------------------------------------------------------
// Letters by script

const LATIN = 0;
const CYRILLIC = 1;
const GREEK = 2;
const ARABIC = 3;
const HEBREW = 4;
const DEVANAGARI = 5;
const HANGUL = 6;
const THAI = 7;
const HAN = 8;
const KANA = 9;
const SCRIPTS = 10;
/** Not a letter. */
const NONE = -1;
/** A combining mark: part of the word it follows, not a letter of its own. */
const MARK = -2;

const SCRIPT_LANGUAGE = ['en', 'ru', 'el', 'ar', 'he', 'hi', 'ko', 'th', 'zh', 'ja'];

/**
 * How much one counted unit weighs when scripts compete: a word for scripts written with spaces,
 * a character for those without. An English word is worth about 1.6 Chinese characters, 2.5
 * Japanese kana and 5 Thai letters.
 */
const HAN_WEIGHT = 0.6;
const KANA_WEIGHT = 0.4;
const HANGUL_WORD_WEIGHT = 1.2;
const THAI_WEIGHT = 0.2;

/**
 * How long a text reads, in Latin letters: Chinese is about three times denser than English in
 * characters, Japanese kana about twice, Hangul syllables about two and a half times.
 */
const SIZE_FACTOR = [1, 1, 1, 1, 1, 1, 2.5, 1, 3, 2];

/** Japanese needs at least this many kana, and this share of its CJK letters (a stray の is not Japanese). */
const MIN_KANA = 2;
const MIN_KANA_RATIO = 0.1;

/** The script of a code point, by Unicode ranges (the source of the table `classify` reads). */
function scriptOf(cp: number): number {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? LATIN : NONE;
  if (cp < 0x250) return cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7 ? LATIN : cp === 0xaa || cp === 0xba ? LATIN : NONE;
  if (cp < 0x2b0) return LATIN; // IPA
  if (cp < 0x300) return NONE;
  if (cp < 0x370) return MARK;
  if (cp < 0x400) return cp === 0x374 || cp === 0x375 || cp === 0x37e || cp === 0x384 || cp === 0x385 || cp === 0x387 ? NONE : GREEK;
  if (cp < 0x530) return cp >= 0x483 && cp <= 0x489 ? MARK : CYRILLIC;
  if (cp >= 0x591 && cp <= 0x5c7) return MARK;
  if (cp >= 0x5d0 && cp <= 0x5ea) return HEBREW;
  if (cp >= 0x600 && cp < 0x780) {
    if (cp >= 0x64b && cp <= 0x65f) return MARK;
    if ((cp >= 0x620 && cp <= 0x64a) || (cp >= 0x66e && cp <= 0x6d3) || (cp >= 0x6fa && cp <= 0x6ff) || cp >= 0x750) return ARABIC;
    return NONE;
  }
  if (cp >= 0x900 && cp < 0x980) return cp === 0x964 || cp === 0x965 || (cp >= 0x966 && cp <= 0x96f) ? NONE : DEVANAGARI;
  if (cp >= 0xe01 && cp <= 0xe4e) return cp === 0xe3f ? NONE : THAI;
  if (cp >= 0x1100 && cp <= 0x11ff) return HANGUL;
  if (cp >= 0x1ab0 && cp <= 0x1aff) return MARK;
  if (cp >= 0x1dc0 && cp <= 0x1dff) return MARK;
  if (cp >= 0x1e00 && cp <= 0x1eff) return LATIN;
  if (cp >= 0x1f00 && cp <= 0x1fff) return GREEK;
  if (cp >= 0x2c60 && cp <= 0x2c7f) return LATIN;
  if (cp >= 0x3005 && cp <= 0x3007) return HAN;
  if (cp >= 0x3041 && cp <= 0x309f) return cp === 0x3097 || cp === 0x3098 ? NONE : KANA;
  if (cp >= 0x30a1 && cp <= 0x30ff) return cp === 0x30fb ? NONE : KANA;
  if (cp >= 0x3131 && cp <= 0x318e) return HANGUL;
  if (cp >= 0x31f0 && cp <= 0x31ff) return KANA;
  if (cp >= 0x3400 && cp <= 0x4dbf) return HAN;
  if (cp >= 0x4e00 && cp <= 0x9fff) return HAN;
  if (cp >= 0xa720 && cp <= 0xa7ff) return LATIN;
  if (cp >= 0xa960 && cp <= 0xa97f) return HANGUL;
  if (cp >= 0xac00 && cp <= 0xd7ff) return HANGUL;
  if (cp >= 0xf900 && cp <= 0xfaff) return HAN;
  if ((cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return LATIN;
  if (cp >= 0xff66 && cp <= 0xff9d) return KANA;
  if (cp >= 0x20000 && cp <= 0x3134f) return HAN;
  return NONE;
}

// Every character of every text is classified: a table for the Basic Multilingual Plane (64 KB,
// built once) replaces the walk through the ranges.
const BMP_SCRIPTS = new Int8Array(0x10000);
for (let cp = 0; cp < 0x10000; cp++) BMP_SCRIPTS[cp] = scriptOf(cp);

/** The script of a code point (or a lone surrogate), NONE or MARK. */
function classify(cp: number): number {
  return cp < 0x10000 ? BMP_SCRIPTS[cp] : scriptOf(cp);
}

// Latin-script languages told apart by their short function words, only when the text also has
// letters with diacritics (so that plain ASCII text always reads as English).
const LATIN_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it'];
const STOPWORDS: Record<string, string> = {
  en: 'the and of to is in that it for with this you are was on be have not but what we they at',
  fr: 'le la les des est une du pour pas que qui dans sur avec ce il je nous vous sont au aux mais cette très',
  de: 'der die das und ist nicht ein eine mit auf für sich den dem auch ich zu von wir sie sind wird über',
  es: 'el la los las del por una es con para pero como más que se lo muy está al también',
  pt: 'os um uma não com para por mais do da dos das em é que se no na são você também',
  it: 'il lo gli della di che è per una sono non con del nel alla anche più questo come',
};

// Function words are matched while their word is scanned, one code unit at a time, through a trie
// of their letters: no slice and no lower-casing per word. A code unit that can be part of a Latin
// word (a Latin letter or a combining mark) stands for its lower-case form when that is a single
// letter of some function word, and for letter 0, which no function word has, otherwise.
const STOPWORD_ALPHABET = [...new Set(Object.values(STOPWORDS).join('').replace(/ /g, ''))];
const ALPHABET_SIZE = STOPWORD_ALPHABET.length + 1;
const STOPWORD_LETTER = new Uint8Array(0x10000);
for (let cp = 0; cp < 0x10000; cp++) {
  if (BMP_SCRIPTS[cp] !== LATIN && BMP_SCRIPTS[cp] !== MARK) continue;
  const lower = String.fromCharCode(cp).toLowerCase();
  if (lower.length === 1) STOPWORD_LETTER[cp] = STOPWORD_ALPHABET.indexOf(lower) + 1;
}
/** The trie state of a word that is no function word, whatever follows (its transitions stay here). */
const DEAD = 0;
/** The trie state at the start of a word. */
const ROOT = 1;
const trieNext: number[] = new Array<number>(2 * ALPHABET_SIZE).fill(DEAD);
const trieHits: number[] = [0, 0];
LATIN_LANGUAGES.forEach((lang, index) => {
  for (const word of STOPWORDS[lang].split(' ')) {
    let state = ROOT;
    for (let k = 0; k < word.length; k++) {
      const at = state * ALPHABET_SIZE + STOPWORD_ALPHABET.indexOf(word[k]) + 1;
      if (trieNext[at] === DEAD) {
        trieNext[at] = trieHits.length;
        trieHits.push(0);
        for (let l = 0; l < ALPHABET_SIZE; l++) trieNext.push(DEAD);
      }
      state = trieNext[at];
    }
    trieHits[state] |= 1 << index;
  }
});
/** Trie transitions: `STOPWORD_NEXT[state * ALPHABET_SIZE + letter]`. */
const STOPWORD_NEXT = Int32Array.from(trieNext);
/** Per trie state, the languages (bits in LATIN_LANGUAGES order) whose function word ends there. */
const STOPWORD_HITS = Int32Array.from(trieHits);

/** Letter and word counts of a stretch of text. */
interface Stats {
  letters: number[];
  words: number[];
  /** Latin letters outside ASCII (diacritics). */
  accented: number;
  /** Function-word hits per Latin-script language (LATIN_LANGUAGES order). */
  stopwords: number[];
  /** Offset of the first counted Han or kana character, -1 when none. */
  firstCjk: number;
}

// Copied for every new Stats: copies of packed arrays are cheaper to make and to count into than
// `new Array(n).fill(0)`, whose arrays have holes as far as the engine knows.
const ZERO_PER_SCRIPT = Array.from({ length: SCRIPTS }, () => 0);
const ZERO_PER_LANGUAGE = Array.from({ length: LATIN_LANGUAGES.length }, () => 0);

const emptyStats = (): Stats => ({
  letters: ZERO_PER_SCRIPT.slice(),
  words: ZERO_PER_SCRIPT.slice(),
  accented: 0,
  stopwords: ZERO_PER_LANGUAGE.slice(),
  firstCjk: -1,
});

/** The counts of a stretch without letters (never added to). */
const NO_STATS = emptyStats();

function clearStats(s: Stats): void {
  for (let script = 0; script < SCRIPTS; script++) {
    s.letters[script] = 0;
    s.words[script] = 0;
  }
  for (let l = 0; l < LATIN_LANGUAGES.length; l++) s.stopwords[l] = 0;
  s.accented = 0;
  s.firstCjk = -1;
}

/** Adds the counts of `from` to `into` and clears `from`, in one pass. */
function moveStats(into: Stats, from: Stats): void {
  for (let s = 0; s < SCRIPTS; s++) {
    into.letters[s] += from.letters[s];
    into.words[s] += from.words[s];
    from.letters[s] = 0;
    from.words[s] = 0;
  }
  for (let l = 0; l < LATIN_LANGUAGES.length; l++) {
    into.stopwords[l] += from.stopwords[l];
    from.stopwords[l] = 0;
  }
  into.accented += from.accented;
  from.accented = 0;
  if (into.firstCjk < 0) into.firstCjk = from.firstCjk;
  from.firstCjk = -1;
}

const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSchemeChar = (c: number): boolean => isAsciiAlnum(c) || c === 0x2b || c === 0x2d || c === 0x2e;
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSchemeOrColon = (c: number): boolean => isSchemeChar(c) || c === 0x3a;

/** The code point at `i` (a lone surrogate stands for itself). */
function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** 'w' or 'W' (no other character lower-cases to 'w'). */
const isW = (c: number): boolean => (c | 0x20) === 0x77;

/** End of a URL starting at `i` (`scheme://...` or `www.`), or `i` when none starts there. */
function urlEnd(text: string, i: number, end: number): number {
  let j = i;
  const limit = Math.min(end, i + 32);
  while (j < limit && isSchemeChar(text.charCodeAt(j))) j++;
  let k: number;
  if (j > i && j + 2 < end && text.charCodeAt(j) === 0x3a && text.charCodeAt(j + 1) === 0x2f && text.charCodeAt(j + 2) === 0x2f) k = j + 3;
  else if (end - i > 4 && isW(text.charCodeAt(i)) && isW(text.charCodeAt(i + 1)) && isW(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 0x2e) k = i + 4;
  else return i;
  while (k < end) {
    const c = text.charCodeAt(k);
    // Stop at white space, at non-ASCII (a URL glued to CJK text) and at what closes markdown links.
    if (c <= 0x20 || c >= 0x7f || c === 0x29 || c === 0x3e || c === 0x22 || c === 0x5d) break;
    k++;
  }
  return k;
}

/** A letter, digit or underscore of any script: the characters of a hashtag. */
function isTagChar(cp: number): boolean {
  if (cp < 0x80) return isAsciiAlnum(cp) || cp === 0x5f;
  return classify(cp) !== NONE;
}

/** Counts the function words that end in trie state `state` (a Latin word just ended there). */
function countStopword(state: number, stats: Stats): void {
  const hits = STOPWORD_HITS[state];
  if (hits === 0) return;
  for (let l = 0; l < LATIN_LANGUAGES.length; l++) if (hits & (1 << l)) stats.stopwords[l]++;
}

/**
 * Counts the letters and words of `text[start, end)` by script, skipping what says nothing about
 * the language: URLs, @mentions, #hashtags, markdown link targets and images, emoji, digits and
 * punctuation. Meant for one line at a time (links and images do not span lines). Function words
 * are counted only with `stopwords`: they matter only for counts with accented letters, which
 * few texts have, so callers count them in a second scan when the first finds accents.
 */
function scan(text: string, start: number, end: number, stats: Stats, stopwords: boolean): Stats {
  const letters = stats.letters;
  const words = stats.words;
  let wordScript = NONE;
  let word = DEAD; // the current Latin word's state in the function-word trie
  let accented = 0;
  let firstCjk = stats.firstCjk;
  let linkClose = -1; // cached position of the next ')' (end when none)
  let imageMid = -1; // cached position of the next '](' (end when none)
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiLetter(c)) {
        // A run of ASCII letters at once (this loop runs over every character of every post).
        let k = i + 1;
        while (k < end && isAsciiLetter(text.charCodeAt(k))) k++;
        if (wordScript !== LATIN) {
          // A URL may start here: "www.", or a scheme, which these letters can only start when
          // a scheme character or its ':' follows them.
          if (isW(c) || (k < end && isSchemeOrColon(text.charCodeAt(k)))) {
            const u = urlEnd(text, i, end);
            if (u > i) {
              wordScript = NONE;
              i = u;
              continue;
            }
          }
          wordScript = LATIN;
          word = ROOT;
          words[LATIN]++;
        }
        letters[LATIN] += k - i;
        if (stopwords) for (let m = i; m < k && word !== DEAD; m++) word = STOPWORD_NEXT[word * ALPHABET_SIZE + STOPWORD_LETTER[text.charCodeAt(m)]];
        i = k;
        continue;
      }
      if (stopwords && wordScript === LATIN) countStopword(word, stats);
      wordScript = NONE;
      if (c === 0x40) {
        // @mention (handles may carry markdown escapes: @shao\_\_meng)
        let k = i + 1;
        for (;;) {
          const d = text.charCodeAt(k);
          if (k < end && (isAsciiAlnum(d) || d === 0x5f)) k++;
          else if (k + 1 < end && d === 0x5c && text.charCodeAt(k + 1) === 0x5f) k += 2;
          else break;
        }
        i = k > i + 1 ? k : i + 1;
        continue;
      }
      if (c === 0x23 && i + 1 < end && (i === start || text.charCodeAt(i - 1) !== 0x26)) {
        // #hashtag in any script (a heading's '# ' is followed by a space)
        let k = i + 1;
        while (k < end) {
          const cp = codePointAt(text, k, end);
          if (!isTagChar(cp) && cp !== 0x2d && cp !== 0x2f) break;
          k += cp > 0xffff ? 2 : 1;
        }
        i = k > i + 1 ? k : i + 1;
        continue;
      }
      if (c === 0x21 && text.charCodeAt(i + 1) === 0x5b) {
        // ![alt](target): the alt text is the clipper's label ("Image", "图像"), not the author's
        if (imageMid < i) {
          imageMid = end;
          for (let k = i + 2; k + 1 < end; k++) {
            if (text.charCodeAt(k) === 0x5d && text.charCodeAt(k + 1) === 0x28) {
              imageMid = k;
              break;
            }
          }
        }
        i = imageMid < end ? imageMid : i + 1;
        continue;
      }
      if (c === 0x5d && text.charCodeAt(i + 1) === 0x28) {
        // ](target) of a link or image
        if (linkClose < i) {
          linkClose = i + 2;
          while (linkClose < end && text.charCodeAt(linkClose) !== 0x29) linkClose++;
        }
        i = linkClose < end ? linkClose + 1 : i + 1;
        continue;
      }
      i++;
      continue;
    }
    const cp = codePointAt(text, i, end);
    const width = cp > 0xffff ? 2 : 1;
    const script = classify(cp);
    if (script === MARK) {
      // Part of the word it follows (marks are all in the Basic Multilingual Plane).
      word = STOPWORD_NEXT[word * ALPHABET_SIZE + STOPWORD_LETTER[cp]];
      i += width;
      continue;
    }
    if (script !== wordScript) {
      if (stopwords && wordScript === LATIN) countStopword(word, stats);
      wordScript = script;
      word = ROOT;
      if (script !== NONE) words[script]++;
    }
    if (script === NONE) {
      i += width;
      continue;
    }
    if (script === LATIN) {
      word = STOPWORD_NEXT[word * ALPHABET_SIZE + STOPWORD_LETTER[cp]];
      letters[LATIN]++;
      accented++;
      i++;
      continue;
    }
    if (firstCjk < 0 && (script === HAN || script === KANA)) firstCjk = i;
    // The rest of a run of this script's letters in the Basic Multilingual Plane at once.
    let k = i + width;
    while (k < end) {
      const d = text.charCodeAt(k);
      if (d < 0x80 || (d >= 0xd800 && d <= 0xdfff) || BMP_SCRIPTS[d] !== script) break;
      k++;
    }
    letters[script] += 1 + (k - i - width);
    i = k;
  }
  if (stopwords && wordScript === LATIN) countStopword(word, stats);
  stats.accented += accented;
  stats.firstCjk = firstCjk;
  return stats;
}

/** Scans `text[start, end)` line by line (function words too when there are accented letters). */
function scanLines(text: string, start: number, end: number): Stats {
  const stats = scanLinesWith(text, start, end, false);
  return stats.accented > 0 ? scanLinesWith(text, start, end, true) : stats;
}

function scanLinesWith(text: string, start: number, end: number, stopwords: boolean): Stats {
  const stats = emptyStats();
  let from = start;
  while (from < end) {
    let nl = text.indexOf('\n', from);
    if (nl === -1 || nl > end) nl = end;
    scan(text, from, nl, stats, stopwords);
    from = nl + 1;
  }
  return stats;
}

interface Reading {
  language: string | null;
  /** Share of the winning script group in the text's letters (by weight), 0..1. */
  purity: number;
  /** How long the text reads, in Latin-letter equivalents. */
  size: number;
}

const cjkWeight = (s: Stats): number => s.letters[HAN] * HAN_WEIGHT + s.letters[KANA] * KANA_WEIGHT;

function weightOf(s: Stats, script: number): number {
  if (script === HAN) return cjkWeight(s);
  if (script === KANA) return 0;
  if (script === THAI) return s.letters[THAI] * THAI_WEIGHT;
  if (script === HANGUL) return s.words[HANGUL] * HANGUL_WORD_WEIGHT;
  return s.words[script];
}

function latinLanguage(s: Stats): string {
  if (s.accented === 0) return 'en';
  let best = 1;
  for (let l = 2; l < LATIN_LANGUAGES.length; l++) if (s.stopwords[l] > s.stopwords[best]) best = l;
  let second = 0;
  for (let l = 1; l < LATIN_LANGUAGES.length; l++) if (l !== best) second = Math.max(second, s.stopwords[l]);
  const hits = s.stopwords[best];
  const english = s.stopwords[0];
  return hits >= 3 && hits > second && hits >= 2 * english && hits >= 0.15 * s.words[LATIN] ? LATIN_LANGUAGES[best] : 'en';
}

/** The language of counts whose heaviest script (by weight) is `best`. */
function scriptLanguage(s: Stats, best: number): string | null {
  if (best === NONE) return null;
  if (best === LATIN) return latinLanguage(s);
  if (best === HAN) {
    const kana = s.letters[KANA];
    const han = s.letters[HAN];
    if (kana > 0 && (han === 0 || (kana >= MIN_KANA && kana / (kana + han) >= MIN_KANA_RATIO))) return 'ja';
  }
  return SCRIPT_LANGUAGE[best];
}

/** The language `read` finds, without the rest of the reading. */
function languageOf(s: Stats): string | null {
  let best = NONE;
  let bestWeight = 0;
  for (let script = 0; script < SCRIPTS; script++) {
    const w = weightOf(s, script);
    if (w > bestWeight) {
      best = script;
      bestWeight = w;
    }
  }
  return scriptLanguage(s, best);
}

function read(s: Stats): Reading {
  let total = 0;
  let best = NONE;
  let bestWeight = 0;
  let size = 0;
  for (let script = 0; script < SCRIPTS; script++) {
    size += s.letters[script] * SIZE_FACTOR[script];
    const w = weightOf(s, script);
    total += w;
    if (w > bestWeight) {
      best = script;
      bestWeight = w;
    }
  }
  return { language: scriptLanguage(s, best), purity: best === NONE ? 0 : bestWeight / total, size };
}

/**
 * The language of a text by its script: Han with kana is Japanese, Han alone Chinese, Hangul
 * Korean, Latin English (French, German, Spanish, Portuguese or Italian when accented letters and
 * their function words say so), and Cyrillic, Arabic, Hebrew, Thai, Devanagari and Greek their
 * most common language. URLs, mentions, hashtags, link targets, images, emoji, digits and
 * punctuation do not count; CJK characters are weighed against Latin words, so Chinese text with
 * English product names is Chinese. Null when the text has no letters at all.
 */
export function detectLanguage(text: string): string | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  return languageOf(scanLines(text, 0, text.length));
}

// ---------------------------------------------------------------------------------------------
// Pieces of a text: paragraphs, and the parts of a paragraph on either side of a hard line break
// where the language changes.

type Separation = 'first' | 'paragraph' | 'hardbreak';

interface Piece {
  start: number;
  /** Exclusive; trimmed of white space (including a hard break's two spaces). */
  end: number;
  reading: Reading;
  separation: Separation;
  /** Han and kana letters counted in the piece. */
  han: number;
  kana: number;
  /** Offset of the first counted Han or kana character, -1 when none. */
  firstCjk: number;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x3000 || c === 0xfeff;

// The lines of the text readPieces reads: where each starts and ends (before the line break and a
// CR) and what it is, in arrays reused from text to text (grown as needed), not an object per line.
let lineStarts = new Int32Array(64);
let lineEnds = new Int32Array(64);
let lineKinds = new Uint8Array(64);
const BLANK = 1;
/** Ends with two or more spaces: a markdown hard line break when another line follows. */
const HARD_BREAK = 2;
const HEADING = 4;
/** Inside a fenced code block (fences included). */
const CODE = 8;

function growLines(): void {
  const starts = new Int32Array(lineStarts.length * 2);
  const ends = new Int32Array(lineStarts.length * 2);
  const kinds = new Uint8Array(lineStarts.length * 2);
  starts.set(lineStarts);
  ends.set(lineEnds);
  kinds.set(lineKinds);
  lineStarts = starts;
  lineEnds = ends;
  lineKinds = kinds;
}

/** Fills the line arrays with the lines of `text`; returns how many there are. */
function readLines(text: string): number {
  let count = 0;
  let fence = 0; // char code of the open fence, 0 when none
  let from = 0;
  while (from <= text.length) {
    let nl = text.indexOf('\n', from);
    if (nl === -1) nl = text.length;
    const end = nl > from && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    let first = from;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    const blank = first === end;
    const c = text.charCodeAt(first);
    const fenceLine = first - from <= 3 && (c === 0x60 || c === 0x7e) && text.charCodeAt(first + 1) === c && text.charCodeAt(first + 2) === c;
    let code = fence !== 0;
    if (fenceLine && (fence === 0 || fence === c)) {
      fence = fence === 0 ? c : 0;
      code = true;
    }
    let heading = false;
    if (!code && c === 0x23 && first - from <= 3) {
      let h = first;
      while (h < end && text.charCodeAt(h) === 0x23) h++;
      heading = h - first <= 6 && (h === end || isSpace(text.charCodeAt(h)));
    }
    const hardBreak = !blank && end - from >= 2 && text.charCodeAt(end - 1) === 0x20 && text.charCodeAt(end - 2) === 0x20;
    if (count === lineStarts.length) growLines();
    lineStarts[count] = from;
    lineEnds[count] = end;
    lineKinds[count] = (blank ? BLANK : 0) | (hardBreak ? HARD_BREAK : 0) | (heading ? HEADING : 0) | (code ? CODE : 0);
    count++;
    if (nl >= text.length) break;
    from = nl + 1;
  }
  return count;
}

function trimmedRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x0a)) end--;
  return [start, end];
}

function makePiece(text: string, start: number, end: number, stats: Stats, separation: Separation): Piece {
  const [s, e] = trimmedRange(text, start, end);
  return { start: s, end: e, reading: read(stats), separation, han: stats.letters[HAN], kana: stats.letters[KANA], firstCjk: stats.firstCjk };
}

/** Ends a run of parts: its piece, its counts added to the text's, and cleared for the next run. */
function endRun(text: string, pieces: Piece[], start: number, end: number, separation: Separation, run: Stats, all: Stats): void {
  pieces.push(makePiece(text, start, end, run, separation));
  moveStats(all, run);
}

// Counts of the current run of parts and of the current part in readPieces, and of the whole text
// in splitTranslation: allocated once, not per text (they are most of what reading pieces would
// allocate), and cleared before use. A piece keeps only what it needs of them.
const RUN_STATS = emptyStats();
const PART_STATS = emptyStats();
const ALL_STATS = emptyStats();

/**
 * Splits the text into paragraphs (a heading line and a fenced code block are paragraphs of their
 * own; code counts as no language), and each paragraph at hard line breaks where the language on
 * the two sides differs. `all` receives the counts of every line, code included; `stopwords`: count
 * function words too (see scan).
 */
function readPieces(text: string, all: Stats, stopwords: boolean): Piece[] {
  const count = readLines(text);
  const starts = lineStarts;
  const ends = lineEnds;
  const kinds = lineKinds;
  const pieces: Piece[] = [];
  const run = RUN_STATS;
  const part = PART_STATS;
  clearStats(run);
  clearStats(part);
  let separation: Separation = 'first';
  let i = 0;
  while (i < count) {
    if (kinds[i] & CODE) {
      let j = i;
      scan(text, starts[i], ends[i], all, stopwords);
      while (j + 1 < count && kinds[j + 1] & CODE) scan(text, starts[++j], ends[j], all, stopwords);
      pieces.push(makePiece(text, starts[i], ends[j], NO_STATS, separation));
      separation = 'paragraph';
      i = j + 1;
      continue;
    }
    if (kinds[i] & BLANK) {
      i++;
      continue;
    }
    let j = i;
    if (!(kinds[i] & HEADING)) while (j + 1 < count && !(kinds[j + 1] & (BLANK | HEADING | CODE))) j++;
    // Hard-break runs of lines, merged while their languages agree (or one has none). A run's
    // first part is counted straight into the run: most paragraphs are one part.
    let runStart = starts[i];
    let runLanguage: string | null = null;
    let runSeparation: Separation = separation;
    let partStart = starts[i];
    let firstPart = true;
    for (let k = i; k <= j; k++) {
      scan(text, starts[k], ends[k], firstPart ? run : part, stopwords);
      if (k < j && !(kinds[k] & HARD_BREAK)) continue;
      if (firstPart) {
        if (k < j) runLanguage = languageOf(run);
        firstPart = false;
      } else {
        const partLanguage = languageOf(part);
        if (runLanguage !== null && partLanguage !== null && partLanguage !== runLanguage) {
          endRun(text, pieces, runStart, partStart, runSeparation, run, all);
          runStart = partStart;
          runSeparation = 'hardbreak';
          runLanguage = null;
        }
        moveStats(run, part);
        runLanguage = runLanguage ?? partLanguage;
      }
      partStart = k < j ? starts[k + 1] : ends[k];
    }
    endRun(text, pieces, runStart, ends[j], runSeparation, run, all);
    separation = 'paragraph';
    i = j + 1;
  }
  return pieces.filter((p) => p.end > p.start);
}

// ---------------------------------------------------------------------------------------------
// Evidence that one piece translates another

const LATIN_GROUP = new Set(LATIN_LANGUAGES);
const CJK_GROUP = new Set(['zh', 'ja']);

/** Overall size ratio of translation to original that can still be a translation. */
const MIN_RATIO = 0.25;
const MAX_RATIO = 4;
/** Per pair of paragraphs, a little looser (short lines vary more). */
const MIN_PAIR_RATIO = 0.2;
const MAX_PAIR_RATIO = 5;
/** A single pair of plain paragraphs is weak evidence: tighter bounds, and a shared token. */
const MIN_SINGLE_RATIO = 0.5;
const MAX_SINGLE_RATIO = 2;
/** ... a little looser when a hard break, the extensions' own mark, separates the pair. */
const MIN_SINGLE_BREAK_RATIO = 1 / 3;
const MAX_SINGLE_BREAK_RATIO = 3;
const MIN_SINGLE_SIZE = 12;
/** A paragraph whose main script has less than this share is too mixed to call. */
const MIN_PURITY = 0.6;
/** A glued translation must be this clearly CJK. */
const MIN_GLUED_PURITY = 0.7;

type EndClass = 'stop' | 'question' | 'colon' | 'none';

/** How a stretch ends: translations keep questions as questions and colons as colons. */
function endClass(text: string, start: number, end: number): EndClass {
  for (let i = end - 1, steps = 0; i >= start && steps < 64; i--, steps++) {
    const c = text.charCodeAt(i);
    if (c === 0x3f || c === 0xff1f) return 'question';
    if (c === 0x3a || c === 0xff1a) return 'colon';
    if (c === 0x2e || c === 0x3002 || c === 0xff0e || c === 0xff61 || c === 0x21 || c === 0xff01 || c === 0x2026) return 'stop';
    if (isAsciiAlnum(c) || c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x3b || c === 0xff1b) return 'none';
    if (c >= 0xdc00 && c <= 0xdfff) continue; // emoji (low surrogate; the high one follows)
    if (classify(c) >= 0) return 'none';
  }
  return 'none';
}

function endsAgree(text: string, a: Piece | [number, number], b: Piece | [number, number]): boolean {
  const [as, ae] = Array.isArray(a) ? a : [a.start, a.end];
  const [bs, be] = Array.isArray(b) ? b : [b.start, b.end];
  const x = endClass(text, as, ae);
  const y = endClass(text, bs, be);
  if (x === 'question' || y === 'question' || x === 'colon' || y === 'colon') return x === y;
  return true;
}

const COMMON_TOKENS = new Set(['http', 'https', 'www', 'com', 'co']);

/**
 * Tokens a translation keeps from its original: Latin words of three letters or more, numbers,
 * URLs. Lower-cased.
 */
function keptTokens(text: string, start: number, end: number): Set<string> {
  const tokens = new Set<string>();
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && text.charCodeAt(j) > 0x20 && text.charCodeAt(j) < 0x7f) j++;
    const run = text.slice(i, j).toLowerCase();
    if (run.includes('://') || run.startsWith('www.')) tokens.add(run);
    else {
      for (const part of run.split(/[^a-z0-9]+/)) {
        if (!part) continue;
        const digits = /^[0-9]+$/.test(part);
        if ((digits || part.length >= 3) && !COMMON_TOKENS.has(part)) tokens.add(part);
      }
    }
    i = j;
  }
  return tokens;
}

function shareTokens(text: string, a: [number, number], b: [number, number]): boolean {
  const left = keptTokens(text, a[0], a[1]);
  if (left.size === 0) return false;
  for (const token of keptTokens(text, b[0], b[1])) if (left.has(token)) return true;
  return false;
}

/**
 * Characters Japanese does not write (simplified forms and Chinese function words, in both
 * scripts): a kanji-only line of a Japanese post has none of them, a Chinese sentence nearly always
 * has one.
 */
const CHINESE_ONLY = new Set(
  '们这吗呢吧么没你她它个说对还让给从过时样啊哪谁怎很请认识读写语话见觉开关问门车东长经实发现动电业产应该进书' +
    '們這嗎麼沒個說還讓誰',
);

function hasChineseOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (CHINESE_ONLY.has(text[i])) return true;
  return false;
}

/** Whether a Japanese and a Chinese piece are clearly different languages, not a kana count wobble. */
function clearlyJapaneseAndChinese(text: string, ja: Piece, zh: Piece): boolean {
  const kana = ja.kana;
  if (zh.kana > 0 || kana / Math.max(1, kana + ja.han) < 0.15) return false;
  return hasChineseOnly(text, zh.start, zh.end);
}

function pairAgrees(text: string, original: Piece, translation: Piece, min: number, max: number): boolean {
  const a = original.reading;
  const b = translation.reading;
  if (!a.language || !b.language || a.language === b.language || a.size === 0) return false;
  const ratio = b.size / a.size;
  if (ratio < min || ratio > max) return false;
  if (a.language === 'ja' && b.language === 'zh' && !clearlyJapaneseAndChinese(text, original, translation)) return false;
  if (a.language === 'zh' && b.language === 'ja' && !clearlyJapaneseAndChinese(text, translation, original)) return false;
  return endsAgree(text, original, translation);
}

/**
 * Pairs of (original, translation) indexes into `pieces` when the language-bearing pieces form a
 * translation pattern: a block A1..Ak then B1..Bk, or alternating A1 B1 A2 B2 ... (k >= 2).
 */
function findPairs(text: string, pieces: Piece[], candidates: number[]): [number, number][] {
  const n = candidates.length;
  if (n < 2 || n % 2 !== 0) return [];
  if (candidates.some((i) => pieces[i].reading.purity < MIN_PURITY)) return [];
  const lang = (k: number): string | null => pieces[candidates[k]].reading.language;
  const a = lang(0);
  const k = n / 2;
  let pairs: [number, number][] = [];
  let block = true;
  for (let x = 0; x < n; x++) if (lang(x) !== (x < k ? a : lang(k))) block = false;
  if (block && lang(k) !== a) pairs = Array.from({ length: k }, (_, x) => [candidates[x], candidates[k + x]]);
  else if (k >= 2) {
    const b = lang(1);
    for (let x = 0; x < n; x++) if (lang(x) !== (x % 2 === 0 ? a : b)) return [];
    if (a === b) return [];
    pairs = Array.from({ length: k }, (_, x) => [candidates[2 * x], candidates[2 * x + 1]]);
  } else return [];

  let originalSize = 0;
  let translationSize = 0;
  for (const [o, t] of pairs) {
    originalSize += pieces[o].reading.size;
    translationSize += pieces[t].reading.size;
  }
  if (originalSize === 0 || translationSize / originalSize < MIN_RATIO || translationSize / originalSize > MAX_RATIO) return [];
  if (pairs.length === 1) {
    // A single pair is weak evidence (a post quoting one English sentence looks the same): both
    // sides long enough, closer in length, and, without a hard break between them, a shared token.
    const [o, t] = pairs[0];
    const original = pieces[o];
    const translation = pieces[t];
    if (original.reading.size < MIN_SINGLE_SIZE || translation.reading.size < MIN_SINGLE_SIZE) return [];
    if (translation.separation === 'hardbreak') return pairAgrees(text, original, translation, MIN_SINGLE_BREAK_RATIO, MAX_SINGLE_BREAK_RATIO) ? pairs : [];
    if (!pairAgrees(text, original, translation, MIN_SINGLE_RATIO, MAX_SINGLE_RATIO)) return [];
    return shareTokens(text, [original.start, original.end], [translation.start, translation.end]) ? pairs : [];
  }
  return pairs.every(([o, t]) => pairAgrees(text, pieces[o], pieces[t], MIN_PAIR_RATIO, MAX_PAIR_RATIO)) ? pairs : [];
}

const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isTerminator = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f;
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29;

interface Glued {
  original: [number, number];
  translation: [number, number];
}

/** How far back from the first CJK character a glued translation's Latin start may be. */
const GLUE_LOOKBACK = 100;

/**
 * A paragraph in a Latin-script language with its CJK translation glued on at the end: after a
 * sentence end with no space ("...I've tested.CLAUDE.md 是一个..."), after a line break, or, on a
 * single line such as a title, after a space when both halves share a word ("The complete claude
 * code tutorial 完整的 claude 代码教程").
 */
function findGlued(text: string, piece: Piece): Glued | null {
  if (!piece.reading.language || !LATIN_GROUP.has(piece.reading.language)) return null;
  const c = piece.firstCjk;
  if (c < 0 || c <= piece.start || c >= piece.end) return null;
  let boundary = -1;
  let needsShared = false;
  const lowest = Math.max(piece.start + 1, c - GLUE_LOOKBACK);
  for (let k = c; k >= lowest; k--) {
    const prev = text.charCodeAt(k - 1);
    if (prev === 0x0a) {
      boundary = k;
      break;
    }
    const cur = text.charCodeAt(k);
    const ender = isTerminator(prev) ? k - 1 : isCloser(prev) && k - 2 >= piece.start && isTerminator(text.charCodeAt(k - 2)) ? k - 2 : -1;
    if (ender <= piece.start || isUpperAscii(text.charCodeAt(ender - 1))) continue;
    if (k === c || isUpperAscii(cur) || cur === 0x22 || cur === 0x201c || cur === 0x300c) {
      boundary = k;
      break;
    }
    if (isSpace(cur)) {
      boundary = k;
      needsShared = true;
      break;
    }
  }
  if (boundary < 0) {
    // No sentence end: only a one-line piece (a title), split where the CJK starts.
    if (text.slice(piece.start, c).includes('\n')) return null;
    boundary = c;
    needsShared = true;
  }
  const original = trimmedRange(text, piece.start, boundary);
  const translation = trimmedRange(text, boundary, piece.end);
  if (original[1] <= original[0] || translation[1] <= translation[0]) return null;
  const o = read(scanLines(text, original[0], original[1]));
  const tStats = scanLines(text, translation[0], translation[1]);
  const t = read(tStats);
  if (!o.language || !LATIN_GROUP.has(o.language) || !t.language || !CJK_GROUP.has(t.language)) return null;
  if (t.purity < MIN_GLUED_PURITY || tStats.letters[HAN] + tStats.letters[KANA] < 2) return null;
  if (o.size < (needsShared ? 6 : 10)) return null;
  const ratio = t.size / o.size;
  if (ratio < MIN_SINGLE_BREAK_RATIO || ratio > MAX_SINGLE_BREAK_RATIO) return null;
  if (!endsAgree(text, original, translation)) return null;
  if (needsShared && !shareTokens(text, original, translation)) return null;
  return { original, translation };
}

/** The markdown a line starts with (heading or list marker), carried over to a glued translation. */
function lineMarker(text: string, start: number, end: number): string {
  let i = start;
  const c = text.charCodeAt(i);
  if (c === 0x23) {
    while (i < end && text.charCodeAt(i) === 0x23) i++;
  } else if (c === 0x2d || c === 0x2a || c === 0x2b) i++;
  else {
    while (i < end && i - start < 9 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === start || (text.charCodeAt(i) !== 0x2e && text.charCodeAt(i) !== 0x29)) return '';
    i++;
  }
  if (i >= end || text.charCodeAt(i) !== 0x20) return '';
  return text.slice(start, i + 1);
}

/** The text as its own original, `whole` being its letter counts (a scan of `original`). */
const untranslated = (original: string, whole: Stats): TranslationSplit => ({
  segments: original ? [{ original, translation: null }] : [],
  original,
  translation: null,
  language: { original: languageOf(whole), translation: null },
});

const WWW_BEFORE_CR = /www\.\r/i;

/**
 * Whether a "www." ends where a line readPieces scans ends but the same line of the trimmed text
 * goes on, or the other way round: before the carriage return of a CRLF line end (readPieces
 * leaves it out), or before trailing white space at the very end (trimming leaves it out). Only
 * there do the two scans differ: three Latin letters in one, a URL in the other.
 */
function wwwBeforeLineEnd(text: string, trimmed: string): boolean {
  const n = trimmed.length;
  const endsWithWww =
    n >= 4 && isW(trimmed.charCodeAt(n - 4)) && isW(trimmed.charCodeAt(n - 3)) && isW(trimmed.charCodeAt(n - 2)) && trimmed.charCodeAt(n - 1) === 0x2e;
  if (endsWithWww && text.charCodeAt(text.length - 1) !== 0x2e) return true;
  return text.includes('\r') && WWW_BEFORE_CR.test(text);
}

/**
 * Whether a text with the letter counts `whole` can hold a translation: that takes two languages,
 * so letters of two scripts, or accented Latin letters (Latin-script languages other than English
 * need them). `wwwDiffers`: paragraphs may count a "www." as Latin letters where `whole` does not
 * (see wwwBeforeLineEnd).
 */
function mayHoldTranslation(whole: Stats, wwwDiffers: boolean): boolean {
  let scripts = 0;
  let script = NONE;
  for (let s = 0; s < SCRIPTS; s++) {
    if (whole.letters[s] > 0) {
      scripts++;
      script = s;
    }
  }
  if (scripts > 1) return true;
  if (script === LATIN) return whole.accented > 0;
  return scripts === 1 && wwwDiffers;
}

/**
 * Splits a text into its original and the translation a page-translation extension put beside
 * it: after a hard line break (the rest of the text translating what came before), as paragraphs
 * (a block of paragraphs in one language then as many in another, or alternating pairs), or glued
 * onto the end of a paragraph. Conservative: the translation must be in another language, of a
 * comparable length (script-aware), end the way its original ends (question, colon), and follow
 * the original's paragraph structure; a short trailing block in another language, a quoted
 * sentence, names, code and links are not translations. Markdown is kept; segment ends are trimmed.
 */
export function splitTranslation(text: string): TranslationSplit {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') return untranslated(trimmed, NO_STATS);
  const all = ALL_STATS;
  clearStats(all);
  let pieces = readPieces(text, all, false);
  if (all.accented > 0) {
    // Function words decide between Latin-script languages: read again, counting them.
    clearStats(all);
    pieces = readPieces(text, all, true);
  }
  // The language of the whole text is that of the trimmed text scanned line by line. The lines
  // readPieces scans end before a carriage return and keep trailing white space; that changes
  // nothing but whether a "www." at a line's end is a URL.
  const wwwDiffers = wwwBeforeLineEnd(text, trimmed);
  const whole = wwwDiffers ? scanLines(trimmed, 0, trimmed.length) : all;
  if (!mayHoldTranslation(whole, wwwDiffers)) return untranslated(trimmed, whole);
  const translationOf = new Map<number, number>();
  const translated = new Set<number>();
  const glued = new Map<number, Glued>();
  const candidates: number[] = [];
  pieces.forEach((piece, index) => {
    const g = findGlued(text, piece);
    if (g) glued.set(index, g);
    else if (piece.reading.language) candidates.push(index);
  });
  for (const [o, t] of findPairs(text, pieces, candidates)) {
    translationOf.set(o, t);
    translated.add(t);
  }
  if (glued.size === 0 && translationOf.size === 0) return untranslated(trimmed, whole);

  const segments: Segment[] = [];
  const translations: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart >= 0) segments.push({ original: text.slice(runStart, runEnd), translation: null });
    runStart = -1;
  };
  pieces.forEach((piece, index) => {
    const g = glued.get(index);
    const t = translationOf.get(index);
    if (g) {
      flush();
      const sameLine = !text.slice(piece.start, g.translation[0]).includes('\n');
      const marker = sameLine ? lineMarker(text, piece.start, piece.end) : '';
      const translation = marker + text.slice(g.translation[0], g.translation[1]);
      segments.push({ original: text.slice(g.original[0], g.original[1]), translation });
      translations.push(translation);
    } else if (t !== undefined) {
      flush();
      const translation = text.slice(pieces[t].start, pieces[t].end);
      segments.push({ original: text.slice(piece.start, piece.end), translation });
      translations.push(translation);
    } else if (translated.has(index)) flush();
    else {
      if (runStart < 0) runStart = piece.start;
      runEnd = piece.end;
    }
  });
  flush();

  const original = segments.map((s) => s.original).join('\n\n');
  const language = { original: detectLanguage(original), translation: detectLanguage(translations.join('\n\n')) };
  if (!language.original || !language.translation || language.original === language.translation) return untranslated(trimmed, whole);
  return {
    segments,
    original,
    translation: segments.map((s) => s.translation ?? s.original).join('\n\n'),
    language,
  };
}
