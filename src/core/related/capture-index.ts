import type { CaptureReport } from '../types';
import { explain, type CorpusStats, type ExplainSide } from './explain';
import { extractFeatures } from './features';
import { baseKey, linkMatchesPath, pathKey } from './links';
import { Postings } from './postings';
import {
  bm25Tf,
  commonCutoff,
  compareRanked,
  idf,
  passesFilter,
  scoreOf,
  selectQueryTerms,
  selectTop,
  strengths,
  textNorm,
  type Evidence,
  type QueryTerm,
} from './score';
import { tagAncestors } from './tags';
import { TermPostings } from './terms';
import type { CaptureFeatures, CaptureSummary, RelatedOptions, RelatedResult, TermKey } from './types';

/** What the index keeps per capture: the features, terms as ids. */
interface Doc {
  path: string;
  statusIds: string[];
  author: string | null;
  people: string[];
  tags: string[];
  links: string[];
  summary: CaptureSummary;
  termIds: Uint32Array;
  counts: Uint16Array;
  length: number;
}

/** A capture that links to a note, for the panel of a note that is not a capture. */
export interface LinkingCapture extends CaptureSummary {
  path: string;
}

export const DEFAULT_LIMIT = 20;

/**
 * The related-captures index: compact features per capture and inverted indexes (status id,
 * author, person, tag, term, link -> captures), so a query touches only captures that share
 * something with it. Results depend only on the set of captures indexed, never on the order of
 * add/update/remove/rename calls (the property tests check it against rankByFullScan).
 */
export class CaptureIndex {
  private readonly byPath = new Map<string, number>();
  private readonly docs: (Doc | undefined)[] = [];
  private readonly freeDocs: number[] = [];
  private readonly statusDocs = new Postings();
  private readonly authorDocs = new Postings();
  private readonly personDocs = new Postings();
  private readonly exactTagDocs = new Postings();
  /** Tag -> captures with that tag or a tag nested in it. */
  private readonly tagDocs = new Postings();
  private readonly nameDocs = new Postings();
  private readonly linkDocs = new Postings();
  private readonly terms = new TermPostings();
  private totalLength = 0;

  // Per-query accumulators, indexed by capture id; `stamp` marks the captures touched by the query.
  private stamp = new Uint32Array(0);
  private tagStamp = new Uint32Array(0);
  private sharedIds = new Uint32Array(0);
  private sameAuthor = new Uint8Array(0);
  private linked = new Uint8Array(0);
  private peopleIdf = new Float64Array(0);
  private tagsIdf = new Float64Array(0);
  private textBm25 = new Float64Array(0);
  /** Term occurrences per capture id (BM25 lengths, read in the text loop). */
  private lengths = new Float64Array(0);
  private queryCount = 0;
  private tagRound = 0;

  /** Number of captures indexed. */
  get size(): number {
    return this.byPath.size;
  }

