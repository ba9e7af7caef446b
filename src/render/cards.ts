/**
 * renderCapture: a capture report as a header and a list of cards, with the note-wide and per-card
 * language toggles, collapsible ads and an image lightbox. Plain DOM, so it runs in Obsidian and in
 * the standalone page `xcap render` writes.
 */
import type { CaptureReport, PostReport } from '../core/types';
import { LANGUAGE_MODES, type LanguageMode } from '../settings';
import { AD_TOGGLE_ATTR, PostCard } from './card';
import { detachedEl, el } from './dom';
import { renderHeader, type HeaderLanguages } from './header';
import { hasTranslation, translationPair } from './language';
import { Lightbox } from './lightbox';
import { ENLARGE_ATTR } from './media';
import type { RenderHandle, RenderOptions } from './options';
import { createScheduler } from './scheduler';
import { MODE_ATTR } from './toggle';

/** Posts rendered before renderCapture returns: about a screenful, so the first paint is complete. */
export const INITIAL_POSTS = 30;
/** Time budget of each later slice, so scrolling and typing stay smooth while the rest renders. */
const SLICE_BUDGET_MS = 8;

let renderCount = 0;

const isMode = (value: string | null): value is LanguageMode => (LANGUAGE_MODES as readonly (string | null)[]).includes(value);

/** The language pair shown in the header: the first translated post's (or quoted post's), null if none. */
function noteLanguages(posts: PostReport[]): HeaderLanguages | null {
  const post = posts.find(hasTranslation);
  return post ? translationPair(post) : null;
}

/**
 * Renders `report` into a new element appended to `container` (other children are left alone).
 * The header and the first {@link INITIAL_POSTS} cards are in the DOM when this returns; the rest
 * follow in slices between frames. `destroy()` cancels pending slices and removes everything.
 */
export function renderCapture(container: HTMLElement, report: CaptureReport, options: RenderOptions): RenderHandle {
  const doc = container.ownerDocument;
  const win = doc.defaultView;
  const locale = options.locale ?? win?.navigator?.language ?? undefined;
  const now = options.now ?? new Date();
  const idPrefix = `x-cap-${++renderCount}`;
  let mode = options.mode;
  let destroyed = false;

  const posts = options.hideAds ? report.posts.filter((p) => !p.promoted) : report.posts;
  const mainHandle = (report.posts.find((p) => p.role === 'main')?.author.handle ?? report.source.handle)?.toLowerCase() ?? null;

  const ads = report.posts.filter((p) => p.promoted).length;
  // The header and first cards are built apart and attached in one insertion, at the end of the first slice.
  const root = detachedEl(container, 'div', { cls: 'x-cap-root' });
  const counts = { posts: report.posts.length - ads, ads, adsHidden: options.hideAds };
  const headerToggle = renderHeader(root, report, counts, noteLanguages(posts), mode, locale);
  // A named region, so screen-reader users can jump from the header to the posts.
  const list = el(root, 'section', { cls: 'x-cap-posts', attr: { 'aria-label': 'Posts' } });
  const cards: PostCard[] = [];
  const cardOf = new WeakMap<Element, PostCard>();
  const scheduler = createScheduler(win);
  let lightbox: Lightbox | null = null;
  let next = 0;

  const renderCard = (index: number): void => {
    const card = new PostCard(list, posts[index], mode, {
      now,
      locale,
      mainHandle,
      threadContinues: posts[index + 1]?.role === 'thread',
      index,
      idPrefix,
    });
    cards.push(card);
    cardOf.set(card.article, card);
  };

  const clock = (): number => (win?.performance ?? performance).now();
  const renderSlice = (budgetMs: number, maxPosts: number): void => {
    const start = clock();
    const stop = Math.min(posts.length, next + maxPosts);
    while (next < stop) {
      renderCard(next++);
      if (clock() - start > budgetMs) break;
    }
    if (root.parentNode !== container && !destroyed) container.appendChild(root);
    if (next < posts.length) {
      list.setAttribute('aria-busy', 'true');
      scheduler.schedule(() => renderSlice(SLICE_BUDGET_MS, posts.length));
    } else {
      list.removeAttribute('aria-busy');
      options.onComplete?.();
    }
  };

  const handle: RenderHandle = {
    get mode() {
      return mode;
    },
    setMode(next) {
      if (destroyed) return;
      mode = next;
      headerToggle?.setPressed(next);
      for (const card of cards) card.setNoteMode(next);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      scheduler.cancel();
      lightbox?.close();
      root.removeEventListener('click', onClick);
      root.removeEventListener('error', onImageError, true);
      root.remove();
    },
  };

  function onClick(ev: MouseEvent): void {
    const target = ev.target as Element | null;
    if (!target || typeof target.closest !== 'function') return;
    const modeButton = target.closest(`[${MODE_ATTR}]`);
    if (modeButton) {
      const chosen = modeButton.getAttribute(MODE_ATTR);
      if (!isMode(chosen)) return;
      const article = modeButton.closest('.x-cap-card');
      const card = article ? cardOf.get(article) : undefined;
      if (card) card.setOverride(chosen);
      else {
        handle.setMode(chosen);
        options.onModeChange?.(chosen);
      }
      return;
    }
    const adButton = target.closest(`[${AD_TOGGLE_ATTR}]`);
    if (adButton) {
      const article = adButton.closest('.x-cap-card');
      if (article) cardOf.get(article)?.toggleAd();
      return;
    }
    const enlarge = target.closest(`[${ENLARGE_ATTR}]`);
    if (enlarge) {
      const src = enlarge.getAttribute(ENLARGE_ATTR);
      const alt = enlarge.querySelector('img')?.getAttribute('alt') ?? 'Image';
      if (src) (lightbox ??= new Lightbox(root)).open(src, alt, enlarge as HTMLElement);
      return;
    }
    const link = target.closest('a[href]');
    if (link && options.onOpenLink && !ev.defaultPrevented) {
      ev.preventDefault();
      options.onOpenLink(link.getAttribute('href') ?? '', ev);
    }
  }

  // Offline or deleted images: mark the frame so the stylesheet shows the alt text in its place.
  function onImageError(ev: Event): void {
    const target = ev.target as Element | null;
    if (target?.tagName === 'IMG') target.closest('.x-cap-image-button')?.classList.add('x-cap-image--broken');
  }

  root.addEventListener('click', onClick);
  root.addEventListener('error', onImageError, true);
  renderSlice(Number.POSITIVE_INFINITY, INITIAL_POSTS);
  return handle;
}
