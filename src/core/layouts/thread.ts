import { isBlank, isSeparator, type Line } from '../lines';
import { readThreadAuthorLine, type AuthorLine } from './author-line';
import type { LayoutResult, PostDraft } from './draft';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** Whether a line starting with `c` may be a fence: '`', '~' or white space (the expression's \s). */
const mayOpenFence = (c: number): boolean => c === 0x60 || c === 0x7e || c <= 0x20 || c >= 0xa0;

/** Indexes of lines outside fenced code blocks for which `test` holds. */
export function findLines(lines: Line[], test: (text: string) => boolean): number[] {
  const found: number[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    const f = mayOpenFence(t.charCodeAt(0)) ? FENCE.exec(t) : null;
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence === null && test(t)) found.push(i);
  }
  return found;
}

/** A thread-layout author line: its index in the lines and what it says. */
export interface ThreadHead {
  index: number;
  author: AuthorLine;
}

const startsBold = (t: string): boolean => t.charCodeAt(0) === 0x2a && t.charCodeAt(1) === 0x2a;

/** The thread layout's author lines (outside code), with what each says. */
export function threadAuthorLines(lines: Line[]): ThreadHead[] {
  const out: ThreadHead[] = [];
  for (const index of findLines(lines, startsBold)) {
    const author = readThreadAuthorLine(lines[index].text);
    if (author) out.push({ index, author });
  }
  return out;
}

/**
 * Reads the thread layout: each post runs from its author line to the separator before the next
 * author line. Anything before the first author line (an H1 title, a summary someone wrote above
 * the clip) is not a post. `heads`: the author lines when the caller has them already.
 */
export function readThread(lines: Line[], heads: ThreadHead[] = threadAuthorLines(lines)): LayoutResult {
  const drafts: PostDraft[] = [];
  heads.forEach(({ index, author }, k) => {
    let last = (k + 1 < heads.length ? heads[k + 1].index : lines.length) - 1;
    // Trailing blank lines and separators (before the next post, or a stray one at the end) belong to no post.
    while (last > index && isBlank(lines[last])) last--;
    while (last > index && isSeparator(lines[last])) {
      last--;
      while (last > index && isBlank(lines[last])) last--;
    }
    const body = lines.slice(index + 1, last + 1).map((l) => l.text);
    drafts.push({
      author: { name: author.name, handle: author.handle },
      date: author.date,
      url: author.url,
      statusId: author.statusId,
      undated: author.undated,
      depth: k === 0 ? 0 : 1,
      body,
      range: { start: lines[index].start, end: lines[last].end },
    });
  });
  return { drafts, warnings: [] };
}
