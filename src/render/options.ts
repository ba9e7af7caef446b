/** The renderer's public options and handle (used by the thread view and by `xcap render`). */
import type { LanguageMode } from '../settings';

export interface RenderOptions {
  /** The note's language mode. */
  mode: LanguageMode;
  /** Hide promoted posts completely (else collapsed with an "Ad" badge, expandable). */
  hideAds: boolean;
  /** BCP 47 tag for dates and language names; default: the environment's (navigator.language). */
  locale?: string;
  /** Reference time for relative dates (tests pass a fixed date); default: now. */
  now?: Date;
  /** The reader changed the whole-note mode from the header control. */
  onModeChange?: (mode: LanguageMode) => void;
  /** Lets the host open links; default: plain <a target=_blank rel=noopener>. */
  onOpenLink?: (url: string, ev: MouseEvent) => void;
  /**
   * Called once every card is in the DOM (large captures render in slices after the first
   * screenful), e.g. to restore a scroll position deep in the thread. Not called after destroy().
   */
  onComplete?: () => void;
}

export interface RenderHandle {
  /** Sets the whole-note mode; every card follows it again (per-card choices are reset). */
  setMode(mode: LanguageMode): void;
  readonly mode: LanguageMode;
  /** Cancels pending rendering, removes listeners and the rendered element. */
  destroy(): void;
}
