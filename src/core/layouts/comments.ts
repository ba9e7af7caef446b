import { isBlank, type Line } from '../lines';
import { readCommentAuthorLine } from './author-line';
import type { PostDraft } from './draft';

const QUOTE_PREFIX = /^((?:>[ \t]?)+)/;

/** Blockquote depth of a line and its text without the markers. */
export function dequote(text: string): { depth: number; text: string } {
  // Most lines are no quote: skip the expression.
  if (text.charCodeAt(0) !== 0x3e) return { depth: 0, text };
  const m = QUOTE_PREFIX.exec(text);
  if (!m) return { depth: 0, text };
  let depth = 0;
  for (const ch of m[1]) if (ch === '>') depth++;
  return { depth, text: text.slice(m[1].length) };
}

/**
 * Reads replies written as blockquotes (`> **Name @handle** · [date](url)`), nested replies as
 * `> > **...**`. Each reply is its own draft; a nested reply's lines are not part of its parent.
 */
export function readComments(lines: Line[]): PostDraft[] {
  const drafts: PostDraft[] = [];
  let current: { draft: PostDraft; lastContent: number } | null = null;
  const close = (): void => {
    if (current) current.draft.range.end = lines[current.lastContent].end;
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.charCodeAt(0) !== 0x3e) {
      // Not in a blockquote (depth 0): read no further.
      if (!isBlank(line)) close();
      continue;
    }
    const q = dequote(line.text);
    const author = readCommentAuthorLine(q.text);
    if (author) {
      close();
      const draft: PostDraft = {
        author: { name: author.name, handle: author.handle },
        date: author.date,
        url: author.url,
        statusId: author.statusId,
        undated: author.undated,
        depth: q.depth,
        body: [],
        range: { start: line.start, end: line.end },
      };
      drafts.push(draft);
      current = { draft, lastContent: i };
      continue;
    }
    if (!current) continue;
    const c = current;
    // Strip this reply's own markers only, so a quote inside a reply stays a quote. Lines of a
    // shallower level after a nested reply stay with it: no line is lost.
    const markers = line.text.length - q.text.length;
    c.draft.body.push(q.depth >= c.draft.depth ? line.text.slice(markersEnd(line.text, markers, c.draft.depth)) : q.text);
    if (q.text.trim() !== '') c.lastContent = i;
  }
  close();
  return drafts;
}

/**
 * Where the first `count` blockquote markers of a line end, `markers` being where all of them end
 * (so deeper quotes inside a reply stay quoted).
 */
function markersEnd(text: string, markers: number, count: number): number {
  let seen = 0;
  let i = 0;
  while (i < markers && seen < count) {
    if (text.charCodeAt(i) === 0x3e) seen++;
    i++;
  }
  if (i < markers && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}
