/** The author line of a card or quoted post: avatar, name, handle, date and link to the post. */
import type { Author } from '../core/types';
import { avatarColor, initials } from './avatar';
import { formatPostDate } from './dates';
import { el, text } from './dom';
import { profileUrl, safeHttpUrl } from './urls';

/** How an author is named in labels: the name, else @handle, else "unknown author". */
export function authorLabel(author: Author | null): string {
  if (author?.name?.trim()) return author.name.trim();
  if (author?.handle) return `@${author.handle}`;
  return 'unknown author';
}

/** Appends the placeholder avatar: initials on a colour from the handle (decorative for screen readers). */
export function renderAvatar(parent: HTMLElement, author: Author, cls = 'x-cap-avatar'): void {
  el(parent, 'div', { cls: [cls, `x-cap-avatar-c${avatarColor(author)}`], text: initials(author), attr: { 'aria-hidden': 'true' } });
}

/** Appends the name (isolated from surrounding bidi text) and the @handle linked to the profile. */
export function renderAuthorNames(parent: HTMLElement, author: Author): void {
  const name = author.name?.trim();
  if (name) el(parent, 'bdi', { cls: 'x-cap-name', text: name });
  if (author.handle) {
    const link = el(parent, 'a', {
      cls: 'x-cap-handle',
      attr: { href: profileUrl(author.handle), target: '_blank', rel: 'noopener noreferrer' },
    });
    text(link, '@');
    el(link, 'bdi', { text: author.handle });
  }
}

export interface DateOptions {
  time: string | null;
  date: string | null;
  url: string | null;
  now: Date;
  locale: string | undefined;
}

/** Appends <time> (relative or formatted, exact on hover), linked to the post when it has an http(s) URL. */
export function renderDate(parent: HTMLElement, options: DateOptions): void {
  const formatted = formatPostDate(options.time, options.date, options.now, options.locale);
  const href = safeHttpUrl(options.url);
  if (!formatted && !href) return;
  const host = href
    ? el(parent, 'a', { cls: 'x-cap-date-link', attr: { href, target: '_blank', rel: 'noopener noreferrer' } })
    : parent;
  if (formatted) el(host, 'time', { cls: 'x-cap-date', text: formatted.label, attr: { datetime: formatted.datetime, title: formatted.title } });
  else el(host, 'span', { cls: 'x-cap-date', text: 'Open post' });
}
