/** Language names and which posts have something to toggle. */
import type { PostReport, Segment } from '../core/types';

// Building an Intl.DisplayNames costs about a millisecond: one per locale, one lookup per code.
const displayNames = new Map<string, Intl.DisplayNames>();
const names = new Map<string, string>();

/** The language's name in the reader's language ("Chinese", "中国語"); the code itself if unknown. */
export function languageName(code: string | null | undefined, locale: string | undefined): string | null {
  if (!code) return null;
  const key = `${locale ?? ''}\u0000${code}`;
  let name = names.get(key);
  if (name === undefined) {
    let display = displayNames.get(locale ?? '');
    if (display === undefined) {
      try {
        display = new Intl.DisplayNames(locale ? [locale, 'en'] : undefined, { type: 'language', fallback: 'code' });
      } catch {
        // Not a valid language tag: English names rather than bare codes.
        display = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
      }
      displayNames.set(locale ?? '', display);
    }
    try {
      name = display.of(code) ?? code;
    } catch {
      name = code;
    }
    names.set(key, name);
  }
  return name;
}

/** The post's text as segments; a post without segments is one segment from its text fields. */
export function postSegments(post: PostReport): Segment[] {
  if (post.segments.length > 0) return post.segments;
  if (!post.text.original && !post.text.translation) return [];
  return [{ original: post.text.original, translation: post.text.translation }];
}

const hasText = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/** True when the post or its quoted post has a translation to toggle. */
export function hasTranslation(post: PostReport): boolean {
  return postSegments(post).some((s) => hasText(s.translation)) || hasText(post.quote?.split.translation);
}

/**
 * The languages to name for a post's toggle: the post's own pair when its text is translated,
 * else its quoted post's (a post in Chinese quoting an English post with its translation).
 */
export function translationPair(post: PostReport): { original: string | null; translation: string | null } {
  const own = postSegments(post).some((s) => hasText(s.translation));
  const langs = own || !post.quote ? post.language : post.quote.language;
  return { original: langs.original, translation: langs.translation };
}
