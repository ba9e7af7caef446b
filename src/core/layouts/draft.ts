import type { Author, Range } from '../types';

/** A post as a layout reader found it, before media, quotes, language and roles are worked out. */
export interface PostDraft {
  author: Author;
  date: string | null;
  url: string | null;
  statusId: string | null;
  /** The author line names someone but carries no date at all (the ad signal). */
  undated: boolean;
  /** Reply depth from the structure (0 for top-level posts of flat layouts, >= 1 for comments). */
  depth: number;
  /** The post's content lines (after its author line), with blockquote markers of its level removed. */
  body: string[];
  range: Range;
  /** Images the layout already separated from the text (e.g. Readwise's indented images). */
  images?: { alt: string; url: string }[];
}

/** What a layout reader returns: its drafts and anything worth a warning. */
export interface LayoutResult {
  drafts: PostDraft[];
  warnings: string[];
}
