import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings, type XCaptureSettings } from '../../src/settings';

// The plugin loads whatever data.json holds through migrateSettings: nothing, an older shape,
// hand-edited JSON. Settings must come out complete and well typed, whatever went in.

const TYPES: Record<keyof XCaptureSettings, string> = {
  openAsCards: 'boolean',
  defaultLanguageMode: 'string',
  hideAds: 'boolean',
  siteTag: 'string',
  tagReplacement: 'string',
  lowercaseTags: 'boolean',
  dropNumericTags: 'boolean',
  hashtagPrefix: 'string',
  includeFolders: 'object',
  excludeFolders: 'object',
  showBacklinkedCaptures: 'boolean',
  languageModes: 'object',
};

describe('migrateSettings', () => {
  it('gives the defaults for nothing or a value that is not an object, never the frozen defaults themselves', () => {
    for (const stored of [undefined, null, 'x', 42, [], [{ openAsCards: false }]]) {
      const s = migrateSettings(stored);
      expect(s).toEqual(DEFAULT_SETTINGS);
      expect(Object.isFrozen(s.includeFolders)).toBe(false);
      s.includeFolders.push('A');
      s.languageModes['a.md'] = 'original';
    }
    expect(DEFAULT_SETTINGS.includeFolders).toEqual([]);
    expect(DEFAULT_SETTINGS.languageModes).toEqual({});
  });

  it('keeps good values, replaces wrong types by defaults, drops unknown keys and bad entries', () => {
    const s = migrateSettings({
      openAsCards: false,
      defaultLanguageMode: 'klingon',
      hideAds: 'yes',
      siteTag: '  twitter ',
      tagReplacement: 7,
      includeFolders: [' Clippings ', 3, '', null, 'X/Threads'],
      excludeFolders: 'Archive',
      languageModes: { 'a.md': 'translation', 'b.md': 'nope', 'c.md': 1 },
      removedLongAgo: true,
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      openAsCards: false,
      siteTag: 'twitter',
      includeFolders: ['Clippings', 'X/Threads'],
      languageModes: { 'a.md': 'translation' },
    });
  });

  it('never throws, always returns every setting with its type, and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...Object.keys(TYPES)), fc.jsonValue())), (stored) => {
        const s = migrateSettings(stored);
        expect(Object.keys(s).sort()).toEqual(Object.keys(TYPES).sort());
        for (const [key, type] of Object.entries(TYPES)) expect(typeof s[key as keyof XCaptureSettings]).toBe(type);
        expect(migrateSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
    );
  });
});
