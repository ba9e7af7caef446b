/** Avatar placeholders: initials and a colour picked deterministically from the handle. */
import type { Author } from '../core/types';

export const AVATAR_COLORS = 8;

const LETTER = /[\p{L}\p{N}]/u;
// Scripts written without spaces between words: one character is the conventional initial.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

const firstLetter = (word: string): string => {
  for (const ch of word) if (LETTER.test(ch)) return ch;
  return '';
};

/** One or two initials from the author's name, else from the handle; "?" when neither has a letter. */
export function initials(author: Author): string {
  const words = (author.name ?? '').split(/\s+/).filter((w) => firstLetter(w) !== '');
  if (words.length > 0) {
    const first = firstLetter(words[0]);
    if (UNSPACED.test(first) || words.length === 1) return first.toLocaleUpperCase();
    return (first + firstLetter(words[words.length - 1])).toLocaleUpperCase();
  }
  const fromHandle = firstLetter(author.handle ?? '');
  return fromHandle ? fromHandle.toLocaleUpperCase() : '?';
}

/** A colour index 0..7 from the handle (or name), stable across renders and sessions. */
export function avatarColor(author: Author): number {
  const key = (author.handle ?? author.name ?? '').toLowerCase();
  // FNV-1a: tiny and spreads similar handles across the palette.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % AVATAR_COLORS;
}
