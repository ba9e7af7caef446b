import { describe, expect, it } from 'vitest';
import { parseDay, statusTime } from '../../src/core/dates';

describe('statusTime', () => {
  it('decodes the creation time a snowflake id encodes', () => {
    expect(statusTime('1910445678658281935')?.toISOString()).toBe('2025-04-10T21:31:58.813Z');
    expect(statusTime('1596757194586062848')?.toISOString()).toBe('2022-11-27T06:45:56.160Z');
  });
  it('gives null for ids that are not snowflakes', () => {
    expect(statusTime('20')).toBeNull();
    expect(statusTime('abc')).toBeNull();
    expect(statusTime(null)).toBeNull();
  });
});

describe('parseDay', () => {
  it.each([
    ['2025-04-10', '2025-04-10'],
    ['2025-04-11T03:04:36+08:00', '2025-04-10'],
    ['2025-04-10T23:04:36+08:00', '2025-04-10'],
    ['2026-06-16T17:20:00.000Z', '2026-06-16'],
    ['November 27, 2022 1:45 AM', '2022-11-27'],
    ['Jan 02, 2026', '2026-01-02'],
    ['Fri Sep 19 13:48:41 +0000 2025', '2025-09-19'],
    ['Sat Jan 03 02:42:50 -0500 2026', '2026-01-03'],
    ['2025-02-30', null],
    ['soon', null],
    [42, null],
  ])('%s -> %s', (input, day) => {
    expect(parseDay(input)).toBe(day);
  });
});
