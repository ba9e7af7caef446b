/** Dates in captures: author-line days, status-id times, the formats other tools write. */

const TWITTER_EPOCH = 1288834974657;
// Snowflake ids started on 2010-11-04; anything that decodes earlier is an older sequential id.
const SNOWFLAKE_START = Date.UTC(2010, 10, 4);
const LATEST = Date.UTC(2100, 0, 1);

/**
 * The creation time a snowflake status id encodes (`(id >> 22) + epoch` ms), or -1. The id (up
 * to 20 digits, past 2^53) is divided by 2^22 digit by digit, exactly, without a BigInt: every
 * intermediate stays below 2^53 (the quotient below 10^20 / 2^22, the remainder below 2^22).
 */
export function statusMillis(statusId: string | null | undefined): number {
  if (!statusId) return -1;
  const n = statusId.length;
  if (n < 15 || n > 20) return -1;
  let quotient = 0;
  let remainder = 0;
  for (let i = 0; i < n; i++) {
    const d = statusId.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    const current = remainder * 10 + d;
    const q = Math.floor(current / 4_194_304);
    quotient = quotient * 10 + q;
    remainder = current - q * 4_194_304;
  }
  const ms = quotient + TWITTER_EPOCH;
  return ms >= SNOWFLAKE_START && ms < LATEST ? ms : -1;
}

/** The exact creation time a snowflake status id encodes (`(id >> 22) + epoch` ms), or null. */
export function statusTime(statusId: string | null | undefined): Date | null {
  const ms = statusMillis(statusId);
  return ms === -1 ? null : new Date(ms);
}

/** YYYY-MM-DD of a Date in UTC. */
export const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

const valid = (y: number, m: number, d: number): string | null => {
  const t = new Date(Date.UTC(y, m, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m && t.getUTCDate() === d ? utcDay(t) : null;
};

/**
 * Reads a date as the UTC day, from the shapes captures hold: `2025-04-10`, ISO times with an
 * offset (`2025-04-11T03:04:36+08:00` is 2025-04-10 in UTC),
 * `November 27, 2022 1:45 AM`, `Jan 02, 2026`, `Fri Sep 19 13:48:41 +0000 2025`.
 */
export function parseDay(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : utcDay(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (m) {
    if (m[4] && m[7]) {
      const t = Date.parse(s.replace(' ', 'T'));
      return Number.isNaN(t) ? null : utcDay(new Date(t));
    }
    return valid(+m[1], +m[2] - 1, +m[3]);
  }
  // Twitter API: "Fri Sep 19 13:48:41 +0000 2025"
  m = /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+([+-]\d{4})\s+(\d{4})$/.exec(s);
  if (m && m[1].toLowerCase() in MONTHS) {
    const off = (m[6][0] === '-' ? -1 : 1) * (+m[6].slice(1, 3) * 60 + +m[6].slice(3));
    const t = Date.UTC(+m[7], MONTHS[m[1].toLowerCase()], +m[2], +m[3], +m[4], +m[5]) - off * 60_000;
    return utcDay(new Date(t));
  }
  // "November 27, 2022 1:45 AM", "Jan 02, 2026", "27 Nov 2022"
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s);
  if (m && m[1].slice(0, 3).toLowerCase() in MONTHS) return valid(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]);
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && m[2].slice(0, 3).toLowerCase() in MONTHS) return valid(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]);
  return null;
}
