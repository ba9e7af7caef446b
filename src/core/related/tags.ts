/** Nested tags: `ai` matches `ai/llm` and `ai/llm` matches `ai`, through the more general one. */

/** The tag's proper ancestors, deepest first (`a/b/c` -> `a/b`, `a`). */
export function tagAncestors(tag: string): string[] {
  const out: string[] = [];
  for (let i = tag.lastIndexOf('/'); i > 0; i = tag.lastIndexOf('/', i - 1)) out.push(tag.slice(0, i));
  return out;
}

/**
 * The tag through which a query tag matches a capture's tags, or null: the query tag itself
 * when the capture has it or one of its nested tags, else the query tag's deepest ancestor the
 * capture has.
 */
export function matchTag(queryTag: string, tags: ReadonlySet<string>): string | null {
  if (tags.has(queryTag)) return queryTag;
  const prefix = `${queryTag}/`;
  for (const t of tags) if (t.startsWith(prefix)) return queryTag;
  for (const a of tagAncestors(queryTag)) if (tags.has(a)) return a;
  return null;
}
