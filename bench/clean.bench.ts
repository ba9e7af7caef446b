// Both cleanups (strip promoted posts, normalize tags) planned and applied over a synthetic vault of
// 10,000 captures (plus the non-captures a vault holds), beside reading and writing the same files
// unchanged, measured interleaved in the same run. Then `xcap clean --write` itself, twice, on a
// copy: the second run must change nothing.
//   npm run bench -- clean            (XCAP_BENCH_CAPTURES=2000 for a quicker run)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { runCli } from '../src/cli/run';
import { normalizeTags, stripPromoted } from '../src/core/edits';
import { parseCapture } from '../src/core/parse';
import { EXPECTED_LAYOUT, generateNotes, writeCorpus } from './corpus';
import { compare, pairedRatio, printAim, printHeader, printRow, say, sunk } from './harness';

const CAPTURES = Number(process.env.XCAP_BENCH_CAPTURES ?? 10_000);
const SEED = Number(process.env.XCAP_BENCH_SEED ?? 1);
const AIM_FACTOR = 3;

// The shortest corpus prefix holding CAPTURES captures (a longer corpus starts with a shorter one).
const t0 = performance.now();
const pool = generateNotes(Math.ceil(CAPTURES * 1.6), SEED);
let count = 0;
for (let seen = 0; count < pool.length && seen < CAPTURES; count++) if (EXPECTED_LAYOUT[pool[count].kind] !== null) seen++;
const notes = pool.slice(0, count);
const dir = mkdtempSync(join(tmpdir(), 'xcap-clean-bench-'));
const vault = join(dir, 'vault');
const out = join(dir, 'out');
const { files, bytes } = writeCorpus(vault, count, SEED);
writeCorpus(out, count, SEED);
const paths = notes.map((n) => n.path);
const genMs = performance.now() - t0;

printHeader(
  'Clean: plan and apply both cleanups to a vault',
  `vault: ${files} notes (${CAPTURES} captures), ${(bytes / 1e6).toFixed(1)} MB, seed ${SEED}, generated and written in ${(genMs / 1000).toFixed(1)} s`,
  'each pass reads every note of the vault and writes to a second folder, so every pass does the same work',
);

/** What `xcap clean` does to one note: parse, strip the ads, normalize the tags. */
function cleaned(text: string, path: string): string | null {
  const report = parseCapture(text, path);
  if (!report.isCapture) return null;
  const stripped = report.posts.some((p) => p.promoted) ? stripPromoted(text, report) : null;
  if (stripped?.error) return null;
  const tags = normalizeTags(stripped ? stripped.text : text);
  const next = tags.error ? (stripped?.text ?? text) : tags.text;
  return next === text ? null : next;
}

/** Reads every note, plans both cleanups and writes the notes that change. */
function cleanPass(): number {
  let changed = 0;
  for (const path of paths) {
    const text = readFileSync(join(vault, path), 'utf8');
    const next = cleaned(text, path);
    if (next !== null) {
      writeFileSync(join(out, path), next, 'utf8');
      changed++;
    }
  }
  return changed;
}

/** The baseline: reads every note and writes it back unchanged. */
function copyPass(): number {
  let written = 0;
  for (const path of paths) {
    writeFileSync(join(out, path), readFileSync(join(vault, path), 'utf8'), 'utf8');
    written++;
  }
  return written;
}

/** Planning alone, in memory: what the plugin's preview does once the notes are read. */
function planPass(): number {
  let changed = 0;
  for (const n of notes) if (cleaned(n.text, n.path) !== null) changed++;
  return changed;
}

/** Parsing alone, in memory: the part of planning that finds the ads. */
function parsePass(): number {
  let posts = 0;
  for (const n of notes) posts += parseCapture(n.text, n.path).posts.length;
  return posts;
}

const willChange = planPass();
const ads = notes.reduce((sum, n) => sum + parseCapture(n.text, n.path).posts.filter((p) => p.promoted).length, 0);
say(`   ${willChange} notes change (${ads} ads in the vault; tags to normalize in the others)`);

const io = compare({ clean: cleanPass, baseline: copyPass }, { minTime: 8000, minRuns: 5, warmup: 1 });
printRow('read, plan, write changed', io.clean.median, 'ms', 'read + write unchanged', io.baseline.median);
const factor = pairedRatio(io.clean, io.baseline);
printAim(`plan + apply both cleanups <= ${AIM_FACTOR}x reading and writing the vault`, factor <= AIM_FACTOR, `${factor.toFixed(2)}x, paired median of ${io.clean.runs} runs`);

const mem = compare({ plan: planPass, parse: parsePass }, { minTime: 5000, minRuns: 5, warmup: 1 });
printRow('plan both (in memory)', mem.plan.median, 'ms', 'parse alone', mem.parse.median);

// The real command, end to end (one run each: it rewrites the vault in place).
printHeader('xcap clean --write on the vault, twice');
const silent = { out: (): void => undefined, err: (t: string): void => void process.stderr.write(t), cwd: dir };
let summary = '';
const capture = { ...silent, out: (t: string): void => void (summary = t) };
const first = performance.now();
const code1 = await runCli(['clean', '--write', vault], capture);
const firstMs = performance.now() - first;
say(`   first run  ${(firstMs / 1000).toFixed(2)} s, exit ${code1}: ${summary.trim()}`);
const second = performance.now();
const code2 = await runCli(['clean', '--write', vault], capture);
const secondMs = performance.now() - second;
say(`   second run ${(secondMs / 1000).toFixed(2)} s, exit ${code2}: ${summary.trim()}`);
printAim('a second run changes nothing', /^0 notes changed/.test(summary), summary.split(',')[0]);

rmSync(dir, { recursive: true, force: true });
say(`   (checksum ${sunk() % 1000})`);
