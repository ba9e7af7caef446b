import { unescapeMarkdown } from '../markdown';
import { parseStatusUrl } from '../x-url';

/** What an author line says: who, and when (linked, plain or absent). */
export interface AuthorLine {
  name: string;
  handle: string;
  date: string | null;
  url: string | null;
  statusId: string | null;
  /** No date at all: neither a link nor plain text. */
  undated: boolean;
}

const HANDLE = String.raw`@((?:\\_|[A-Za-z0-9_]){1,60})`;
const DATE_PART = String.raw`(?:\[(\d{4}-\d{2}-\d{2})\]\((\S+?)\)|(\d{4}-\d{2}-\d{2}))?`;
// Thread layout: **Name** @handle [YYYY-MM-DD](url) | **Name** @handle YYYY-MM-DD | **Name** @handle
const THREAD_LINE = new RegExp(String.raw`^\*\*(.+?)\*\*[ \t]+${HANDLE}[ \t]*${DATE_PART}[ \t]*$`);
// Comments: > **Name @handle** · [YYYY-MM-DD](url), with the blockquote markers already removed
const COMMENT_LINE = new RegExp(String.raw`^\*\*(.+?)[ \t]+${HANDLE}\*\*[ \t]*(?:[·•][ \t]*${DATE_PART})?[ \t]*$`);

function build(m: RegExpExecArray): AuthorLine {
  const [, rawName, rawHandle, linkedDate, link, plainDate] = m;
  const ref = parseStatusUrl(link);
  return {
    name: unescapeMarkdown(rawName).trim(),
    handle: unescapeMarkdown(rawHandle),
    date: linkedDate ?? plainDate ?? null,
    url: link && /^https?:\/\//i.test(link) ? link : null,
    statusId: ref?.statusId ?? null,
    undated: !linkedDate && !plainDate,
  };
}

/** Reads a thread-layout author line (`**Name** @handle [date](url)`), or null. */
export function readThreadAuthorLine(line: string): AuthorLine | null {
  if (!line.startsWith('**')) return null;
  const m = THREAD_LINE.exec(line.trim());
  return m ? build(m) : null;
}

/** Reads a comment author line (`**Name @handle** · [date](url)`, quote markers removed), or null. */
export function readCommentAuthorLine(line: string): AuthorLine | null {
  if (!line.startsWith('**')) return null;
  const m = COMMENT_LINE.exec(line.trim());
  return m ? build(m) : null;
}
