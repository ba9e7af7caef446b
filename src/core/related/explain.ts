import { linkMatchesPath } from './links';
import { MAX_SHARED_SHOWN, WEIGHTS, bm25Tf, commonCutoff, idf, type QueryTerm } from './score';
import { matchTag } from './tags';
import { termKey, termText } from './text';
import { REASON_KINDS, type CaptureSummary, type Reason, type ReasonKind, type TermKey } from './types';

/** What explaining a result needs of a capture, whether it comes from the index or from a report. */
export interface ExplainSide {
  path: string;
  statusIds: readonly string[];
  author: string | null;
  people: readonly string[];
  tags: readonly string[];
  length: number;
  summary: CaptureSummary;
  /** How often the capture has a term (0 when not). */
  tf(term: TermKey): number;
  /** Where the term first appears among the capture's distinct terms (-1 when absent). */
  position(term: TermKey): number;
}

/** Corpus statistics both rankers read the same way. */
export interface CorpusStats {
  captures: number;
  averageLength: number;
  personDf(handle: string): number;
  tagDf(tag: string): number;
}

const byWeightThenName = (a: [string, number], b: [string, number]): number =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

const top = (items: [string, number][]): string[] => items.sort(byWeightThenName).slice(0, MAX_SHARED_SHOWN).map(([name]) => name);

/**
 * The reasons of one ranked result, with what the two captures share, from their features: run
 * only for the results returned, so the rankers accumulate numbers alone.
 */
export function explain(
  q: ExplainSide,
  d: ExplainSide,
  strengths: Readonly<Record<ReasonKind, number>>,
  queryTerms: readonly QueryTerm[],
  stats: CorpusStats,
): Reason[] {
  const cutoff = commonCutoff(stats.captures);
  const shared = (kind: ReasonKind): string[] => {
    switch (kind) {
      case 'conversation': {
        const ids = new Set(d.statusIds);
        return q.statusIds.filter((id) => ids.has(id));
      }
      case 'author':
        return [d.summary.author.handle ?? d.author ?? ''];
      case 'people': {
        const theirs = new Set(d.people);
        const items: [string, number][] = [];
        for (const p of q.people) {
          if (!theirs.has(p) || (p === q.author && p === d.author)) continue;
          const df = stats.personDf(p);
          if (df <= cutoff) items.push([p, idf(stats.captures, df)]);
        }
        return top(items);
      }
      case 'tags': {
        const theirs = new Set(d.tags);
        const items = new Map<string, number>();
        for (const t of q.tags) {
          const via = matchTag(t, theirs);
          if (via === null) continue;
          const df = stats.tagDf(via);
          if (df <= cutoff) items.set(via, idf(stats.captures, df));
        }
        return top([...items]);
      }
      case 'text': {
        const items: [string, number][] = [];
        for (const qt of queryTerms) {
          const tf = d.tf(qt.term);
          if (tf > 0) items.push([termText(qt.term), qt.idf * bm25Tf(tf, d.length, stats.averageLength)]);
        }
        // Two bigrams first seen one right after the other in both texts were one word there.
        const adjacent = (a: string, b: string): boolean => {
          const [ka, kb] = [termKey(a), termKey(b)];
          return q.position(kb) === q.position(ka) + 1 && d.position(kb) === d.position(ka) + 1;
        };
        return top(joinBigrams(items, adjacent));
      }
      case 'linked':
        return [];
    }
  };
  return REASON_KINDS.filter((kind) => strengths[kind] > 0).map((kind) => ({ kind, score: WEIGHTS[kind] * strengths[kind], shared: shared(kind) }));
}

/** Whether any of the query's link keys names the capture at `path`. */
export function linksTo(links: readonly string[], path: string): boolean {
  return links.some((key) => linkMatchesPath(key, path));
}

const isBigram = (term: string): boolean => typeof termKey(term) === 'number';

/**
 * Shared CJK bigrams chained back into the words they came from (强化 + 化学 + 学习 -> 强化学习),
 * so a reason shows words rather than fragments; the chain weighs what its bigrams weighed.
 * `adjacent(a, b)` says whether bigram b followed bigram a in the texts (overlapping is not
 * enough: 不是 and 是最 both shared does not make 不是最 shared).
 */
export function joinBigrams(items: readonly [string, number][], adjacent: (a: string, b: string) => boolean): [string, number][] {
  const sorted = [...items].sort(byWeightThenName);
  const bigrams = sorted.filter(([t]) => isBigram(t));
  if (bigrams.length < 2) return sorted;
  const unused = new Map(bigrams);
  const pick = (match: (t: string) => boolean): string | undefined => bigrams.find(([t]) => unused.has(t) && match(t))?.[0];
  const out: [string, number][] = sorted.filter(([t]) => !isBigram(t));
  for (const [start] of bigrams) {
    if (!unused.has(start)) continue;
    let word = start;
    let weight = unused.get(start) as number;
    unused.delete(start);
    let last = start;
    for (let next = pick((t) => t[0] === last[1] && adjacent(last, t)); next; next = pick((t) => t[0] === last[1] && adjacent(last, t))) {
      last = next;
      word += next[1];
      weight += unused.get(next) as number;
      unused.delete(next);
    }
    let first = start;
    for (let prev = pick((t) => t[1] === first[0] && adjacent(t, first)); prev; prev = pick((t) => t[1] === first[0] && adjacent(t, first))) {
      first = prev;
      word = prev[0] + word;
      weight += unused.get(prev) as number;
      unused.delete(prev);
    }
    out.push([word, weight]);
  }
  return out;
}
