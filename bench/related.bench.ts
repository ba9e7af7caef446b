// Related captures on a synthetic vault of 10,000 captures: index build (with parsing), heap
// after build, related() latency and the cost of one incremental update, each beside a baseline
// measured in the same run (parsing alone; the parsed reports a full scan holds; ranking by a
// full scan that scores every capture from its parsed report; rebuilding the index).
//   npm run bench -- related          (XCAP_BENCH_CAPTURES=2000 for a quicker run)
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { parseCapture } from '../src/core/parse';
import { CaptureIndex, extractNoteLinks, rankByFullScan, type ScannedNote } from '../src/core/related';
import type { CaptureReport } from '../src/core/types';
import { EXPECTED_LAYOUT, generateNotes, type CorpusNote } from './corpus';
import { compare, measure, pairedRatio, printAim, printHeader, printRow, say, sink, sunk } from './harness';

const CAPTURES = Number(process.env.XCAP_BENCH_CAPTURES ?? 10_000);
const SEED = Number(process.env.XCAP_BENCH_SEED ?? 1);
const QUERIES = 400;
const FULL_SCAN_QUERIES = 5;
const UPDATES = 200;

const AIM_BUILD_MS = 3000;
const AIM_HEAP_MB = 200;
const AIM_P95_MS = 10;
const AIM_SPEEDUP = 50;
const AIM_UPDATE_MS = 5;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
/** JS heap plus ArrayBuffers (the index keeps its postings in typed arrays, outside the heap). */
const heapMb = (): number => {
  gc();
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1e6;
};

/** The first `count` captures of the corpus (a longer corpus with the same seed starts the same). */
function captureNotes(count: number, seed: number): CorpusNote[] {
  for (let notes = Math.ceil(count * 1.5); ; notes = Math.ceil(notes * 1.3)) {
    const captures = generateNotes(notes, seed).filter((n) => EXPECTED_LAYOUT[n.kind] !== null);
    if (captures.length >= count) return captures.slice(0, count);
  }
}

/** An evenly spread, deterministic sample of `count` items. */
const spread = <T>(items: readonly T[], count: number): T[] => Array.from({ length: Math.min(count, items.length) }, (_, i) => items[Math.floor((i * items.length) / Math.min(count, items.length))]);

function buildIndex(notes: readonly CorpusNote[], reports: readonly CaptureReport[]): CaptureIndex {
  const index = new CaptureIndex();
  notes.forEach((n, i) => index.add(n.path, reports[i], extractNoteLinks(n.text)));
  return index;
}

function parseAndBuild(notes: readonly CorpusNote[]): CaptureIndex {
  const index = new CaptureIndex();
  for (const n of notes) index.add(n.path, parseCapture(n.text, n.path), extractNoteLinks(n.text));
  return index;
}

