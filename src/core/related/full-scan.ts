import type { CaptureReport } from '../types';
import { explain, linksTo, type CorpusStats, type ExplainSide } from './explain';
import { extractFeatures } from './features';
import {
  bm25Tf,
  commonCutoff,
  compareRanked,
  idf,
  passesFilter,
  scoreOf,
  selectQueryTerms,
  strengths,
  textNorm,
  type Evidence,
} from './score';
import { matchTag, tagAncestors } from './tags';
import { DEFAULT_LIMIT } from './capture-index';
import type { CaptureFeatures, RelatedOptions, RelatedResult, TermKey } from './types';

/** A note as the full scan sees it: its path, its parsed report and its link keys. */
export interface ScannedNote {
  path: string;
  report: CaptureReport;
  links?: readonly string[];
}

interface Entry {
  path: string;
  f: CaptureFeatures;
  tf: Map<TermKey, number>;
  position: Map<TermKey, number>;
  tags: Set<string>;
  people: Set<string>;
  ids: Set<string>;
}

const count = <K>(map: Map<K, number>, key: K): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/**
 * The reference ranking: extracts the features of every capture from its report and scores
 * each one against the query, with no index. It defines what CaptureIndex.related must return
 * (the tests compare them) and is the benchmark's baseline.
 */
export function rankByFullScan(path: string, notes: readonly ScannedNote[], options: RelatedOptions = {}): RelatedResult[] {
  const entries: Entry[] = [];
  const termDf = new Map<TermKey, number>();
  const personDf = new Map<string, number>();
  const tagDf = new Map<string, number>();
  let totalLength = 0;
  for (const note of notes) {
    if (!note.report.isCapture) continue;
    const f = extractFeatures(note.report, note.links ?? []);
    const tf = new Map<TermKey, number>();
    const position = new Map<TermKey, number>();
    f.terms.forEach((t, i) => {
      tf.set(t, f.counts[i]);
      position.set(t, i);
    });
    entries.push({ path: note.path, f, tf, position, tags: new Set(f.tags), people: new Set(f.people), ids: new Set(f.statusIds) });
    for (const t of f.terms) count(termDf, t);
    for (const p of f.people) count(personDf, p);
    const expanded = new Set<string>();
    for (const t of f.tags) [t, ...tagAncestors(t)].forEach((x) => expanded.add(x));
    for (const t of expanded) count(tagDf, t);
    totalLength += f.length;
  }
  const q = entries.find((e) => e.path === path);
  if (!q) return [];
  const n = entries.length;
  const cutoff = commonCutoff(n);
  const stats: CorpusStats = {
    captures: n,
    averageLength: totalLength / n,
    personDf: (p) => personDf.get(p) ?? 0,
    tagDf: (t) => tagDf.get(t) ?? 0,
  };
  const queryTerms = selectQueryTerms(q.f.terms, q.f.counts, q.f.length, (t) => termDf.get(t) ?? 0, n, stats.averageLength);

  const norm = textNorm(queryTerms);
  const ranked: { entry: Entry; path: string; score: number; evidence: Evidence }[] = [];
  for (const d of entries) {
    if (d === q) continue;
    const e: Evidence = { sharedIds: 0, sameAuthor: false, peopleIdf: 0, tagsIdf: 0, textBm25: 0, linked: false };
    for (const s of q.f.statusIds) if (d.ids.has(s)) e.sharedIds++;
    e.sameAuthor = q.f.author !== null && q.f.author === d.f.author;
    for (const p of q.f.people) {
      const df = stats.personDf(p);
      if (df > cutoff || !d.people.has(p) || (p === q.f.author && p === d.f.author)) continue;
      e.peopleIdf += idf(n, df);
    }
    for (const t of q.f.tags) {
      const via = matchTag(t, d.tags);
      if (via === null) continue;
      const df = stats.tagDf(via);
      if (df <= cutoff) e.tagsIdf += idf(n, df);
    }
    for (const qt of queryTerms) {
      const tf = d.tf.get(qt.term) ?? 0;
      if (tf > 0) e.textBm25 += qt.idf * bm25Tf(tf, d.f.length, stats.averageLength);
    }
    e.linked = linksTo(q.f.links, d.path);
    const score = scoreOf(e.sharedIds, e.sameAuthor, e.peopleIdf, e.tagsIdf, e.textBm25, e.linked, norm);
    if (score > 0 && passesFilter(e, norm, options.reasons)) ranked.push({ entry: d, path: d.path, score, evidence: e });
  }
  ranked.sort(compareRanked);
  const side = (e: Entry): ExplainSide => ({ ...e.f, path: e.path, tf: (t) => e.tf.get(t) ?? 0, position: (t) => e.position.get(t) ?? -1 });
  return ranked.slice(0, options.limit ?? DEFAULT_LIMIT).map((r) => {
    const s = strengths(r.evidence, norm);
    return {
      path: r.path,
      ...r.entry.f.summary,
      score: r.score,
      reasons: explain(side(q), side(r.entry), s, queryTerms, stats),
      linked: s.linked > 0,
    };
  });
}
