/**
 * Turns capture text into terms for similarity across scripts: words for scripts that space
 * their words, character bigrams for Chinese, Japanese and Korean, and Intl.Segmenter words for
 * scripts that neither space words nor suit bigrams (Thai, Lao, Khmer, Myanmar).
 *
 * Bigrams rather than Intl.Segmenter for CJK: they need no dictionary, match across segmentation
 * mistakes and cost about a sixteenth of the segmenter's time, which decides whether 10,000
 * captures index in seconds.
 */

const URL = /\bhttps?:\/\/[^\s)\]>]+/g;
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~>])/g;
const MENTION = /(^|[^\p{L}\p{N}_@])@[A-Za-z0-9_]{1,15}/gu;
// CJK runs (Han with kana, so Japanese phrases stay whole), Hangul runs, unspaced scripts, other words.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆';
const HANGUL = '\\p{Script=Hangul}';
const UNSPACED = '\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const TOKEN = new RegExp(
  `([${CJK}]+)|([${HANGUL}]+)|([${UNSPACED}][${UNSPACED}\\p{M}]*)|((?:(?![${CJK}${HANGUL}${UNSPACED}])[\\p{L}\\p{N}\\p{M}])+)`,
  'gu',
);
const DIGITS = /^\p{N}+$/u;
const LATIN_WORD = /^[a-z]+$/;
const MAX_TERM = 40;

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** A crude English plural fold ("models" -> "model") so singular and plural meet. */
function fold(word: string): string {
  if (word.length >= 5 && word.endsWith('s') && LATIN_WORD.test(word) && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function pushBigrams(run: string, out: string[]): void {
  if (run.length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
}

/**
 * Text without what would drown the words: URLs, markdown escapes and @mentions (mentions
 * count as shared people, not as shared text).
 */
export function cleanText(text: string): string {
  return text.replace(URL, ' ').replace(MARKDOWN_ESCAPE, '$1').replace(MENTION, '$1 ');
}

/**
 * The terms of a text, in order, appended to `out`: lower-cased NFKC words (two characters or
 * more, not all digits), CJK and Hangul character bigrams (a lone character stays a unigram),
 * segmenter words for unspaced scripts.
 */
export function tokenize(text: string, out: string[] = []): string[] {
  const clean = cleanText(text).normalize('NFKC').toLowerCase();
  for (const m of clean.matchAll(TOKEN)) {
    if (m[1] !== undefined || m[2] !== undefined) {
      pushBigrams(m[0], out);
    } else if (m[3] !== undefined) {
      const seg = wordSegmenter();
      if (!seg) {
        pushBigrams(m[0], out);
        continue;
      }
      for (const part of seg.segment(m[0])) if (part.isWordLike && part.segment.length <= MAX_TERM) out.push(part.segment);
    } else {
      const word = m[0];
      if (word.length < 2 || word.length > MAX_TERM || DIGITS.test(word)) continue;
      out.push(fold(word));
    }
  }
  return out;
}
