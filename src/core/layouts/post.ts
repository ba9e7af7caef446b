import { contentRange, isBlank, isSeparator, type Line } from '../lines';
import { readComments } from './comments';
import type { Author } from '../types';
import type { LayoutResult, PostDraft } from './draft';

/** What the frontmatter says of the main post when the body has no author line. */
export interface MainPostMeta {
  author: Author;
  date: string | null;
  url: string | null;
  statusId: string | null;
}

const COMMENTS_HEADING = /^#{1,3}\s+(?:Comments|Replies|评论|評論|回复|コメント|返信|댓글)\s*$/i;

/** Index of the comments heading (`## Comments`), or -1. */
export function commentsHeading(lines: Line[]): number {
  return lines.findIndex((l) => l.text.includes('#') && COMMENTS_HEADING.test(l.text.trim()));
}

/** The main post of a body without author lines: the whole text, `---` joining continuation parts. */
export function mainDraft(lines: Line[], meta: MainPostMeta): PostDraft | null {
  const range = contentRange(lines.filter((l) => !isSeparator(l)));
  if (!range) return null;
  const inside = lines.filter((l) => l.start >= range.start && l.end <= range.end);
  return {
    ...meta,
    author: { ...meta.author },
    undated: false,
    depth: 0,
    body: inside.map((l) => (isSeparator(l) ? '' : l.text)),
    range,
  };
}

/**
 * Reads the post layout (Web Clipper, 2026): the main post's text with no author line (author and
 * date from frontmatter), then `---` and `## Comments` with replies as blockquotes.
 */
export function readPost(lines: Line[], meta: MainPostMeta): LayoutResult {
  const heading = commentsHeading(lines);
  let mainEnd = heading < 0 ? lines.length : heading;
  // The separator before the heading closes the main post.
  while (mainEnd > 0 && (isBlank(lines[mainEnd - 1]) || isSeparator(lines[mainEnd - 1]))) mainEnd--;
  const drafts: PostDraft[] = [];
  const main = mainDraft(lines.slice(0, mainEnd), meta);
  if (main) drafts.push(main);
  if (heading >= 0) drafts.push(...readComments(lines.slice(heading + 1)));
  return { drafts, warnings: main ? [] : ['the main post has no text'] };
}
