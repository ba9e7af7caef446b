/** The plugin's settings: the interface, frozen defaults and migration from stored data. */

export type LanguageMode = 'original' | 'translation' | 'both';

export const LANGUAGE_MODES: readonly LanguageMode[] = Object.freeze(['original', 'translation', 'both']);

export interface XCaptureSettings {
  /** Open notes detected as captures in the card view. */
  openAsCards: boolean;
  /** Language mode for notes that have no remembered mode. */
  defaultLanguageMode: LanguageMode;
  /** Hide promoted posts completely instead of showing them collapsed. */
  hideAds: boolean;
  /** Tag that replaces the clipper's site label ("X (formerly Twitter)"); empty drops the label. */
  siteTag: string;
  /** Replacement for characters a tag cannot hold. */
  tagReplacement: string;
  /** Lower-case every tag when normalizing. */
  lowercaseTags: boolean;
  /** Drop tags made only of digits. */
  dropNumericTags: boolean;
  /** Prefix for tags that came from #hashtags in the clipper's site-label value (e.g. "topic/"). */
  hashtagPrefix: string;
  /** Folders the related-captures index reads (empty: the whole vault). */
  includeFolders: string[];
  /** Folders the related-captures index skips. */
  excludeFolders: string[];
  /** For a note that is not a capture, list the captures that link to it in the related panel. */
  showBacklinkedCaptures: boolean;
  /** Remembered language mode per note path. */
  languageModes: Record<string, LanguageMode>;
}

export const DEFAULT_SETTINGS: Readonly<XCaptureSettings> = Object.freeze({
  openAsCards: true,
  defaultLanguageMode: 'both',
  hideAds: false,
  siteTag: 'x',
  tagReplacement: '-',
  lowercaseTags: false,
  dropNumericTags: true,
  hashtagPrefix: '',
  includeFolders: [],
  excludeFolders: [],
  showBacklinkedCaptures: true,
  languageModes: {},
} satisfies XCaptureSettings);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMode = (v: unknown): v is LanguageMode => typeof v === 'string' && (LANGUAGE_MODES as readonly string[]).includes(v);
const stringList = (v: unknown, fallback: string[]): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [...fallback];

/**
 * Turns whatever `loadData()` returned (nothing, an older shape, hand-edited JSON) into complete
 * settings: unknown keys dropped, wrong types replaced by defaults, never throws.
 */
export function migrateSettings(stored: unknown): XCaptureSettings {
  const s = isRecord(stored) ? stored : {};
  const bool = (key: keyof XCaptureSettings): boolean =>
    typeof s[key] === 'boolean' ? s[key] : (DEFAULT_SETTINGS[key] as boolean);
  const str = (key: keyof XCaptureSettings): string =>
    typeof s[key] === 'string' ? s[key] : (DEFAULT_SETTINGS[key] as string);
  const modes: Record<string, LanguageMode> = {};
  if (isRecord(s.languageModes)) {
    for (const [path, mode] of Object.entries(s.languageModes)) if (isMode(mode)) modes[path] = mode;
  }
  return {
    openAsCards: bool('openAsCards'),
    defaultLanguageMode: isMode(s.defaultLanguageMode) ? s.defaultLanguageMode : DEFAULT_SETTINGS.defaultLanguageMode,
    hideAds: bool('hideAds'),
    siteTag: str('siteTag').trim(),
    tagReplacement: str('tagReplacement'),
    lowercaseTags: bool('lowercaseTags'),
    dropNumericTags: bool('dropNumericTags'),
    hashtagPrefix: str('hashtagPrefix').trim(),
    includeFolders: stringList(s.includeFolders, DEFAULT_SETTINGS.includeFolders),
    excludeFolders: stringList(s.excludeFolders, DEFAULT_SETTINGS.excludeFolders),
    showBacklinkedCaptures: bool('showBacklinkedCaptures'),
    languageModes: modes,
  };
}
