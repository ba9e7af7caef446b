import { getProperty, getString } from '../frontmatter';
import { isXUrl } from '../x-url';

/** Keys other tools keep an X post's URL or id under. */
const URL_KEYS = ['x_tweet_url', 'tweet_url', 'tweet', 'x_url'];
const ID_KEYS = ['tweet_id', 'x_tweet_id', 'status_id', 'id_str'];
const X_TITLE = /\b(?:thread|post) by @[A-Za-z0-9_\\]+|\bon (?:X|Twitter): |\/ (?:X|Twitter)"?\s*$/i;

/**
 * Whether a note's frontmatter (as Obsidian's metadata cache holds it) says it may be an X
 * capture, so the index reads only such notes: a source on x.com or twitter.com, a tweet id, or a
 * title in the clipper's shape ("Thread by @handle", "Name on X: ..."). Generous on purpose: the
 * parser makes the final call. Notes without frontmatter (Readwise exports) are not read.
 */
export function mayBeCapture(frontmatter: Record<string, unknown> | null | undefined): boolean {
  if (!frontmatter) return false;
  const source = getString(frontmatter, 'source');
  if (isXUrl(source)) return true;
  for (const key of URL_KEYS) {
    const v = frontmatter[key];
    if (typeof v === 'string' && isXUrl(v)) return true;
  }
  for (const key of ID_KEYS) {
    const v = frontmatter[key];
    if ((typeof v === 'string' || typeof v === 'number') && /^\d{5,20}$/.test(String(v))) return true;
  }
  const title = getProperty(frontmatter, 'title');
  return typeof title === 'string' && X_TITLE.test(title);
}

/** A folder setting as a path prefix: trimmed, no leading or trailing slash ('' is the vault). */
const folderKey = (folder: string): string => folder.trim().replace(/^\/+|\/+$/g, '');

const inFolder = (path: string, folder: string): boolean => folder === '' || path === folder || path.startsWith(`${folder}/`);

/**
 * Whether the index reads a note at `path`: inside one of `include` (all the vault when empty)
 * and inside none of `exclude`.
 */
export function inIndexedFolders(path: string, include: readonly string[], exclude: readonly string[]): boolean {
  const inc = include.map(folderKey);
  const exc = exclude.map(folderKey).filter((f) => f !== '');
  return (inc.length === 0 || inc.some((f) => inFolder(path, f))) && !exc.some((f) => inFolder(path, f));
}
