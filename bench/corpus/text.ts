import { EMOJI, EN_ENDINGS, FILLERS, JA_ENDINGS, JA_PARTICLES, TOPIC_WORDS, ZH_ENDINGS, type Lang, type Topic, type Word } from './lexicon';
import type { People } from './people';
import { chance, int, pick, token, type Rng } from './random';

/** A sentence planned once and written in any language (a word list, where a comma goes, how it ends). */
export interface Sentence {
  words: Word[];
  comma: number;
  end: number;
}

/** Text kept as is in every language: mentions, links, hashtags, emoji, escaped markdown. */
export type Piece = Sentence | string;

export interface Paragraph {
  pieces: Piece[];
}

/** A post's text: planned once, written in its language, translatable into the others. */
export interface Content {
  lang: Lang;
  paragraphs: Paragraph[];
}

/** How a page-translation extension left its mark on the captured text. */
export type TranslationStyle = 'none' | 'pair' | 'only' | 'glued';

const ASCII_WORD = /^[\x20-\x7e]+$/;

/** Markdown escapes the clipper writes in names, handles and text (`_` and `*` escaped, a leading `-` too). */
export function escapeMd(text: string): string {
  return text.replace(/([_*[\]])/g, '\\$1').replace(/^([-+#])/, '\\$1');
}

export function sentence(rng: Rng, topics: readonly Topic[]): Sentence {
  const n = int(rng, 4, 13);
  const words: Word[] = [];
  for (let i = 0; i < n; i++) words.push(chance(rng, 0.35) ? pick(rng, TOPIC_WORDS[pick(rng, topics)]) : pick(rng, FILLERS));
  return { words, comma: chance(rng, 0.5) ? int(rng, 2, Math.max(2, n - 2)) : -1, end: int(rng, 0, 4) };
}

function writeSentence(s: Sentence, lang: Lang): string {
  if (lang === 'en') {
    const text = s.words.map((word, i) => (i === s.comma ? `${word.en},` : word.en)).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + EN_ENDINGS[s.end];
  }
  if (lang === 'zh') {
    let text = '';
    s.words.forEach((word, i) => {
      // Chinese writers usually space Latin words off from the characters around them.
      text += ASCII_WORD.test(word.zh) ? ` ${word.zh} ` : word.zh;
      if (i === s.comma) text = `${text.trimEnd()}，`;
    });
    return text.trim().replace(/ {2,}/g, ' ') + ZH_ENDINGS[s.end];
  }
  let text = '';
  s.words.forEach((word, i) => {
    text += word.ja + (i === s.words.length - 1 ? '' : JA_PARTICLES[(i * 7 + word.ja.length) % JA_PARTICLES.length]);
    if (i === s.comma) text += '、';
  });
  return text + JA_ENDINGS[s.end];
}

/** Writes a paragraph in `lang` (sentences translated, literal pieces kept). */
export function writeParagraph(p: Paragraph, lang: Lang): string {
  let out = '';
  let previous: Piece | null = null;
  for (const piece of p.pieces) {
    const text = typeof piece === 'string' ? piece : writeSentence(piece, lang);
    // CJK sentences follow each other without a space; everything else is spaced.
    const glue = previous === null || (lang !== 'en' && typeof piece !== 'string' && typeof previous !== 'string') ? '' : ' ';
    out += glue + text;
    previous = piece;
  }
  return out;
}

/** Things posts carry besides words: mentions of other corpus authors, links, hashtags, emoji. */
function extra(rng: Rng, people: People | null, topics: readonly Topic[]): string {
  const kind = int(rng, 0, 5);
  if (kind === 0 && people) return `@${escapeMd(people.pickAny(rng).handle)}`;
  if (kind === 1) return `https://t.co/${token(rng, 10)}`;
  if (kind === 2) return `https://github.com/${token(rng, 6, 'abcdefghijklmnopqrstuvwxyz')}/${token(rng, 8, 'abcdefghijklmnopqrstuvwxyz-')}…`;
  if (kind === 3) return `#${TOPIC_WORDS[pick(rng, topics)][0].en.replace(/\s+/g, '')}`;
  return pick(rng, EMOJI);
}

export interface ContentOptions {
  lang: Lang;
  topics: readonly Topic[];
  /** Paragraph count (inclusive range). */
  paragraphs: [number, number];
  /** Sentences per paragraph (inclusive range). */
  sentences?: [number, number];
  people?: People | null;
}

/** Plans a post's text: paragraphs of sentences with the odd mention, link, list marker or escaped rule. */
export function content(rng: Rng, o: ContentOptions): Content {
  const paragraphs: Paragraph[] = [];
  const [lo, hi] = o.sentences ?? [1, 3];
  const count = int(rng, o.paragraphs[0], o.paragraphs[1]);
  let listNumber = 0;
  for (let i = 0; i < count; i++) {
    const pieces: Piece[] = [];
    const shape = rng();
    if (shape < 0.08) {
      listNumber++;
      pieces.push(`${listNumber}\\.`, sentence(rng, o.topics));
    } else if (shape < 0.12) {
      pieces.push(pick(rng, ['\\-', '•']), sentence(rng, o.topics));
    } else if (shape < 0.13 && i > 0) {
      pieces.push('\\---');
    } else {
      if (chance(rng, 0.1)) pieces.push(pick(rng, EMOJI));
      const n = int(rng, lo, hi);
      for (let s = 0; s < n; s++) pieces.push(sentence(rng, o.topics));
      if (chance(rng, 0.25)) pieces.push(extra(rng, o.people ?? null, o.topics));
    }
    paragraphs.push({ pieces });
  }
  return { lang: o.lang, paragraphs };
}

/**
 * The text block of a post as the clipper saved it: the original, or the original and its
 * translation the way page-translation extensions leave them (hard break, translation only, glued).
 */
export function writeContent(c: Content, style: TranslationStyle, target: Lang): string {
  const original = c.paragraphs.map((p) => writeParagraph(p, c.lang));
  if (style === 'none' || target === c.lang) return original.join('\n\n');
  const translated = c.paragraphs.map((p) => writeParagraph(p, target));
  if (style === 'only') return `  \n${translated.join('\n\n')}`;
  if (style === 'glued') return original.map((p, i) => p + translated[i]).join('\n\n');
  return `${original.join('\n\n')}  \n${translated.join('\n\n')}`;
}

/** The first `max` characters of a text on one line (descriptions, renamed titles). */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max);
}

/** UTF-8 size of a string (what a file of it weighs on disk) without Node's Buffer. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
