/** The segmented language control (original / translation / both) of a card or of the whole note. */
import { LANGUAGE_MODES, type LanguageMode } from '../settings';
import { el } from './dom';

/** Attribute on each toggle button holding its mode; the renderer listens for clicks on them. */
export const MODE_ATTR = 'data-x-cap-mode';

const LABELS: Record<LanguageMode, string> = { original: 'Original', translation: 'Translation', both: 'Both' };

export interface ToggleView {
  setPressed(mode: LanguageMode): void;
}

export interface ToggleOptions {
  /** Accessible name of the group, e.g. "Language of this post". */
  groupLabel: string;
  /** Language names for the buttons' accessible names; null when unknown. */
  originalName: string | null;
  translationName: string | null;
  /** Extra class on the group. */
  cls?: string;
}

const withName = (base: string, name: string | null): string => (name ? `${base} (${name})` : base);

/** Appends the three buttons (with aria-pressed) and returns a handle to update them. */
export function renderModeToggle(parent: HTMLElement, mode: LanguageMode, options: ToggleOptions): ToggleView {
  const group = el(parent, 'div', { cls: ['x-cap-toggle', options.cls], attr: { role: 'group', 'aria-label': options.groupLabel } });
  const ariaLabels: Record<LanguageMode, string> = {
    original: withName('Show original', options.originalName),
    translation: withName('Show translation', options.translationName),
    both: 'Show both original and translation',
  };
  const buttons = LANGUAGE_MODES.map((m) =>
    el(group, 'button', {
      cls: 'x-cap-toggle-button',
      text: LABELS[m],
      attr: { type: 'button', [MODE_ATTR]: m, 'aria-label': ariaLabels[m], 'aria-pressed': 'false' },
    }),
  );
  const view: ToggleView = {
    setPressed(next) {
      buttons.forEach((button, i) => button.setAttribute('aria-pressed', String(LANGUAGE_MODES[i] === next)));
    },
  };
  view.setPressed(mode);
  return view;
}
