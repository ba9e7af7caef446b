/** A post's (or quoted post's) text as original/translation blocks that follow a language mode. */
import type { Segment } from '../core/types';
import type { LanguageMode } from '../settings';
import { el, setHidden } from './dom';
import { renderParagraphs } from './paragraphs';

/** Rendered text that can switch between original, translation and both without rebuilding. */
export interface TextView {
  apply(mode: LanguageMode): void;
}

export interface SegmentLanguages {
  original: string | null;
  translation: string | null;
  /** Shown above translated text in "both" mode, e.g. "Chinese translation". */
  translationLabel: string;
}

interface TranslatedBlock {
  original: HTMLElement;
  translation: HTMLElement;
  label: HTMLElement | null;
}

/** "Chinese translation", or "Translation" when the language is unknown. */
export const translationLabel = (languageName: string | null): string =>
  languageName ? `${languageName} translation` : 'Translation';

/**
 * Appends the segments to `parent`. Segments without a translation always show their original;
 * the others show original, translation or both, as the last `apply` asked. In "both", the first
 * translated stretch carries the language label; the others are marked by their style only.
 */
export function renderSegments(parent: HTMLElement, segments: Segment[], langs: SegmentLanguages, mode: LanguageMode): TextView {
  const blocks: TranslatedBlock[] = [];
  for (const segment of segments) {
    const translated = typeof segment.translation === 'string' && segment.translation.trim() !== '';
    const seg = el(parent, 'div', { cls: translated ? ['x-cap-seg', 'x-cap-seg--translated'] : 'x-cap-seg' });
    const original = el(seg, 'div', { cls: 'x-cap-original', attr: { lang: langs.original } });
    renderParagraphs(original, segment.original);
    if (!translated) continue;
    const translation = el(seg, 'div', { cls: 'x-cap-translation' });
    const label = blocks.length === 0 ? el(translation, 'div', { cls: 'x-cap-translation-label', text: langs.translationLabel }) : null;
    renderParagraphs(el(translation, 'div', { cls: 'x-cap-translation-text', attr: { lang: langs.translation } }), segment.translation ?? '');
    blocks.push({ original, translation, label });
  }
  const view: TextView = {
    apply(next) {
      for (const block of blocks) {
        setHidden(block.original, next === 'translation');
        setHidden(block.translation, next === 'original');
        if (block.label) setHidden(block.label, next !== 'both');
      }
    },
  };
  view.apply(mode);
  return view;
}
