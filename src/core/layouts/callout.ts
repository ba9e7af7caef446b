import { parseDay } from '../dates';
import { isBlank, type Line } from '../lines';
import { dequote } from './comments';
import type { LayoutResult, PostDraft } from './draft';
import type { MainPostMeta } from './post';

const HEADER = /^\[!(tweet|reply|tip|quote)\][+-]?\s*(?::[a-z_]+:\s*)?@([A-Za-z0-9_]{1,60})\s*[·•]\s*(.+?)\s*$/i;
const METRICS = /^(?:\*\d[\d,.]*\s+likes?\*|Likes:\s*[\d,.]+\s*·.*)$/i;

const TWEET_CALLOUT = /^>\s*\[!tweet\]/i;

/** Whether the body uses tweet callouts (`> [!tweet] @handle · date`); only quote lines are tried. */
export const hasTweetCallouts = (lines: Line[]): boolean => lines.some((l) => l.text.charCodeAt(0) === 0x3e && TWEET_CALLOUT.test(l.text));

/**
 * Reads callout exports: `> [!tweet]` for the main post, `> [!reply]` for replies, and the
 * `> [!tip]+ :leftwards_arrow_with_hook:` callouts whose text follows in the next blockquote
 * (the main author answering the reply above, so one level deeper).
 */
export function readCallouts(lines: Line[], meta: MainPostMeta): LayoutResult {
  const drafts: PostDraft[] = [];
  let current: PostDraft | null = null;
  for (const line of lines) {
    const q = dequote(line.text);
    if (q.depth === 0) {
      // A blank line ends a callout but not the hook callout, whose text is the next blockquote.
      if (!isBlank(line)) current = null;
      continue;
    }
    const head = HEADER.exec(q.text.trim());
    if (head) {
      const kind = head[1].toLowerCase();
      const main = kind === 'tweet';
      current = {
        author: { name: main ? meta.author.name : null, handle: head[2] },
        date: parseDay(head[3]),
        url: main ? meta.url : null,
        statusId: main ? meta.statusId : null,
        undated: false,
        depth: main ? 0 : kind === 'tip' ? 2 : 1,
        body: [],
        range: { start: line.start, end: line.end },
      };
      drafts.push(current);
      continue;
    }
    if (/^\[!\w+\]/.test(q.text.trim())) {
      current = null;
      continue;
    }
    if (!current) continue;
    if (METRICS.test(q.text.trim())) continue;
    current.body.push(q.text);
    if (q.text.trim() !== '') current.range.end = line.end;
  }
  return { drafts, warnings: [] };
}