const t0 = performance.now();
const notes = captureNotes(CAPTURES, SEED);
const mb = notes.reduce((s, n) => s + Buffer.byteLength(n.text, 'utf8'), 0) / 1e6;
const authors = new Set(notes.map((n) => n.author)).size;
const conversationClips = new Map<string, number>();
for (const n of notes) if (n.conversation) conversationClips.set(n.conversation, (conversationClips.get(n.conversation) ?? 0) + 1);
const split = [...conversationClips.values()].filter((c) => c > 1).length;
printHeader(
  `Related captures: ${notes.length} captures`,
  `corpus: ${mb.toFixed(1)} MB (UTF-8), seed ${SEED}, ${authors} authors, ${split} conversations clipped more than once; generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  'figures are medians of interleaved runs unless marked p95',
);

// 1. Build, parsing included, beside parsing alone.
printHeader('Index build (parse + features + inverted indexes)');
const build = compare({ build: () => parseAndBuild(notes), parse: () => notes.map((n) => parseCapture(n.text, n.path)) }, { minTime: 0, minRuns: 3, maxRuns: 3, warmup: 0 });
const reports = notes.map((n) => parseCapture(n.text, n.path));
const indexOnly = measure(() => buildIndex(notes, reports), { minTime: 0, minRuns: 3, maxRuns: 3, warmup: 0 });
printRow('build, parsing included', build.build.median, 'ms', 'parse alone', build.parse.median);
printRow('index from parsed reports', indexOnly.median, 'ms', 'parse alone', build.parse.median);
printAim(`build of ${notes.length} captures, parsing included, < ${AIM_BUILD_MS} ms`, build.build.median < AIM_BUILD_MS, `${build.build.median.toFixed(0)} ms; the index part ${indexOnly.median.toFixed(0)} ms`);

// 2. Heap: what the index keeps, beside the parsed reports a full scan has to keep.
printHeader('Memory after build (after GC): JS heap + ArrayBuffers');
const heapBase = heapMb();
let index: CaptureIndex | null = buildIndex(notes, reports);
const heapIndex = heapMb() - heapBase;
const reportsHeap = (() => {
  const before = heapMb();
  const again = notes.map((n) => parseCapture(n.text, n.path));
  const after = heapMb();
  sink(again.length);
  return after - before;
})();
printRow('index', heapIndex, 'MB', 'parsed reports', reportsHeap);
say(`   index: ${index.size} captures, ${index.vocabularySize} distinct terms; process total now ${heapMb().toFixed(0)} MB (corpus text and reports included)`);
printAim(`index heap < ${AIM_HEAP_MB} MB`, heapIndex < AIM_HEAP_MB, `${heapIndex.toFixed(1)} MB`);

// 3. related() latency beside the full scan, on the same queries.
printHeader('related() latency', `${QUERIES} queries over captures spread through the vault; full scan on ${FULL_SCAN_QUERIES} of them`);
const scanned: ScannedNote[] = notes.map((n, i) => ({ path: n.path, report: reports[i], links: extractNoteLinks(n.text) }));
const queries = spread(notes, QUERIES).map((n) => n.path);
const idx = index;
// The machine is shared: a 2 ms query preempted by another process takes 20. Each query runs
// three times and keeps its fastest (its own cost); the single-run p95 is printed beside it.
const bestOf = (runs: number, fn: () => unknown): number => {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    sink(fn());
    best = Math.min(best, performance.now() - start);
  }
  return best;
};
const percentiles = (samples: number[]): { p50: number; p95: number } => {
  const sorted = [...samples].sort((x, y) => x - y);
  return { p50: sorted[Math.ceil(sorted.length * 0.5) - 1], p95: sorted[Math.ceil(sorted.length * 0.95) - 1] };
};
for (const path of queries.slice(0, 20)) idx.related(path);
const latency = percentiles(queries.map((path) => bestOf(3, () => idx.related(path))));
const singleRun = percentiles(queries.map((path) => bestOf(1, () => idx.related(path))));
const few = spread(queries, FULL_SCAN_QUERIES);
let a = 0;
let b = 0;
const paired = compare(
  { index: () => idx.related(few[a++ % few.length]), fullScan: () => rankByFullScan(few[b++ % few.length], scanned) },
  { minTime: 0, minRuns: FULL_SCAN_QUERIES, maxRuns: FULL_SCAN_QUERIES, warmup: 1 },
);
const agree = few.filter((p) => JSON.stringify(idx.related(p)) === JSON.stringify(rankByFullScan(p, scanned))).length;
printRow('related() p50 (best of 3)', latency.p50, 'ms', 'full scan p50', paired.fullScan.p50);
printRow('related() p95 (best of 3)', latency.p95, 'ms', 'full scan p95', paired.fullScan.p95);
printRow('related() p95 (single runs)', singleRun.p95, 'ms', 'full scan p95', paired.fullScan.p95);
const speedup = 1 / pairedRatio(paired.index, paired.fullScan);
say(`   index and full scan return the same results on ${agree}/${few.length} queries; paired speed-up ${speedup.toFixed(0)}x`);
printAim(`related() p95 < ${AIM_P95_MS} ms`, latency.p95 < AIM_P95_MS, `${latency.p95.toFixed(2)} ms`);
printAim(`related() >= ${AIM_SPEEDUP}x faster than the full scan`, speedup >= AIM_SPEEDUP, `${speedup.toFixed(0)}x, paired median`);

// 4. One incremental update (a note edited: parse it, update the index) beside a rebuild.
printHeader('Incremental update (one note edited)', `${UPDATES} edits spread through the vault; rebuild = index from the parsed reports`);
const edits = spread(notes, UPDATES).map((n, i) => ({ path: n.path, text: `${n.text}\n\nEdited ${i}: a new thought about retrieval.\n` }));
// Each edit is applied three times (the same text: the same work) and keeps its fastest.
const update = percentiles(
  edits.map((edit) => bestOf(3, () => idx.update(edit.path, parseCapture(edit.text, edit.path), extractNoteLinks(edit.text)))),
);
const editReports = edits.map((x) => ({ path: x.path, report: parseCapture(x.text, x.path), links: extractNoteLinks(x.text) }));
const indexUpdate = percentiles(editReports.map((edit) => bestOf(3, () => idx.update(edit.path, edit.report, edit.links))));
index = null;
const rebuild = measure(() => buildIndex(notes, reports), { minTime: 0, minRuns: 2, maxRuns: 2, warmup: 0 });
printRow('update+parse p50 (best of 3)', update.p50, 'ms', 'rebuild', rebuild.median);
printRow('update+parse p95 (best of 3)', update.p95, 'ms', 'rebuild', rebuild.median);
printRow('index update p95 (best of 3)', indexUpdate.p95, 'ms', 'rebuild', rebuild.median);
printAim(`incremental update < ${AIM_UPDATE_MS} ms`, update.p95 < AIM_UPDATE_MS, `p95 ${update.p95.toFixed(2)} ms with parsing, ${indexUpdate.p95.toFixed(2)} ms index alone`);

// 5. What the ranking finds: other clips of the same conversation, the same author first.
printHeader('Ranking on the synthetic vault (what the corpus says is related)');
const fresh = buildIndex(notes, reports);
const byPath = new Map(notes.map((n) => [n.path, n]));
let convQueries = 0;
let convFound = 0;
let convTotal = 0;
let authorFirst = 0;
let authorQueries = 0;
for (const n of notes) {
  const clips = n.conversation ? (conversationClips.get(n.conversation) ?? 1) - 1 : 0;
  const sameAuthor = notes.some((m) => m !== n && m.author === n.author);
  if (clips === 0 && (!sameAuthor || authorQueries >= 300)) continue;
  const top = fresh.related(n.path, { limit: 10 });
  if (clips > 0) {
    convQueries++;
    convTotal += Math.min(clips, 10);
    convFound += top.filter((r) => byPath.get(r.path)?.conversation === n.conversation).length;
  } else {
    authorQueries++;
    const first = top[0] ? byPath.get(top[0].path) : undefined;
    if (first && (first.author === n.author || first.conversation === n.conversation)) authorFirst++;
  }
}
say(`   other clips of the same conversation in the top 10: ${convFound}/${convTotal} (${((100 * convFound) / Math.max(1, convTotal)).toFixed(1)}%) over ${convQueries} captures`);
say(`   first result by the same author, for captures whose author has others: ${authorFirst}/${authorQueries}`);
say(`   (checksum ${sunk() % 1000})`);
