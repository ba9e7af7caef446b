import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import { relative } from 'node:path';
import { parseArgs, positiveInteger } from '../args';
import type { CliCommand, CliIO } from '../command';
import { UsageError } from '../command';
import { describe, readNote, vaultFiles } from '../files';
import { parseCapture } from '../../core/parse';
import { isValidTag } from '../../core/tags';
import type { CaptureReport, Layout } from '../../core/types';

const USAGE = `Usage: xcap scan DIR [--json] [--top N]

Summarizes a vault: notes and captures, captures by layout, language pairs of the main posts
(original→translation), promoted posts, tag problems, the most clipped authors, and the time it took.
  --json    print the summary as JSON
  --top N   how many authors and problem tags to list (default 10)
Exit code: 0 success, 1 when a note could not be read, 2 bad usage or a DIR that is not a folder.`;

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

/** Accumulates reports into a scan summary. */
class Tally {
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

function parseOptions(args: string[]): { dir: string; json: boolean; top: number } {
  const { flags, values, positional } = parseArgs(args, { '--json': 'flag', '--top': 'value' });
  const given = values.get('--top');
  const top = given === undefined ? 10 : positiveInteger('--top', given);
  if (positional.length !== 1) throw new UsageError('name one vault folder');
  return { dir: positional[0], json: flags.has('--json'), top };
}

async function run(args: string[], io: CliIO): Promise<number> {
  const o = parseOptions(args);
  const start = performance.now();
  const { files } = vaultFiles(o.dir, io.cwd);
  const tally = new Tally();
  let unreadable = 0;
  for (const file of files) {
    try {
      const text = readNote(file, io.cwd);
      tally.add(parseCapture(text, file), Buffer.byteLength(text, 'utf8'));
    } catch (err) {
      unreadable++;
      io.err(`xcap scan: ${relative(io.cwd, file)}: ${describe(err)}\n`);
    }
  }
  const summary = tally.summary(o.top, unreadable, performance.now() - start);
  io.out(o.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatScan(summary)}\n`);
  return unreadable ? 1 : 0;
}

export const scanCommand: CliCommand = { name: 'scan', summary: 'summarize a vault: captures, layouts, languages, ads, tags, authors', usage: USAGE, run };
