import { parseDay } from '../dates';
import { isSeparator, type Line } from '../lines';
import { parseStatusUrl } from '../x-url';
import type { LayoutResult, PostDraft } from './draft';

const HEADER = /^(.*?)\s*\(\[@([A-Za-z0-9_]{1,60})\]\((https?:\/\/[^)\s]+)\)\)\s*-\s*(.+?)\s*$/;
const TWEET_LINK = /^\[Tweet link\]\((https?:\/\/[^)\s]+)\)\s*$/i;
const AVATAR = /^!\[[^\]]*\]\(https?:\/\/[^)\s]*profile_images[^)\s]*\)\s*$/;

// The header's lazy name part makes the expression slow on long lines: only lines holding the
// literal `([@` it needs are tried.
const isHeader = (l: Line): boolean => l.text.includes('([@') && HEADER.test(l.text);

/** Whether the body is a tweet-to-markdown export (`Name ([@handle](url)) - date`). */
export const isTweetToMarkdown = (lines: Line[]): boolean => lines.some(isHeader);

/**
 * Reads tweet-to-markdown exports: per tweet an avatar line, `Name ([@handle](url)) - date`, the
 * text and `[Tweet link](url)`, tweets separated by `---`. Notes after the last tweet are not posts.
 */
export function readTweetToMarkdown(lines: Line[]): LayoutResult {
  const drafts: PostDraft[] = [];
  let current: PostDraft | null = null;
  lines.forEach((line, i) => {
    const head = HEADER.exec(line.text);
    if (head) {
      const avatar = i > 0 && AVATAR.test(lines[i - 1].text) ? lines[i - 1] : line;
      current = {
        author: { name: head[1].trim() || null, handle: head[2] },
        date: parseDay(head[4]),
        url: null,
        statusId: null,
        undated: false,
        depth: drafts.length === 0 ? 0 : 1,
        body: [],
        range: { start: avatar.start, end: line.end },
      };
      drafts.push(current);
      return;
    }
    if (!current) return;
    const link = TWEET_LINK.exec(line.text);
    if (link) {
      current.url = link[1];
      current.statusId = parseStatusUrl(link[1])?.statusId ?? null;
      current.range.end = line.end;
      current = null;
      return;
    }
    if (AVATAR.test(line.text) || isSeparator(line)) return;
    current.body.push(line.text);
    if (line.text.trim() !== '') current.range.end = line.end;
  });
  return { drafts, warnings: [] };
}
