/** The header above the cards: title, layout, post count, source link and the whole-note language control. */
import type { CaptureReport, Layout } from '../core/types';
import type { LanguageMode } from '../settings';
import { el, text } from './dom';
import { languageName } from './language';
import { renderModeToggle, type ToggleView } from './toggle';
import { displayUrl, safeHttpUrl } from './urls';

const LAYOUT_LABELS: Record<Layout, string> = { thread: 'Thread', post: 'Post', article: 'Article', other: 'Other format' };

/** The note's title: its frontmatter title, else "Post by @handle", else the file name. */
export function captureTitle(report: CaptureReport): string {
  if (report.title?.trim()) return report.title.trim();
  if (report.source.handle) return `Post by @${report.source.handle}`;
  const base = report.file.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.md$/i, '') || 'Untitled capture';
}

export interface HeaderCounts {
  posts: number;
  ads: number;
  adsHidden: boolean;
}

export interface HeaderLanguages {
  original: string | null;
  translation: string | null;
}

// toLocaleString builds a formatter on every call; one per locale is enough.
const numberFormats = new Map<string, Intl.NumberFormat>();
function plural(n: number, one: string, many: string, locale: string | undefined): string {
  let format = numberFormats.get(locale ?? '');
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale);
    } catch {
      format = new Intl.NumberFormat('en');
    }
    numberFormats.set(locale ?? '', format);
  }
  return `${format.format(n)} ${n === 1 ? one : many}`;
}

/**
 * Appends the header. `languages` is null when no post has a translation; then no toggle is shown.
 * Returns the toggle's handle (or null).
 */
export function renderHeader(
  parent: HTMLElement,
  report: CaptureReport,
  counts: HeaderCounts,
  languages: HeaderLanguages | null,
  mode: LanguageMode,
  locale: string | undefined,
): ToggleView | null {
  const header = el(parent, 'header', { cls: 'x-cap-header' });
  el(el(header, 'h2', { cls: 'x-cap-title' }), 'bdi', { text: captureTitle(report) });
  const meta = el(header, 'div', { cls: 'x-cap-meta' });
  const parts: (() => void)[] = [];
  if (report.layout) parts.push(() => el(meta, 'span', { cls: 'x-cap-layout', text: LAYOUT_LABELS[report.layout ?? 'other'] }));
  if (report.isCapture) {
    let count = plural(counts.posts, 'post', 'posts', locale);
    if (counts.ads > 0) count += `, ${plural(counts.ads, 'ad', 'ads', locale)}${counts.adsHidden ? ' hidden' : ''}`;
    parts.push(() => el(meta, 'span', { cls: 'x-cap-count', text: count }));
  }
  const sourceUrl = safeHttpUrl(report.source.url);
  if (sourceUrl) {
    parts.push(() =>
      el(meta, 'a', {
        cls: 'x-cap-source',
        text: displayUrl(sourceUrl),
        attr: { href: sourceUrl, title: sourceUrl, target: '_blank', rel: 'noopener noreferrer' },
      }),
    );
  } else if (report.source.url) {
    parts.push(() => el(meta, 'span', { cls: 'x-cap-source', text: report.source.url ?? '' }));
  }
  parts.forEach((part, i) => {
    if (i > 0) el(meta, 'span', { cls: 'x-cap-sep', text: '·', attr: { 'aria-hidden': 'true' } });
    part();
  });
  if (!report.isCapture) {
    const notice = el(header, 'div', { cls: 'x-cap-notice', attr: { role: 'note' } });
    text(notice, 'This note does not look like an X (Twitter) capture.');
    if (report.reasons.length > 0) {
      const list = el(notice, 'ul', { cls: 'x-cap-reasons' });
      for (const reason of report.reasons) el(list, 'li', { text: reason });
    }
  }
  if (!languages) return null;
  const tools = el(header, 'div', { cls: 'x-cap-note-tools' });
  const originalName = languageName(languages.original, locale);
  const translationName = languageName(languages.translation, locale);
  if (originalName && translationName) el(tools, 'span', { cls: 'x-cap-lang-pair', text: `${originalName} → ${translationName}` });
  return renderModeToggle(tools, mode, {
    groupLabel: 'Language of the whole note',
    originalName,
    translationName,
    cls: 'x-cap-toggle--note',
  });
}
