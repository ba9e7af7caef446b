import type { Range } from '../types';

/** One thing an edit changed, described for notices, previews and `xcap clean`. */
export interface EditChange {
  /** What kind of change: a promoted post removed, the tags property rewritten, ... */
  kind: 'promoted-post' | 'tags';
  /** One line for people, e.g. "@brand: Supercharge your productivity…" or "tags: 3 → 2". */
  summary: string;
  /** Where the changed text was in the input. */
  range: Range;
  /** The input's text at `range`, and what replaced it. */
  before: string;
  after: string;
}

/**
 * What every edit returns. `text` is the input unchanged (the same string) when nothing needed
 * changing or when the edit refused (`error` says why, e.g. invalid frontmatter).
 */
export interface EditResult {
  text: string;
  changes: EditChange[];
  error: string | null;
}
