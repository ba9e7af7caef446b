import type { Rng } from './random';

/** X's snowflake epoch (2010-11-04T01:42:54.657Z): a status id is (ms since it) << 22 | worker/sequence bits. */
export const TWITTER_EPOCH_MS = 1288834974657n;

/** A valid status id created at `ms` (Unix milliseconds), with random worker and sequence bits. */
export function snowflakeAt(rng: Rng, ms: number): string {
  const low = BigInt(Math.floor(rng() * 0x400000));
  return (((BigInt(ms) - TWITTER_EPOCH_MS) << 22n) | low).toString();
}

/** The creation time (Unix milliseconds) a status id encodes. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + TWITTER_EPOCH_MS);
}

/** YYYY-MM-DD of a Unix-milliseconds time, in UTC (the day the report's `date` field holds). */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
