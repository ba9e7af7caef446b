/**
 * How related two captures are: the weights, the rarity measure and the thresholds shared by
 * the inverted index and the full-scan reference, so both rank identically.
 *
 * Score = sum over reasons of WEIGHTS[kind] x strength, where strength is in [0, 1]:
 * - conversation: 1 when the captures share a status id (source, a post, a quoted post);
 * - author: 1 when the main posts have the same author;
 * - people, tags: 1 - exp(-sum of the shared items' IDF / RARITY_SCALE), so one rare shared
 *   person or tag counts much and a handful of common ones little;
 * - text: BM25 of the other capture against the query's most telling terms, divided by the
 *   query's own BM25 (at least SELF_FLOOR, so a two-word reply cannot look like a twin);
 * - linked: 1 when the query note already links to the capture.
 * The hard reasons outweigh every soft one together (conversation 10 > author 5 > people 1.5 +
 * tags 1 + text 1.5 + linked 0.5), so the same conversation comes first, then the same author,
 * each group ordered by the softer evidence. A soft reason below MIN_STRENGTH is not shown and
 * not counted. Ties are broken by path (code-unit order), so results never depend on the order
 * captures were added.
 */
import { REASON_KINDS, type ReasonKind } from './types';

export const WEIGHTS: Readonly<Record<ReasonKind, number>> = Object.freeze({
  conversation: 10,
  author: 5,
  people: 1.5,
  tags: 1,
  text: 1.5,
  linked: 0.5,
});

/** Below these strengths a soft reason is noise: neither shown nor counted. */
export const MIN_STRENGTH = Object.freeze({ people: 0.15, tags: 0.15, text: 0.1 });

/** IDF mass at which a shared-people or shared-tags strength reaches 1 - 1/e. */
export const RARITY_SCALE = 4;

/** The query's most telling terms used for text similarity ("more like this"). */
export const MAX_QUERY_TERMS = 48;

/** Smallest BM25 self-score text similarity is divided by. */
export const SELF_FLOOR = 20;

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Shared items (terms, tags, people) listed in a reason. */
export const MAX_SHARED_SHOWN = 5;

/**
 * People, tags and terms found in more captures than this tell nothing about relatedness (a
 * "the", a "的", a `clippings` tag) and are skipped: 5% of the captures, at least 50.
 */
export function commonCutoff(captures: number): number {
  return Math.max(50, Math.ceil(captures * 0.05));
}

/** BM25's inverse document frequency: high for rare items, near 0 for items most captures have. */
export function idf(captures: number, df: number): number {
  return Math.log(1 + (captures - df + 0.5) / (df + 0.5));
}

/** BM25's saturating term-frequency factor for a document of `length` terms. */
export function bm25Tf(tf: number, length: number, averageLength: number): number {
  return (tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * length) / (averageLength || 1)));
}

/** Strength of a shared-people or shared-tags overlap from the shared items' summed IDF. */
export function rarityStrength(idfSum: number): number {
  return 1 - Math.exp(-idfSum / RARITY_SCALE);
}

/** A query term with the weights both rankers use. */
export interface QueryTerm {
  term: string;
  idf: number;
  /** idf x BM25 tf of the term in the query itself. */
  self: number;
}

/**
 * The query's most telling terms: seen in at least one other capture and in no more than the
 * common cutoff, ranked by their weight in the query (ties by term), at most MAX_QUERY_TERMS.
 */
export function selectQueryTerms(
  terms: readonly string[],
  counts: readonly number[],
  length: number,
  dfOf: (term: string) => number,
  captures: number,
  averageLength: number,
): QueryTerm[] {
  const cutoff = commonCutoff(captures);
  const picked: QueryTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const df = dfOf(terms[i]);
    if (df < 2 || df > cutoff) continue;
    const w = idf(captures, df);
    picked.push({ term: terms[i], idf: w, self: w * bm25Tf(counts[i], length, averageLength) });
  }
  picked.sort((a, b) => b.self - a.self || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return picked.slice(0, MAX_QUERY_TERMS);
}

/** Text similarity from the accumulated BM25 and the query terms' own weights. */
export function textStrength(bm25: number, query: readonly QueryTerm[]): number {
  let self = 0;
  for (const q of query) self += q.self;
  return Math.min(1, bm25 / Math.max(self, SELF_FLOOR));
}

/** The raw evidence gathered for one candidate, before weights and thresholds. */
export interface Evidence {
  sharedIds: number;
  sameAuthor: boolean;
  peopleIdf: number;
  tagsIdf: number;
  textBm25: number;
  linked: boolean;
}

/** Each reason's strength in [0, 1] (0 when absent or below its threshold). */
export function strengths(e: Evidence, query: readonly QueryTerm[]): Record<ReasonKind, number> {
  const people = rarityStrength(e.peopleIdf);
  const tags = rarityStrength(e.tagsIdf);
  const text = textStrength(e.textBm25, query);
  return {
    conversation: e.sharedIds > 0 ? 1 : 0,
    author: e.sameAuthor ? 1 : 0,
    people: people >= MIN_STRENGTH.people ? people : 0,
    tags: tags >= MIN_STRENGTH.tags ? tags : 0,
    text: text >= MIN_STRENGTH.text ? text : 0,
    linked: e.linked ? 1 : 0,
  };
}

/** Compares results: higher score first, then path in code-unit order. */
export function compareRanked(a: { score: number; path: string }, b: { score: number; path: string }): number {
  return b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** The score of a candidate: the weighted strengths summed in REASON_KINDS order. */
export function totalScore(s: Readonly<Record<ReasonKind, number>>): number {
  let total = 0;
  for (const kind of REASON_KINDS) total += WEIGHTS[kind] * s[kind];
  return total;
}

/** Whether a candidate passes the `reasons` filter of RelatedOptions. */
export function passesFilter(s: Readonly<Record<ReasonKind, number>>, filter: readonly ReasonKind[] | undefined): boolean {
  return !filter || filter.length === 0 || filter.some((kind) => s[kind] > 0);
}
