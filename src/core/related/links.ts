/** Note links: finding them in markdown and matching them to note paths the way Obsidian resolves them. */

const WIKILINK = /!?\[\[([^\]|#^\n]*)(?:[#^][^\]|\n]*)?(?:\|[^\]\n]*)?\]\]/g;
const MARKDOWN_LINK = /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"\n]*")?\s*\)/g;
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A link target as the index compares it: lower-cased, without a subpath, `.md`, `./` or a
 * leading `/`. Empty when the target is not a note (external URL, a heading of the same note).
 */
export function linkKey(target: string): string {
  let t = target.trim();
  if (t === '' || EXTERNAL.test(t)) return '';
  t = t.replace(/[#^].*$/, '').replace(/^(?:\.\/|\/)+/, '');
  try {
    t = decodeURIComponent(t);
  } catch {
    // A stray % is part of the name.
  }
  return t.replace(/\.md$/i, '').toLowerCase();
}

/** The key of a note path, to compare with link keys: lower-cased, without `.md`. */
export function pathKey(path: string): string {
  return path.replace(/\.md$/i, '').toLowerCase();
}

/** The last segment of a key (what a link without folders names). */
export function baseKey(key: string): string {
  const slash = key.lastIndexOf('/');
  return slash === -1 ? key : key.slice(slash + 1);
}

/**
 * Whether a link key names the note at `path`: the whole path, or its trailing folders and name
 * (`[[Clippings/Post]]` or `[[Post]]` for `Clippings/Post.md`).
 */
export function linkMatchesPath(key: string, path: string): boolean {
  if (key === '') return false;
  const p = pathKey(path);
  return p === key || p.endsWith(`/${key}`);
}

/** Link keys of every wikilink, embed and relative markdown link in a note's text, deduplicated. */
export function extractNoteLinks(text: string): string[] {
  const keys = new Set<string>();
  for (const m of text.matchAll(WIKILINK)) {
    const key = linkKey(m[1]);
    if (key) keys.add(key);
  }
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    const key = linkKey(m[1]);
    if (key) keys.add(key);
  }
  return [...keys];
}
