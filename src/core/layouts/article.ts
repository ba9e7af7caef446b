import type { Line } from '../lines';
import type { LayoutResult } from './draft';
import { mainDraft, type MainPostMeta } from './post';

/** Reads an X Article: one long post (headings, images) whose author comes from the frontmatter. */
export function readArticle(lines: Line[], meta: MainPostMeta, title: string | null): LayoutResult {
  let from = 0;
  // The clipper repeats the title as an H1; it is the header, not the text.
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first >= 0 && /^#\s/.test(lines[first].text) && (!title || lines[first].text.slice(2).trim() === title.trim())) {
    from = first + 1;
  }
  const main = mainDraft(lines.slice(from), meta);
  return main ? { drafts: [main], warnings: [] } : { drafts: [], warnings: ['the article has no text'] };
}

const HEADING = /^#{1,3}\s+\S/;
const COMMENTS = /^#{1,3}\s+(?:Comments|评论|コメント)\s*$/i;

/** Whether a body without author lines reads as an article rather than a post: it has sections. */
export function looksLikeArticle(lines: Line[], authorIsUnknown: boolean, title: string | null): boolean {
  // Only lines starting with '#' are tried: the expressions would fail on the others anyway.
  const headings = lines.filter((l) => l.text.charCodeAt(0) === 0x23 && HEADING.test(l.text) && !COMMENTS.test(l.text));
  const firstText = lines.find((l) => l.text.trim() !== '');
  const titleHeading = !!firstText && /^#\s/.test(firstText.text) && !!title && firstText.text.slice(2).trim() === title.trim();
  return (authorIsUnknown && (titleHeading || headings.length >= 2)) || headings.length >= 3;
}
