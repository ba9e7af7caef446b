/** The quoted post, as a card nested in the post that quotes it. */
import type { Quote } from '../core/types';
import type { LanguageMode } from '../settings';
import { authorLabel, renderAuthorNames, renderAvatar, renderDate } from './author';
import { el } from './dom';
import { languageName } from './language';
import { renderMedia } from './media';
import { renderSegments, translationLabel, type TextView } from './segments';

/** Appends the quoted post (author may be unknown: then "Quoted post" and its date) and returns its text view. */
export function renderQuote(parent: HTMLElement, quote: Quote, mode: LanguageMode, now: Date, locale: string | undefined): TextView {
  const card = el(parent, 'article', {
    cls: 'x-cap-quote',
    attr: { 'aria-label': quote.author ? `Quoted post by ${authorLabel(quote.author)}` : 'Quoted post' },
  });
  const header = el(card, 'div', { cls: 'x-cap-quote-header' });
  if (quote.author && (quote.author.name || quote.author.handle)) {
    renderAvatar(header, quote.author, 'x-cap-avatar x-cap-avatar--small');
    renderAuthorNames(el(header, 'span', { cls: 'x-cap-author' }), quote.author);
  } else {
    el(header, 'span', { cls: 'x-cap-quote-label', text: 'Quoted post' });
  }
  renderDate(header, { time: null, date: quote.date, url: quote.url, now, locale });
  const body = el(card, 'div', { cls: 'x-cap-quote-body' });
  const view = renderSegments(
    body,
    quote.split.original || quote.split.translation ? [{ original: quote.split.original, translation: quote.split.translation }] : [],
    {
      original: quote.language.original,
      translation: quote.language.translation,
      translationLabel: translationLabel(languageName(quote.language.translation, locale)),
    },
    mode,
  );
  renderMedia(body, quote.media);
  return view;
}
