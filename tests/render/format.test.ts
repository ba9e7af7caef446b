import { describe, expect, test } from 'vitest';
import { avatarColor, initials } from '../../src/render/avatar';
import { dateLocale, formatPostDate } from '../../src/render/dates';
import { languageName } from '../../src/render/language';
import { gridColumns } from '../../src/render/media';

const NOW = new Date('2025-04-12T12:00:00Z');

describe('dateLocale', () => {
  test.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh-Hant', 'zh-TW'],
    ['ja-JP', 'ja'],
    ['en-GB', 'en-GB'],
    ['pt_BR', 'pt-BR'],
    ['fr-CA', 'fr'],
    ['xx-YY', 'en-US'],
  ])('%s uses %s', (tag, code) => expect(dateLocale(tag).code).toBe(code));

  test('no tag uses en-US', () => expect(dateLocale(undefined).code).toBe('en-US'));
});

describe('formatPostDate', () => {
  test('an exact time within a week is relative, exact on hover', () => {
    const d = formatPostDate('2025-04-09T10:00:00.000Z', '2025-04-09', NOW, 'en-US');
    expect(d).toEqual({ label: '3 days ago', title: 'Wednesday, April 9th, 2025 at 10:00:00 AM', datetime: '2025-04-09T10:00:00.000Z' });
  });

  test('older posts show a date in the locale', () => {
    expect(formatPostDate('2025-01-02T10:00:00.000Z', null, NOW, 'en-US')?.label).toBe('Jan 2, 2025');
    expect(formatPostDate('2025-01-02T10:00:00.000Z', null, NOW, 'zh-CN')?.label).toBe('2025-01-02');
    expect(formatPostDate('2025-01-02T10:00:00.000Z', null, NOW, 'ja')?.label).toBe('2025/01/02');
  });

  test('a day without time: calendar-relative within a week, the day itself otherwise', () => {
    expect(formatPostDate(null, '2025-04-11', NOW, 'en-US')).toEqual({ label: 'yesterday', title: 'Friday, April 11th, 2025', datetime: '2025-04-11' });
    expect(formatPostDate(null, '2025-04-12', NOW, 'en-US')?.label).toBe('today');
    expect(formatPostDate(null, '2025-04-10', NOW, 'zh-CN')?.label).toBe('前天');
    expect(formatPostDate(null, '2024-12-31', NOW, 'en-US')?.label).toBe('Dec 31, 2024');
  });

  test('unreadable dates give nothing', () => {
    expect(formatPostDate('not a time', 'nope', NOW, 'en-US')).toBeNull();
    expect(formatPostDate(null, null, NOW, 'en-US')).toBeNull();
  });
});

describe('avatar', () => {
  test.each([
    [{ name: 'Kevin Henrikson', handle: 'KevinHenrikson' }, 'KH'],
    [{ name: 'Tigris 会讲课教授是好老师', handle: 't' }, 'T会'],
    [{ name: '宝玉', handle: 'dotey' }, '宝'],
    [{ name: '🚀 rocket man', handle: 'r' }, 'RM'],
    [{ name: '-Zho-', handle: 'ZHO_ZHO_ZHO' }, 'Z'],
    [{ name: null, handle: 'alice' }, 'A'],
    [{ name: '🚀', handle: '_' }, '?'],
  ])('initials of %o are %s', (author, expected) => expect(initials(author)).toBe(expected));

  test('the colour depends on the handle only, case-insensitively, and spreads', () => {
    expect(avatarColor({ name: 'A', handle: 'dotey' })).toBe(avatarColor({ name: 'B', handle: 'DOTEY' }));
    const colours = new Set(Array.from({ length: 64 }, (_, i) => avatarColor({ name: null, handle: `user${i}` })));
    expect(colours.size).toBe(8);
  });
});

describe('languageName', () => {
  test('names languages in the reader language, keeps unknown codes', () => {
    expect(languageName('zh', 'en-US')).toBe('Chinese');
    expect(languageName('en', 'zh-CN')).toBe('英语');
    expect(languageName('<script>', 'en')).toBe('<script>');
    expect(languageName(null, 'en')).toBeNull();
    expect(languageName('ja', 'not a tag!')).toBe('Japanese');
  });
});

test('grid columns by image count', () => {
  expect([1, 2, 3, 4, 5, 9].map(gridColumns)).toEqual([1, 2, 3, 2, 3, 3]);
});
