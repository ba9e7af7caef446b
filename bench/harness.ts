/**
 * Measuring helpers shared by every bench. The machine is shared and noisy, so absolute times
 * drift: each figure is measured beside its baseline in the same run, the runs of all cases are
 * interleaved (noise hits every case alike), and the ratio is what to read.
 */
import process from 'node:process';

export interface Stats {
  /** Milliseconds per run. */
  median: number;
  p50: number;
  p95: number;
  min: number;
  mean: number;
  runs: number;
  /** Every measured run in order (ms), for paired comparisons. */
  samples: number[];
}

export interface MeasureOptions {
  /** Keep measuring until this many milliseconds were spent in measured runs (default 2000). */
  minTime?: number;
  /** At least this many measured runs of every case (default 7). */
  minRuns?: number;
  /** At most this many measured runs of every case (default 1000). */
  maxRuns?: number;
  /** Unmeasured runs first, so the JIT has compiled the code being measured (default 2). */
  warmup?: number;
}

let blackhole = 0;

/** Keeps a result alive so the JIT cannot drop the work that produced it. */
export function sink(value: unknown): void {
  if (typeof value === 'number') blackhole += value;
  else if (typeof value === 'string') blackhole += value.length;
  else if (Array.isArray(value)) blackhole += value.length;
  else if (value !== null && value !== undefined) blackhole += 1;
}

/** Whatever `sink` swallowed (print it once per bench so nothing is provably unused). */
export function sunk(): number {
  return blackhole;
}

// Node started with --expose-gc (bench/run.mjs does it): collect between runs so one case's
// garbage is not collected on another case's clock.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return {
    median,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0],
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    runs: samples.length,
    samples,
  };
}

function timeOnce(fn: () => unknown): number {
  collect();
  const start = performance.now();
  sink(fn());
  return performance.now() - start;
}

/**
 * Runs every case in rounds, one run of each per round in a rotating order, until each has
 * `minRuns` runs and `minTime` was spent (or `maxRuns`). Returns the stats of each case.
 */
export function compare<K extends string>(cases: Record<K, () => unknown>, options: MeasureOptions = {}): Record<K, Stats> {
  const { minTime = 2000, minRuns = 7, maxRuns = 1000, warmup = 2 } = options;
  const names = Object.keys(cases) as K[];
  for (let w = 0; w < warmup; w++) for (const name of names) sink(cases[name]());
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  let spent = 0;
  for (let round = 0; round < maxRuns; round++) {
    if (round >= minRuns && spent >= minTime) break;
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const ms = timeOnce(cases[name]);
      samples[name].push(ms);
      spent += ms;
    }
  }
  return Object.fromEntries(names.map((n) => [n, stats(samples[n])])) as Record<K, Stats>;
}

/** Measures one function alone (prefer `compare` with a baseline). */
export function measure(fn: () => unknown, options: MeasureOptions = {}): Stats {
  return compare({ fn }, options).fn;
}

/** Median over rounds of a's time divided by b's time in the same round (robust to drift). */
export function pairedRatio(a: Stats, b: Stats): number {
  const n = Math.min(a.samples.length, b.samples.length);
  return stats(Array.from({ length: n }, (_, i) => a.samples[i] / b.samples[i])).median;
}

/** Megabytes (10^6 bytes) per second for `bytes` processed in `ms`. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/** Writes one line of bench output (stdout, no console: the lint rules forbid it everywhere). */
export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  return abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : abs >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

/** Prints a section title. */
export function printHeader(title: string, ...details: string[]): void {
  say(`\n## ${title}`);
  for (const line of details) say(`   ${line}`);
}

/**
 * Prints a figure beside its baseline and their ratio (value / baseline):
 * `label  value unit | baseline: value unit | ratio 0.42x`.
 */
export function printRow(label: string, value: number, unit: string, baselineLabel: string, baselineValue: number): void {
  say(
    `   ${label.padEnd(28)} ${fmt(value).padStart(9)} ${unit.padEnd(6)} | ${baselineLabel.padEnd(24)} ${fmt(baselineValue).padStart(9)} ${unit.padEnd(6)} | ratio ${fmt(value / baselineValue)}x`,
  );
}

/** Prints whether an aim is met, with the figure that decided it. */
export function printAim(aim: string, met: boolean, figure: string): void {
  say(`   aim ${met ? 'MET    ' : 'NOT MET'} ${aim} (${figure})`);
}
