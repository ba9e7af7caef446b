/** Images (lazy, in a grid, enlargeable), link cards and video cards of a post or quoted post. */
import type { Media } from '../core/types';
import { el } from './dom';
import { displayUrl, hostOf, safeHttpUrl } from './urls';

/** Attribute marking buttons that open an image in the lightbox; its value is the image URL. */
export const ENLARGE_ATTR = 'data-x-cap-enlarge';

/** Grid columns for a number of images: one per image up to three, 2×2 for four, three beyond. */
export function gridColumns(count: number): number {
  if (count <= 3) return Math.max(1, count);
  return count === 4 ? 2 : 3;
}

/** Appends the media of a post: an image grid first, then link and video cards. */
export function renderMedia(parent: HTMLElement, media: Media[]): void {
  const images: { url: string; alt: string }[] = [];
  const cards: { kind: 'link' | 'video'; url: string; alt?: string }[] = [];
  for (const item of media) {
    const url = safeHttpUrl(item.url);
    if (!url) continue;
    if (item.kind === 'image') images.push({ url, alt: item.alt?.trim() || 'Image' });
    else cards.push({ kind: item.kind, url, alt: item.alt?.trim() || undefined });
  }
  if (images.length > 0) {
    const grid = el(parent, 'div', { cls: ['x-cap-media-grid', `x-cap-media-cols-${gridColumns(images.length)}`] });
    for (const image of images) {
      const button = el(grid, 'button', {
        cls: 'x-cap-image-button',
        attr: { type: 'button', [ENLARGE_ATTR]: image.url, 'aria-label': `Enlarge image: ${image.alt}` },
      });
      el(button, 'img', {
        cls: 'x-cap-image',
        attr: { src: image.url, alt: image.alt, loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' },
      });
    }
  }
  for (const card of cards) renderLinkCard(parent, card.kind, card.url, card.alt);
}

function renderLinkCard(parent: HTMLElement, kind: 'link' | 'video', url: string, title: string | undefined): void {
  const host = hostOf(url);
  const isVideo = kind === 'video';
  const heading = title ?? (isVideo ? 'Video' : host || displayUrl(url));
  const card = el(parent, 'a', {
    cls: ['x-cap-link-card', isVideo && 'x-cap-video-card'],
    attr: {
      href: url,
      target: '_blank',
      rel: 'noopener noreferrer',
      title: url,
      'aria-label': isVideo ? `Video: ${heading} (${host})` : `Link: ${heading} (${host})`,
    },
  });
  if (isVideo) el(card, 'span', { cls: 'x-cap-play-badge', text: '▶', attr: { 'aria-hidden': 'true' } });
  const body = el(card, 'span', { cls: 'x-cap-link-card-body' });
  el(body, 'span', { cls: 'x-cap-link-card-title', text: heading });
  el(body, 'span', { cls: 'x-cap-link-card-url', text: displayUrl(url, 60) });
}
