// Detect+parse throughput over a synthetic vault, beside gray-matter alone and a plain line split
// of the same bytes, measured interleaved in the same run.
//   npm run bench -- parse            (XCAP_BENCH_NOTES=5000 for a bigger corpus)
import matter from 'gray-matter';
import process from 'node:process';
import { parseCapture } from '../src/core/parse';
import { EXPECTED_LAYOUT, generateNotes, type CorpusNote } from './corpus';
import { compare, mbPerSecond, pairedRatio, printAim, printHeader, printRow, say, sunk } from './harness';
import { utf8Length } from './corpus/text';

const COUNT = Number(process.env.XCAP_BENCH_NOTES ?? 2000);
const SEED = Number(process.env.XCAP_BENCH_SEED ?? 1);
const AIM_MB_S = 50;
const AIM_GRAY_MATTER_FACTOR = 3;

// Always with options: without them gray-matter caches every text it sees, and the baseline would
// measure a cache lookup from the second run on.
const MATTER_OPTIONS = { excerpt: false };
type Matter = (input: string, options: typeof MATTER_OPTIONS) => { data: Record<string, unknown> };
const grayMatter = matter as unknown as Matter;

const sizeOf = (notes: readonly CorpusNote[]) => notes.reduce((sum, n) => sum + utf8Length(n.text), 0);

function parseAll(notes: readonly CorpusNote[]): number {
  let posts = 0;
  for (const n of notes) posts += parseCapture(n.text, n.path).posts.length;
  return posts;
}

function grayMatterAll(notes: readonly CorpusNote[]): number {
  let keys = 0;
  for (const n of notes) {
    try {
      keys += Object.keys(grayMatter(n.text, MATTER_OPTIONS).data).length;
    } catch {
      keys--;
    }
  }
  return keys;
}

function splitAll(notes: readonly CorpusNote[]): number {
  let lines = 0;
  for (const n of notes) lines += n.text.split('\n').length;
  return lines;
}

const t0 = performance.now();
const notes = generateNotes(COUNT, SEED);
const genMs = performance.now() - t0;
const bytes = sizeOf(notes);
const mb = bytes / 1e6;

printHeader(
  'Parse: detect + parse throughput',
  `corpus: ${notes.length} notes, ${mb.toFixed(2)} MB (UTF-8), seed ${SEED}, generated in ${(genMs / 1000).toFixed(1)} s`,
  `largest note ${(Math.max(...notes.map((n) => utf8Length(n.text))) / 1000).toFixed(0)} KB; MB = 10^6 bytes; figures are medians of interleaved runs`,
);

// What the parser makes of the corpus: a check that the bench measures real work, not early exits.
let detected = 0;
let expected = 0;
let layoutsAgree = 0;
for (const n of notes) {
  const report = parseCapture(n.text, n.path);
  const want = EXPECTED_LAYOUT[n.kind];
  if (want !== null) expected++;
  if (report.isCapture) detected++;
  if (report.layout === want) layoutsAgree++;
}
say(`   parser sees ${detected} captures (corpus holds ${expected}); layout as expected for ${layoutsAgree}/${notes.length} notes`);

const all = compare(
  {
    parse: () => parseAll(notes),
    grayMatter: () => grayMatterAll(notes),
    split: () => splitAll(notes),
  },
  { minTime: 6000, minRuns: 7, warmup: 2 },
);
const parseMbs = mbPerSecond(bytes, all.parse.median);
const gmMbs = mbPerSecond(bytes, all.grayMatter.median);
const splitMbs = mbPerSecond(bytes, all.split.median);
say(`   runs: ${all.parse.runs} each; parse p95 ${all.parse.p95.toFixed(0)} ms per pass, median ${all.parse.median.toFixed(0)} ms`);
printRow('detect+parse', parseMbs, 'MB/s', 'gray-matter alone', gmMbs);
printRow('detect+parse', parseMbs, 'MB/s', "text.split('\\n')", splitMbs);
const timeVsMatter = pairedRatio(all.parse, all.grayMatter);
printAim(`detect+parse >= ${AIM_MB_S} MB/s`, parseMbs >= AIM_MB_S, `${parseMbs.toFixed(1)} MB/s`);
printAim(
  `detect+parse time <= ${AIM_GRAY_MATTER_FACTOR}x gray-matter alone`,
  timeVsMatter <= AIM_GRAY_MATTER_FACTOR,
  `${timeVsMatter.toFixed(2)}x the time, paired median`,
);

// Per kind of note, and the largest notes alone: a parser that is fine on average can still be
// superlinear on 200 KB threads or slow on one layout.
printHeader('Parse by kind of note (each beside a line split of the same notes)');
const groups: [string, CorpusNote[]][] = [
  ['thread layout', notes.filter((n) => n.kind === 'thread' || n.kind === 'ad')],
  ['post layout', notes.filter((n) => n.kind === 'post')],
  ['article layout', notes.filter((n) => n.kind === 'article')],
  ['other tools', notes.filter((n) => EXPECTED_LAYOUT[n.kind] === 'other')],
  ['not captures', notes.filter((n) => EXPECTED_LAYOUT[n.kind] === null)],
  ['20 largest notes', [...notes].sort((a, b) => utf8Length(b.text) - utf8Length(a.text)).slice(0, 20)],
];
for (const [label, group] of groups) {
  if (group.length === 0) continue;
  const size = sizeOf(group);
  const r = compare({ parse: () => parseAll(group), split: () => splitAll(group) }, { minTime: 1500, minRuns: 5 });
  printRow(`${label} (${group.length}, ${(size / 1e6).toFixed(1)} MB)`, mbPerSecond(size, r.parse.median), 'MB/s', "text.split('\\n')", mbPerSecond(size, r.split.median));
}
say(`   (checksum ${sunk() % 1000})`);
