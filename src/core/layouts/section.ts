import type { Line } from '../lines';
import type { LayoutResult } from './draft';
import { mainDraft, type MainPostMeta } from './post';

const ORIGINAL_HEADING = /^#{2,3}\s+(?:原文|Original|Tweet|Post|オリジナル|元のツイート)\s*$/i;

/** Index of the heading above a tool's copy of the original post (`## 原文`), or -1. */
export const originalSection = (lines: Line[]): number => lines.findIndex((l) => l.text.includes('#') && ORIGINAL_HEADING.test(l.text.trim()));

/**
 * Reads notes from crawlers and summarizers that keep the tweet's text under a heading after
 * their own summary: the post is that section only; the summary is not part of it.
 */
export function readSection(lines: Line[], meta: MainPostMeta): LayoutResult {
  const heading = originalSection(lines);
  let end = lines.length;
  for (let i = heading + 1; i < lines.length; i++) {
    if (/^#{1,3}\s/.test(lines[i].text)) {
      end = i;
      break;
    }
  }
  const main = mainDraft(lines.slice(heading + 1, end), meta);
  return main ? { drafts: [main], warnings: [] } : { drafts: [], warnings: ['the original post section is empty'] };
}
