/** Shapes of the related-captures index: what it stores per capture and what a query returns. */

/** Why two captures are related; the order here is the order reasons are shown in. */
export type ReasonKind = 'conversation' | 'author' | 'people' | 'tags' | 'text' | 'linked';

export const REASON_KINDS: readonly ReasonKind[] = Object.freeze(['conversation', 'author', 'people', 'tags', 'text', 'linked']);

/** One reason a result is related, with its share of the score and what was shared. */
export interface Reason {
  kind: ReasonKind;
  /** This reason's contribution to the result's score (weight x strength). */
  score: number;
  /**
   * What the two captures share, most telling first: status ids (conversation), the handle
   * (author), handles (people), tags (tags), terms (text); empty for linked.
   */
  shared: string[];
}

/** What the panel and the CLI show for a capture, kept with its features. */
export interface CaptureSummary {
  title: string | null;
  author: { name: string | null; handle: string | null };
  /** YYYY-MM-DD: published, else the main post's date, else created. */
  date: string | null;
  /** The main post's text, markdown stripped, at most EXCERPT_LENGTH characters. */
  excerpt: string;
}

export interface RelatedResult extends CaptureSummary {
  path: string;
  /** Sum of the reasons' scores. */
  score: number;
  /** Most telling first (REASON_KINDS order). */
  reasons: Reason[];
  /** The query note already links to this capture. */
  linked: boolean;
}

export interface RelatedOptions {
  /** Most results returned (default 20); Infinity for all. */
  limit?: number;
  /** Only results with at least one of these reasons. */
  reasons?: readonly ReasonKind[];
}

/**
 * A term: a word or lone character as a string, a BMP bigram (CJK, Hangul) as its two char codes
 * (first << 16 | second, an int32), so bigrams cost no string per occurrence. termText turns it back.
 */
export type TermKey = string | number;

/**
 * The compact features the index keeps for one capture instead of its report.
 * Handles and tags are lower-cased; terms come from the tokenizer.
 */
export interface CaptureFeatures {
  /** Status ids of the source, the posts (ads excluded) and their quoted posts. */
  statusIds: string[];
  /** The main post's author handle, lower-cased. */
  author: string | null;
  /** Everyone in the capture (author, other posters, quoted authors, @mentions), lower-cased, sorted. */
  people: string[];
  /** Normalized tags, lower-cased, deduplicated, in the note's order. */
  tags: string[];
  /** Distinct terms in first-seen order with their counts. */
  terms: TermKey[];
  counts: number[];
  /** Number of term occurrences (BM25 document length). */
  length: number;
  /** Link targets found in the note, normalized by linkKey. */
  links: string[];
  summary: CaptureSummary;
}
