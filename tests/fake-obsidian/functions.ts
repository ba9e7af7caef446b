import type * as O from 'obsidian';

/** Obsidian's normalizePath: forward slashes, no duplicate or edge slashes, NFC, '/' for the root. */
export function normalizePath(path: string): string {
  const p = path
    .replace(/\u00a0|\u202f/g, ' ')
    .replace(/[\\/]+/g, '/')
    .replace(/^\/+|\/+$/g, '')
    .normalize('NFC');
  return p === '' ? '/' : p;
}

/**
 * Obsidian's debounce: runs `cb` `timeout` ms after the first call (or after the last call when
 * `resetTimer`), with the latest arguments; `cancel()` drops a pending run, `run()` runs it now.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: T | null = null;
  const fire = (): V | void => {
    timer = null;
    if (!pending) return;
    const args = pending;
    pending = null;
    return cb(...args);
  };
  const debounced = function (this: unknown, ...args: [...T]) {
    pending = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    timer ??= setTimeout(fire, timeout);
    return debounced;
  } as O.Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
    return debounced;
  };
  debounced.run = () => {
    if (timer !== null) clearTimeout(timer);
    return fire();
  };
  return debounced;
}

let language = 'en';

/** The app's interface language ('en', 'zh', 'ja', ...). Tests change it with `setLanguage`. */
export function getLanguage(): string {
  return language;
}

/** Test helper: the value `getLanguage()` returns from now on. */
export function setLanguage(code: string): void {
  language = code;
}

/** Obsidian's Platform flags, as on a Linux desktop; tests may flip them (e.g. isMobile). */
export const Platform: typeof O.Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: 'app://fake/',
};

/** Replaces the element's content with a stand-in icon: `<span class="fake-icon" data-icon="id">`. */
export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.empty();
  parent.createSpan({ cls: 'fake-icon', attr: { 'data-icon': iconId, 'aria-hidden': 'true' } });
}

/** Sets the tooltip the way Obsidian does: through aria-label (Obsidian shows it on hover). */
export function setTooltip(el: HTMLElement, tooltip: string, options?: O.TooltipOptions): void {
  el.setAttr('aria-label', tooltip);
  if (options?.placement) el.setAttr('data-tooltip-position', options.placement);
}

/** Obsidian's parseLinktext: `path#subpath` split in two. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const i = linktext.indexOf('#');
  return i < 0 ? { path: linktext, subpath: '' } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

/** Obsidian's getLinkpath: the path part of a link text. */
export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}
