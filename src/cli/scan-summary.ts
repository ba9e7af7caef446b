import { isValidTag } from '../core/tags';
import type { CaptureReport, Layout } from '../core/types';

/** What `xcap scan` finds in a vault. */
export interface ScanSummary {
  notes: number;
  bytes: number;
  captures: number;
  layouts: Record<Layout, number>;
  /** Main-post language pairs ("en", "en→zh", "none" for no letters), most frequent first. */
  languages: [string, number][];
  ads: { posts: number; captures: number; adOnly: number };
  tags: { capturesToNormalize: number; invalid: number; duplicates: number; untagged: number; commonInvalid: [string, number][] };
  /** Main authors by number of captures, most first. */
  authors: [string, number][];
  unreadable: number;
  ms: number;
}

const descending = (counts: Map<string, number>, top = Infinity): [string, number][] =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, top);

const bump = (counts: Map<string, number>, key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

/** Accumulates reports into a scan summary, one note at a time. */
export class ScanTally {
  notes = 0;
  bytes = 0;
  captures = 0;
  layouts: Record<Layout, number> = { thread: 0, post: 0, article: 0, other: 0 };
  languages = new Map<string, number>();
  ads = { posts: 0, captures: 0, adOnly: 0 };
  tags = { capturesToNormalize: 0, invalid: 0, duplicates: 0, untagged: 0 };
  invalidTags = new Map<string, number>();
  authors = new Map<string, number>();
  spelling = new Map<string, string>();

  /** Counts one note: its report and its size in bytes. */
  add(r: CaptureReport, bytes: number): void {
    this.notes++;
    this.bytes += bytes;
    if (!r.isCapture) return;
    this.captures++;
    if (r.layout) this.layouts[r.layout]++;
    const real = r.posts.filter((p) => !p.promoted);
    const ads = r.posts.length - real.length;
    this.ads.posts += ads;
    if (ads > 0) this.ads.captures++;
    if (ads > 0 && real.length === 0) this.ads.adOnly++;
    const main = real.find((p) => p.role === 'main') ?? real[0];
    if (main) {
      const { original, translation } = main.language;
      bump(this.languages, original ? (translation ? `${original}→${translation}` : original) : 'none');
    }
    const handle = main?.author.handle ?? r.source.handle;
    if (handle) {
      const key = handle.toLowerCase();
      if (!this.spelling.has(key)) this.spelling.set(key, handle);
      bump(this.authors, key);
    }
    this.addTags(r.tags.current, r.tags.normalized);
  }

  private addTags(current: string[], normalized: string[]): void {
    if (current.length === 0) this.tags.untagged++;
    if (current.length !== normalized.length || current.some((t, i) => t !== normalized[i])) this.tags.capturesToNormalize++;
    const seen = new Set<string>();
    for (const t of current) {
      const folded = t.toLowerCase();
      if (seen.has(folded)) this.tags.duplicates++;
      seen.add(folded);
      if (!isValidTag(t)) {
        this.tags.invalid++;
        bump(this.invalidTags, t);
      }
    }
  }

  /** The summary so far, with the `top` authors and invalid tags, the unreadable notes and the time taken. */
  summary(top: number, unreadable: number, ms: number): ScanSummary {
    return {
      notes: this.notes,
      bytes: this.bytes,
      captures: this.captures,
      layouts: this.layouts,
      languages: descending(this.languages),
      ads: this.ads,
      tags: { ...this.tags, commonInvalid: descending(this.invalidTags, top) },
      authors: descending(this.authors, top).map(([key, n]) => [this.spelling.get(key) ?? key, n]),
      unreadable,
      ms,
    };
  }
}

const list = (items: [string, number][], show: (s: string) => string = (s) => s): string =>
  items.length ? items.map(([k, n]) => `${show(k)} ${n}`).join(', ') : '(none)';

/** The summary as the lines `xcap scan` prints. */
export function formatScan(s: ScanSummary): string {
  const t = s.tags;
  return [
    `Scanned ${s.notes} notes (${(s.bytes / 1e6).toFixed(1)} MB) in ${Math.round(s.ms)} ms: ${s.captures} captures, ${s.notes - s.captures} other notes${s.unreadable ? `, ${s.unreadable} unreadable` : ''}.`,
    `Layouts: ${list(Object.entries(s.layouts))}`,
    `Languages (main post, original→translation): ${list(s.languages)}`,
    `Ads: ${s.ads.posts} promoted posts in ${s.ads.captures} captures (${s.ads.adOnly} captures are only an ad)`,
    `Tags: ${t.capturesToNormalize} captures would change when normalized; ${t.invalid} invalid tags, ${t.duplicates} duplicates, ${t.untagged} captures without tags`,
    `Most common invalid tags: ${list(t.commonInvalid, (k) => JSON.stringify(k))}`,
    `Top authors: ${list(s.authors, (h) => `@${h}`)}`,
  ].join('\n');
}
