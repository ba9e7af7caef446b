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
import type { ReasonKind, TermKey } from './types';

/** A total order on term keys: bigram codes first, by number, then words, by code unit. */
const compareKeys = (a: TermKey, b: TermKey): number =>
  typeof a !== typeof b ? (typeof a === 'number' ? -1 : 1) : a < b ? -1 : a > b ? 1 : 0;

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
const RARITY_SCALE = 4;

/** The query's most telling terms used for text similarity ("more like this"). */
const MAX_QUERY_TERMS = 48;

/** Smallest BM25 self-score text similarity is divided by. */
const SELF_FLOOR = 20;

const BM25_K1 = 1.2;
const BM25_B = 0.75;

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
  term: TermKey;
  idf: number;
  /** idf x BM25 tf of the term in the query itself. */
  self: number;
}

/**
 * The query's most telling terms: seen in at least one other capture and in no more than the
 * common cutoff, ranked by their weight in the query (ties by term), at most MAX_QUERY_TERMS.
 */
export function selectQueryTerms(
  terms: readonly TermKey[],
  counts: readonly number[],
  length: number,
  dfOf: (term: TermKey) => number,
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
  picked.sort((a, b) => b.self - a.self || compareKeys(a.term, b.term));
  return picked.slice(0, MAX_QUERY_TERMS);
}

/** What text BM25 is divided by for a query: its own BM25, at least SELF_FLOOR. */
export function textNorm(query: readonly QueryTerm[]): number {
  let self = 0;
  for (const q of query) self += q.self;
  return Math.max(self, SELF_FLOOR);
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

const softPeople = (idfSum: number): number => {
  const s = rarityStrength(idfSum);
  return s >= MIN_STRENGTH.people ? s : 0;
};
const softTags = (idfSum: number): number => {
  const s = rarityStrength(idfSum);
  return s >= MIN_STRENGTH.tags ? s : 0;
};
const softText = (bm25: number, norm: number): number => {
  const s = Math.min(1, bm25 / norm);
  return s >= MIN_STRENGTH.text ? s : 0;
};

/**
 * A candidate's score from its evidence, allocating nothing (the index scores thousands of
 * candidates per query): the weighted strengths summed in REASON_KINDS order. `norm` is textNorm
 * of the query.
 */
export function scoreOf(
  sharedIds: number,
  sameAuthor: boolean,
  peopleIdf: number,
  tagsIdf: number,
  textBm25: number,
  linked: boolean,
  norm: number,
): number {
  let total = 0;
  total += WEIGHTS.conversation * (sharedIds > 0 ? 1 : 0);
  total += WEIGHTS.author * (sameAuthor ? 1 : 0);
  total += WEIGHTS.people * softPeople(peopleIdf);
  total += WEIGHTS.tags * softTags(tagsIdf);
  total += WEIGHTS.text * softText(textBm25, norm);
  total += WEIGHTS.linked * (linked ? 1 : 0);
  return total;
}

/** Each reason's strength in [0, 1] (0 when absent or below its threshold). */
export function strengths(e: Evidence, norm: number): Record<ReasonKind, number> {
  return {
    conversation: e.sharedIds > 0 ? 1 : 0,
    author: e.sameAuthor ? 1 : 0,
    people: softPeople(e.peopleIdf),
    tags: softTags(e.tagsIdf),
    text: softText(e.textBm25, norm),
    linked: e.linked ? 1 : 0,
  };
}

/** Whether a candidate passes the `reasons` filter of RelatedOptions. */
export function passesFilter(e: Evidence, norm: number, filter: readonly ReasonKind[] | undefined): boolean {
  if (!filter || filter.length === 0) return true;
  const s = strengths(e, norm);
  return filter.some((kind) => s[kind] > 0);
}

/** Compares results: higher score first, then path in code-unit order. */
export function compareRanked(a: { score: number; path: string }, b: { score: number; path: string }): number {
  return b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/**
 * The `k` best of `items` in `compare` order, without sorting them all: a query may touch
 * thousands of captures to return twenty.
 */
export function selectTop<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  if (!Number.isFinite(k)) return [...items].sort(compare);
  if (k <= 0) return [];
  const best: T[] = [];
  for (const item of items) {
    if (best.length >= k && compare(item, best[best.length - 1]) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(best[mid], item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
