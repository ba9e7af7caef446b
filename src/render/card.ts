/** One post as a card: author line, role badges, language toggle, text, media and quoted post. */
import type { PostReport } from '../core/types';
import type { LanguageMode } from '../settings';
import { authorLabel, renderAuthorNames, renderAvatar, renderDate } from './author';
import { detachedEl, el, setHidden } from './dom';
import { hasTranslation, languageName, postSegments, translationPair } from './language';
import { renderMedia } from './media';
import { renderQuote } from './quote';
import { renderSegments, translationLabel, type TextView } from './segments';
import { renderModeToggle, type ToggleView } from './toggle';

/** Attribute on the "Show ad" button; the renderer listens for clicks on it. */
export const AD_TOGGLE_ATTR = 'data-x-cap-ad-toggle';

export const MAX_DEPTH_CLASS = 6;

export interface CardContext {
  now: Date;
  locale: string | undefined;
  /** The main author's handle, lower-cased, to mark their posts. */
  mainHandle: string | null;
  /** The next rendered post continues the main author's thread (draws the thread line on). */
  threadContinues: boolean;
  /** Position among rendered posts, for element ids. */
  index: number;
  /** Prefix that keeps ids unique when several captures are rendered in one document. */
  idPrefix: string;
}

/** A rendered card: follows the note's language mode unless the reader chose one on the card. */
export class PostCard {
  readonly article: HTMLElement;
  readonly translatable: boolean;
  /** The reader's choice on this card; null follows the note. */
  override: LanguageMode | null = null;
  private noteMode: LanguageMode;
  private readonly views: TextView[] = [];
  private toggle: ToggleView | null = null;
  private adContent: HTMLElement | null = null;
  private adButton: HTMLButtonElement | null = null;

  constructor(parent: HTMLElement, readonly post: PostReport, mode: LanguageMode, private readonly ctx: CardContext) {
    this.noteMode = mode;
    this.translatable = hasTranslation(post);
    const handle = post.author.handle?.toLowerCase() ?? null;
    const byMainAuthor = handle !== null && handle === ctx.mainHandle;
    const depth = Math.min(Math.max(post.depth, 0), MAX_DEPTH_CLASS);
    const inThread = post.role === 'main' || post.role === 'thread';
    // Built apart and appended whole: one insertion into the live document per card.
    this.article = detachedEl(parent, 'article', {
      cls: [
        'x-cap-card',
        `x-cap-role-${post.role}`,
        `x-cap-depth-${depth}`,
        inThread && 'x-cap-in-thread',
        inThread && ctx.threadContinues && 'x-cap-thread-continues',
        byMainAuthor && 'x-cap-by-author',
        post.promoted && 'x-cap-card--ad',
      ],
      attr: { 'aria-label': `${post.promoted ? 'Promoted post' : 'Post'} by ${authorLabel(post.author)}` },
    });
    renderAvatar(this.article, post.author);
    const main = el(this.article, 'div', { cls: 'x-cap-card-main' });
    const header = el(main, 'div', { cls: 'x-cap-card-header' });
    renderAuthorNames(el(header, 'span', { cls: 'x-cap-author' }), post.author);
    if (post.role === 'thread') el(header, 'span', { cls: 'x-cap-badge x-cap-badge--thread', text: 'Thread' });
    if (post.role === 'reply' && byMainAuthor) el(header, 'span', { cls: 'x-cap-badge x-cap-badge--author', text: 'Author' });
    if (post.promoted) el(header, 'span', { cls: 'x-cap-badge x-cap-badge--ad', text: 'Ad' });
    renderDate(header, { time: post.time, date: post.date, url: post.url, now: ctx.now, locale: ctx.locale });
    if (post.promoted) {
      const id = `${ctx.idPrefix}-ad-${ctx.index}`;
      this.adButton = el(main, 'button', {
        cls: 'x-cap-ad-toggle',
        text: 'Show ad',
        attr: { type: 'button', [AD_TOGGLE_ATTR]: '', 'aria-expanded': 'false', 'aria-controls': id },
      });
      // Built on first expansion: ads are rarely opened.
      this.adContent = el(main, 'div', { cls: 'x-cap-ad-content', attr: { id, hidden: true } });
    } else {
      this.renderContent(main);
    }
    parent.appendChild(this.article);
  }

  get mode(): LanguageMode {
    return this.override ?? this.noteMode;
  }

  get adExpanded(): boolean {
    return this.adButton?.getAttribute('aria-expanded') === 'true';
  }

  /** The note's mode changed: forget the card's own choice and follow it. */
  setNoteMode(mode: LanguageMode): void {
    this.noteMode = mode;
    this.override = null;
    this.apply();
  }

  /** The reader chose a mode on this card. */
  setOverride(mode: LanguageMode): void {
    this.override = mode;
    this.apply();
  }

  /** Expands or collapses a promoted post (no-op for other posts). */
  toggleAd(): void {
    if (!this.adButton || !this.adContent) return;
    const expand = !this.adExpanded;
    if (expand && this.adContent.childElementCount === 0) this.renderContent(this.adContent);
    setHidden(this.adContent, !expand);
    this.adButton.setAttribute('aria-expanded', String(expand));
    this.adButton.textContent = expand ? 'Hide ad' : 'Show ad';
  }

  private apply(): void {
    const mode = this.mode;
    for (const view of this.views) view.apply(mode);
    this.toggle?.setPressed(mode);
  }

  private renderContent(parent: HTMLElement): void {
    const { post, ctx } = this;
    const mode = this.mode;
    const pair = translationPair(post);
    const originalName = languageName(pair.original, ctx.locale);
    const translationName = languageName(pair.translation, ctx.locale);
    if (this.translatable) {
      const tools = el(parent, 'div', { cls: 'x-cap-card-tools' });
      if (originalName && translationName) {
        el(tools, 'span', { cls: 'x-cap-lang-pair', text: `${originalName} → ${translationName}` });
      }
      this.toggle = renderModeToggle(tools, mode, { groupLabel: 'Language of this post', originalName, translationName });
    }
    const body = el(parent, 'div', { cls: 'x-cap-body' });
    const segments = postSegments(post);
    if (segments.length > 0) {
      this.views.push(
        renderSegments(
          el(body, 'div', { cls: 'x-cap-text' }),
          segments,
          {
            original: post.language.original,
            translation: post.language.translation,
            translationLabel: translationLabel(languageName(post.language.translation, ctx.locale)),
          },
          mode,
        ),
      );
    }
    renderMedia(body, post.media);
    if (post.quote) this.views.push(renderQuote(body, post.quote, mode, ctx.now, ctx.locale));
  }
}
