/**
 * The capture report: the core's public shape (DESIGN.md section 4), printed by
 * `xcap inspect --json` and consumed by the renderer, the edits and the related index.
 * Fields beyond DESIGN.md are additive; the documented ones keep their meaning.
 */

export type Layout = 'thread' | 'post' | 'article' | 'other';
export type Role = 'main' | 'thread' | 'reply';

/** UTF-16 offsets into the file's text, `end` exclusive. */
export interface Range {
  start: number;
  end: number;
}

export interface Author {
  name: string | null;
  /** Without '@', markdown escapes undone. */
  handle: string | null;
}

export interface Media {
  kind: 'image' | 'video' | 'link';
  url: string;
  /** Image alt text or link-card title, when the capture has one. */
  alt?: string;
}

export interface Quote {
  author: Author | null;
  /** YYYY-MM-DD. */
  date: string | null;
  url: string | null;
  /** The quoted text as captured (original and translation together, markdown kept). */
  text: string;
  /** The quoted text split into original and translation. */
  split: { original: string; translation: string | null };
  language: { original: string | null; translation: string | null };
  media: Media[];
}

/** One stretch of a post's text with its machine translation, when the capture has one. */
export interface Segment {
  original: string;
  translation: string | null;
}

export interface PostReport {
  role: Role;
  /** 0 main/thread, 1 reply, 2 reply to a reply, ... */
  depth: number;
  author: Author;
  /** YYYY-MM-DD (UTC day). */
  date: string | null;
  /** Exact creation time (ISO 8601, UTC) decoded from the status id, when there is one. */
  time: string | null;
  url: string | null;
  statusId: string | null;
  promoted: boolean;
  /** Why the post counts as promoted (empty when it does not). */
  promotedSignals: string[];
  media: Media[];
  quote: Quote | null;
  /** Script-based language codes ('en', 'zh', 'ja', 'ko', ...); null when the text has no letters. */
  language: { original: string | null; translation: string | null };
  /**
   * Plain text with markdown kept; images and the quote are not part of it. `translation` is the
   * text as the translation view reads (translated stretches in place of their originals), or null.
   */
  text: { original: string; translation: string | null };
  /** The text in order, each stretch with its translation (for showing both side by side). */
  segments: Segment[];
  /** The post's whole block in the file (author line to last line, separators excluded). */
  range: Range;
}

export interface CaptureReport {
  file: string;
  isCapture: boolean;
  layout: Layout | null;
  source: { url: string | null; handle: string | null; statusId: string | null };
  posts: PostReport[];
  /** Without '#'. `current` as the note has them; `normalized` as normalizeTags would write them. */
  tags: { current: string[]; normalized: string[] };
  warnings: string[];
  /** Why the detector decided as it did (human-readable, stable enough to show in the UI). */
  reasons: string[];
  /** The note's title: frontmatter title (or its localized alias), else null. */
  title: string | null;
  /** Frontmatter dates, YYYY-MM-DD when readable. */
  published: string | null;
  created: string | null;
  description: string | null;
}
