import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { modeFor, movedModes, withoutModes } from '../../src/ui/language-modes';

describe('remembered language modes', () => {
  it('fall back to the default mode', () => {
    const s = { ...DEFAULT_SETTINGS, defaultLanguageMode: 'original' as const, languageModes: { 'a.md': 'both' as const } };
    expect(modeFor(s, 'a.md')).toBe('both');
    expect(modeFor(s, 'b.md')).toBe('original');
  });

  it('move with a renamed note, or with every note of a renamed folder', () => {
    const modes = { 'a.md': 'original', 'Clips/x.md': 'translation', 'Clips/sub/y.md': 'both', 'Clipsy.md': 'both' } as const;
    expect(movedModes(modes, 'a.md', 'b.md', false)).toEqual({ 'b.md': 'original', 'Clips/x.md': 'translation', 'Clips/sub/y.md': 'both', 'Clipsy.md': 'both' });
    expect(movedModes(modes, 'Clips', 'Old', true)).toEqual({ 'a.md': 'original', 'Old/x.md': 'translation', 'Old/sub/y.md': 'both', 'Clipsy.md': 'both' });
    expect(movedModes(modes, 'c.md', 'd.md', false)).toBeNull();
  });

  it('go with a deleted note or folder', () => {
    const modes = { 'a.md': 'original', 'Clips/x.md': 'translation', 'Clipsy.md': 'both' } as const;
    expect(withoutModes(modes, 'a.md', false)).toEqual({ 'Clips/x.md': 'translation', 'Clipsy.md': 'both' });
    expect(withoutModes(modes, 'Clips', true)).toEqual({ 'a.md': 'original', 'Clipsy.md': 'both' });
    expect(withoutModes(modes, 'none.md', false)).toBeNull();
  });
});
