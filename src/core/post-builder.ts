import { statusMillis } from './dates';
import { splitTranslation } from './language';
import { joinText } from './lines';
import { findImages, isImageLine, isVideoUrl, linkCard, unescapeMarkdown, withoutImages } from './markdown';
import { dequote } from './layouts/comments';
import type { PostDraft } from './layouts/draft';
import type { Media, PostReport, Quote } from './types';
import { parseStatusUrl } from './x-url';

const QUOTE_DATE = /^(\d{4}-\d{2}-\d{2})\s*$/;
const QUOTE_AUTHOR = /^\*\*(.+?)\s+@((?:\\_|[A-Za-z0-9_]){1,60})\*\*\s*(?:[·•]\s*(?:\[(\d{4}-\d{2}-\d{2})\]\((\S+?)\)|(\d{4}-\d{2}-\d{2})))?\s*$/;

const mediaOf = (images: { alt: string; url: string }[]): Media[] =>
  images.map((i) => ({ kind: isVideoUrl(i.url) ? 'video' : 'image', url: i.url, ...(i.alt ? { alt: i.alt } : {}) }));

/** Reads a quoted post's header line (`> 2025-04-10` or `> **Name @handle** · [date](url)`). */
function quoteHeader(text: string): Omit<Quote, 'text' | 'split' | 'language' | 'media'> | null {
  const d = QUOTE_DATE.exec(text.trim());
  if (d) return { author: null, date: d[1], url: null };
  const a = QUOTE_AUTHOR.exec(text.trim());
  if (!a) return null;
  const url = a[4] ?? null;
  return {
    author: { name: unescapeMarkdown(a[1]).trim(), handle: unescapeMarkdown(a[2]) },
    date: a[3] ?? a[5] ?? null,
    url: url && parseStatusUrl(url) ? url : null,
  };
}

/** Text lines and media of some lines: image lines and link cards become media, the rest is text. */
function textAndMedia(lines: string[]): { text: string; media: Media[] } {
  const media: Media[] = [];
  // The text lines, copied only from the first line that is dropped or changed.
  let kept: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Most lines have no image: looked for once.
    const hasImage = line.includes('![');
    if (hasImage && isImageLine(line)) {
      media.push(...mediaOf(findImages(line)));
      kept ??= lines.slice(0, i);
      continue;
    }
    const card = linkCard(line);
    if (card && /^https?:\/\/t\.co\//i.test(card.url)) {
      media.push({ kind: 'link', url: card.url, alt: card.title });
      kept ??= lines.slice(0, i);
      continue;
    }
    const images = hasImage ? findImages(line) : [];
    if (images.length) {
      media.push(...mediaOf(images));
      kept ??= lines.slice(0, i);
      kept.push(withoutImages(line));
    } else kept?.push(line);
  }
  return { text: joinText(kept ?? lines), media };
}

/** Whether a line is in a blockquote (depth 1 or more), without reading its markers. */
const isQuoted = (line: string): boolean => line.charCodeAt(0) === 0x3e;

/** Finds the quoted post in a post's body: a blockquote whose first line is its date or author. */
function splitQuote(body: string[]): { own: string[]; quote: Quote | null } {
  for (let i = 0; i < body.length; i++) {
    if (!isQuoted(body[i]) || (i > 0 && isQuoted(body[i - 1]))) continue;
    const q = dequote(body[i]);
    if (q.depth !== 1) continue;
    const header = quoteHeader(q.text);
    if (!header) continue;
    let end = i + 1;
    while (end < body.length && isQuoted(body[end])) end++;
    const inner = body.slice(i + 1, end).map((l) => dequote(l).text);
    const { text, media } = textAndMedia(inner);
    const split = splitTranslation(text);
    return {
      own: [...body.slice(0, i), ...body.slice(end)],
      quote: {
        ...header,
        text,
        split: { original: split.original, translation: split.translation },
        language: split.language,
        media,
      },
    };
  }
  return { own: body, quote: null };
}

/** The character code of the digit of `n` at `unit` (1, 10, 100 ...). */
const digit = (n: number, unit: number): number => 0x30 + (Math.floor(n / unit) % 10);

/**
 * `new Date(ms).toISOString()`, computed: the engine's own formatting costs more than the rest of
 * building a post. Proleptic Gregorian days to a civil date (H. Hinnant's algorithm), exact for
 * the years status ids encode; the string made in one piece from its character codes.
 */
function isoTime(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const inDay = ms - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153); // months from March
  const day = dayOfYear - Math.floor((153 * m + 2) / 5) + 1;
  const month = m < 10 ? m + 3 : m - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(inDay / 3_600_000);
  const minutes = Math.floor(inDay / 60_000) % 60;
  const seconds = Math.floor(inDay / 1000) % 60;
  const millis = inDay % 1000;
  return String.fromCharCode(
    digit(year, 1000), digit(year, 100), digit(year, 10), digit(year, 1), 0x2d, // YYYY-
    digit(month, 10), digit(month, 1), 0x2d, digit(day, 10), digit(day, 1), 0x54, // MM-DDT
    digit(hours, 10), digit(hours, 1), 0x3a, digit(minutes, 10), digit(minutes, 1), 0x3a, // hh:mm:
    digit(seconds, 10), digit(seconds, 1), 0x2e, digit(millis, 100), digit(millis, 10), digit(millis, 1), 0x5a, // ss.sssZ
  );
}

/** Turns a layout's draft into a report post (role, depth and promotion are decided later). */
export function buildPost(draft: PostDraft): PostReport {
  const { own, quote } = splitQuote(draft.body);
  const { text, media } = textAndMedia(own);
  if (draft.images) media.unshift(...mediaOf(draft.images));
  const split = splitTranslation(text);
  const ms = statusMillis(draft.statusId);
  return {
    role: 'reply',
    depth: draft.depth,
    author: { name: draft.author.name, handle: draft.author.handle },
    date: draft.date,
    time: ms === -1 ? null : isoTime(ms),
    url: draft.url,
    statusId: draft.statusId,
    promoted: false,
    promotedSignals: [],
    media,
    quote,
    language: split.language,
    text: { original: split.original, translation: split.translation },
    segments: split.segments,
    range: { start: draft.range.start, end: draft.range.end },
  };
}