  /** Distinct terms indexed (for the benchmark's memory figures). */
  get vocabularySize(): number {
    return this.terms.size;
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** Indexed paths in code-unit order. */
  paths(): string[] {
    return [...this.byPath.keys()].sort();
  }

  summary(path: string): CaptureSummary | null {
    const id = this.byPath.get(path);
    return id === undefined ? null : (this.docs[id]?.summary ?? null);
  }

  /**
   * Indexes a note's report (replacing what the path had). A report that is not a capture
   * removes the path. `links` are the note's link keys (extractNoteLinks, or the metadata
   * cache's links through linkKey).
   */
  add(path: string, report: CaptureReport, links: readonly string[] = []): void {
    if (!report.isCapture) {
      this.remove(path);
      return;
    }
    this.addFeatures(path, extractFeatures(report, links));
  }

  /** Same as add: the note changed. */
  update(path: string, report: CaptureReport, links: readonly string[] = []): void {
    this.add(path, report, links);
  }

  /** Indexes precomputed features (replacing what the path had). */
  addFeatures(path: string, f: CaptureFeatures): void {
    this.remove(path);
    const id = this.freeDocs.pop() ?? this.docs.length;
    const termIds = new Uint32Array(f.terms.length);
    const counts = new Uint16Array(f.terms.length);
    for (let i = 0; i < f.terms.length; i++) {
      termIds[i] = this.terms.intern(f.terms[i]);
      counts[i] = Math.min(f.counts[i], 0xffff);
      this.terms.add(termIds[i], id, counts[i]);
    }
    const doc: Doc = {
      path,
      statusIds: f.statusIds,
      author: f.author,
      people: f.people,
      tags: f.tags,
      links: f.links,
      summary: f.summary,
      termIds,
      counts,
      length: f.length,
    };
    this.docs[id] = doc;
    this.grow(this.docs.length);
    this.lengths[id] = f.length;
    this.byPath.set(path, id);
    this.totalLength += f.length;
    this.eachKey(doc, (postings, key) => postings.add(key, id));
    this.nameDocs.add(baseKey(pathKey(path)), id);
  }

  /** Every (postings, key) pair a document is filed under, but its name: add and remove walk the same list. */
  private eachKey(doc: Doc, visit: (postings: Postings, key: string) => void): void {
    for (const s of doc.statusIds) visit(this.statusDocs, s);
    if (doc.author) visit(this.authorDocs, doc.author);
    for (const p of doc.people) visit(this.personDocs, p);
    for (const key of expandedTags(doc.tags)) visit(this.tagDocs, key);
    for (const t of doc.tags) visit(this.exactTagDocs, t);
    for (const key of new Set(doc.links.map(baseKey))) visit(this.linkDocs, key);
  }

  /** Forgets a path (nothing happens when it is not indexed). */
  remove(path: string): void {
    const id = this.byPath.get(path);
    if (id === undefined) return;
    const doc = this.docs[id] as Doc;
    for (let i = 0; i < doc.termIds.length; i++) this.terms.remove(doc.termIds[i], id);
    this.eachKey(doc, (postings, key) => postings.remove(key, id));
    this.nameDocs.remove(baseKey(pathKey(path)), id);
    this.totalLength -= doc.length;
    this.docs[id] = undefined;
    this.byPath.delete(path);
    this.freeDocs.push(id);
  }

  /** Moves a capture to a new path (a rename), keeping its features. */
  rename(oldPath: string, newPath: string): void {
    const id = this.byPath.get(oldPath);
    if (id === undefined || oldPath === newPath) return;
    this.remove(newPath);
    const doc = this.docs[id] as Doc;
    this.nameDocs.remove(baseKey(pathKey(oldPath)), id);
    this.byPath.delete(oldPath);
    doc.path = newPath;
    this.byPath.set(newPath, id);
    this.nameDocs.add(baseKey(pathKey(newPath)), id);
  }

  /** The captures related to the one at `path`, best first (none when it is not indexed). */
  related(path: string, options: RelatedOptions = {}): RelatedResult[] {
    const qid = this.byPath.get(path);
    if (qid === undefined) return [];
    const q = this.docs[qid] as Doc;
    const n = this.byPath.size;
    const stats = this.stats();
    const cutoff = commonCutoff(n);
    const round = this.nextRound();
    const touched: number[] = [];
    const touch = (d: number): boolean => {
      if (d === qid) return false;
      if (this.stamp[d] !== round) {
        this.stamp[d] = round;
        this.sharedIds[d] = 0;
        this.sameAuthor[d] = 0;
        this.linked[d] = 0;
        this.peopleIdf[d] = 0;
        this.tagsIdf[d] = 0;
        this.textBm25[d] = 0;
        touched.push(d);
      }
      return true;
    };

    for (const s of q.statusIds) for (const d of this.statusDocs.get(s)) if (touch(d)) this.sharedIds[d]++;
    if (q.author) for (const d of this.authorDocs.get(q.author)) if (touch(d)) this.sameAuthor[d] = 1;

    for (const p of q.people) {
      const docs = this.personDocs.get(p);
      if (docs.length > cutoff) continue;
      const w = idf(n, docs.length);
      for (const d of docs) {
        if (p === q.author && this.docs[d]?.author === p) continue;
        if (touch(d)) this.peopleIdf[d] += w;
      }
    }

    for (const t of q.tags) {
      const tagRound = this.nextTagRound();
      const routes: [string, readonly number[]][] = [[t, this.tagDocs.get(t)]];
      for (const a of tagAncestors(t)) routes.push([a, this.exactTagDocs.get(a)]);
      for (const [via, docs] of routes) {
        const df = this.tagDocs.count(via);
        if (df > cutoff) continue;
        const w = idf(n, df);
        for (const d of docs) {
          if (this.tagStamp[d] === tagRound || !touch(d)) continue;
          this.tagStamp[d] = tagRound;
          this.tagsIdf[d] += w;
        }
      }
    }

    const queryTerms = this.queryTerms(q, stats);
    for (const qt of queryTerms) {
      const id = this.terms.idOf(qt.term) as number;
      const pairs = this.terms.postings(id);
      const df = this.terms.df(id);
      for (let i = 0; i < df; i++) {
        const d = pairs[2 * i];
        if (touch(d)) this.textBm25[d] += qt.idf * bm25Tf(pairs[2 * i + 1], this.lengths[d], stats.averageLength);
      }
    }

    for (const key of q.links) {
      for (const d of this.nameDocs.get(baseKey(key))) {
        if (linkMatchesPath(key, (this.docs[d] as Doc).path) && touch(d)) this.linked[d] = 1;
      }
    }

    const norm = textNorm(queryTerms);
    const evidence = (d: number): Evidence => ({
      sharedIds: this.sharedIds[d],
      sameAuthor: this.sameAuthor[d] === 1,
      peopleIdf: this.peopleIdf[d],
      tagsIdf: this.tagsIdf[d],
      textBm25: this.textBm25[d],
      linked: this.linked[d] === 1,
    });
    const candidates: { id: number; path: string; score: number }[] = [];
    for (const d of touched) {
      const score = scoreOf(this.sharedIds[d], this.sameAuthor[d] === 1, this.peopleIdf[d], this.tagsIdf[d], this.textBm25[d], this.linked[d] === 1, norm);
      if (score > 0 && passesFilter(evidence(d), norm, options.reasons)) candidates.push({ id: d, path: (this.docs[d] as Doc).path, score });
    }
    const top = selectTop(candidates, options.limit ?? DEFAULT_LIMIT, compareRanked);
    const qSide = this.side(q, queryTerms);
    return top.map((r) => {
      const doc = this.docs[r.id] as Doc;
      const s = strengths(evidence(r.id), norm);
      return {
        path: doc.path,
        ...doc.summary,
        score: r.score,
        reasons: explain(qSide, this.side(doc, queryTerms), s, queryTerms, stats),
        linked: s.linked > 0,
      };
    });
  }

  /** The captures whose links name the note at `path` (for a note that is not a capture), by path. */
  linkingTo(path: string): LinkingCapture[] {
    const out: LinkingCapture[] = [];
    for (const d of this.linkDocs.get(baseKey(pathKey(path)))) {
      const doc = this.docs[d] as Doc;
      if (doc.path !== path && doc.links.some((key) => linkMatchesPath(key, path))) out.push({ path: doc.path, ...doc.summary });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  private stats(): CorpusStats {
    const n = this.byPath.size;
    return {
      captures: n,
      averageLength: n === 0 ? 0 : this.totalLength / n,
      personDf: (p) => this.personDocs.count(p),
      tagDf: (t) => this.tagDocs.count(t),
    };
  }

  private queryTerms(q: Doc, stats: CorpusStats): QueryTerm[] {
    const names: TermKey[] = [];
    const dfs = new Map<TermKey, number>();
    for (let i = 0; i < q.termIds.length; i++) {
      const name = this.terms.name(q.termIds[i]);
      names.push(name);
      dfs.set(name, this.terms.df(q.termIds[i]));
    }
    return selectQueryTerms(names, Array.from(q.counts), q.length, (t) => dfs.get(t) ?? 0, stats.captures, stats.averageLength);
  }

  /** A capture as explain sees it; terms are looked up for the query's terms only. */
  private side(doc: Doc, queryTerms: readonly QueryTerm[]): ExplainSide {
    const wanted = new Map<number, TermKey>();
    for (const qt of queryTerms) wanted.set(this.terms.idOf(qt.term) as number, qt.term);
    const found = new Map<TermKey, { tf: number; position: number }>();
    for (let i = 0; i < doc.termIds.length; i++) {
      const term = wanted.get(doc.termIds[i]);
      if (term !== undefined) found.set(term, { tf: doc.counts[i], position: i });
    }
    return { ...doc, tf: (term) => found.get(term)?.tf ?? 0, position: (term) => found.get(term)?.position ?? -1 };
  }

  private nextRound(): number {
    this.queryCount = (this.queryCount + 1) >>> 0;
    if (this.queryCount === 0) {
      this.stamp.fill(0);
      this.queryCount = 1;
    }
    return this.queryCount;
  }

  private nextTagRound(): number {
    this.tagRound = (this.tagRound + 1) >>> 0;
    if (this.tagRound === 0) {
      this.tagStamp.fill(0);
      this.tagRound = 1;
    }
    return this.tagRound;
  }

  private grow(capacity: number): void {
    if (this.stamp.length >= capacity) return;
    const size = Math.max(capacity, this.stamp.length * 2, 64);
    const grown = <T extends Uint32Array | Uint8Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.stamp = grown(this.stamp, (k) => new Uint32Array(k));
    this.tagStamp = grown(this.tagStamp, (k) => new Uint32Array(k));
    this.sharedIds = grown(this.sharedIds, (k) => new Uint32Array(k));
    this.sameAuthor = grown(this.sameAuthor, (k) => new Uint8Array(k));
    this.linked = grown(this.linked, (k) => new Uint8Array(k));
    this.peopleIdf = grown(this.peopleIdf, (k) => new Float64Array(k));
    this.tagsIdf = grown(this.tagsIdf, (k) => new Float64Array(k));
    this.textBm25 = grown(this.textBm25, (k) => new Float64Array(k));
    this.lengths = grown(this.lengths, (k) => new Float64Array(k));
  }
}

/** The tags and every ancestor of them, once each. */
function expandedTags(tags: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tags) {
    out.add(t);
    for (const a of tagAncestors(t)) out.add(a);
  }
  return out;
}
