import { getString, readFrontmatter, type Frontmatter } from './frontmatter';
import { hasTweetCallouts } from './layouts/callout';
import { looksLikeArticle } from './layouts/article';
import { originalSection } from './layouts/section';
import { threadAuthorLines, type ThreadHead } from './layouts/thread';
import { isTweetToMarkdown } from './layouts/ttm';
import { readwiseSource } from './layouts/readwise';
import { toLines, type Line } from './lines';
import type { Layout } from './types';
import { isXUrl, parseStatusUrl, type StatusRef } from './x-url';

/** Which reader parses the body. */
export type Reader = 'thread' | 'post' | 'article' | 'callout' | 'ttm' | 'readwise' | 'section' | 'body';

export interface Detection {
  isCapture: boolean;
  layout: Layout | null;
  reader: Reader | null;
  /** Why, in words a user can read. */
  reasons: string[];
  /** The capture's source URL (frontmatter, or where another tool keeps it). */
  sourceUrl: string | null;
  source: StatusRef | null;
  frontmatter: Frontmatter;
  lines: Line[];
  /** The thread layout's author lines, when the detector read them (the thread reader needs them again). */
  threadHeads?: ThreadHead[];
}

const SOURCE_KEYS = ['x_tweet_url', 'tweet_url'];

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\ufffd]/;

/** Text that is not text: NUL bytes, or many control characters near the start. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const length = Math.min(text.length, 4096);
  // Text nearly never has any: the expression finds that faster than a loop counting them.
  if (!CONTROL.test(length < text.length ? text.slice(0, length) : text)) return false;
  let control = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control / length > 0.02;
}

function sourceOf(fm: Frontmatter, lines: Line[]): string | null {
  const direct = getString(fm.data, 'source');
  if (direct) return direct;
  for (const key of SOURCE_KEYS) {
    const v = fm.data[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return fm.present ? null : readwiseSource(lines);
}

function statusIdOf(fm: Frontmatter): string | null {
  for (const key of ['tweet_id', 'x_tweet_id', 'status_id', 'id_str']) {
    const v = fm.data[key];
    if ((typeof v === 'string' || typeof v === 'number') && /^\d{5,20}$/.test(String(v))) return String(v);
  }
  return null;
}

/**
 * Decides whether a note is an X capture and which layout it has, with the reasons. Never throws;
 * unreadable frontmatter does not hide a capture whose body says what it is.
 */
export function detectCapture(text: string): Detection {
  const frontmatter = readFrontmatter(text);
  const lines = toLines(text, frontmatter.bodyStart);
  const base = { frontmatter, lines, sourceUrl: null, source: null };
  const no = (reason: string): Detection => ({ ...base, isCapture: false, layout: null, reader: null, reasons: [reason] });
  if (looksBinary(text)) return no('the file is not text');

  const sourceUrl = sourceOf(frontmatter, lines);
  const fromUrl = parseStatusUrl(sourceUrl);
  const id = fromUrl?.statusId ?? statusIdOf(frontmatter);
  const source: StatusRef | null = id ? { handle: fromUrl?.handle ?? null, statusId: id } : null;
  const yes = (layout: Layout, reader: Reader, reason: string): Detection => ({
    ...base,
    sourceUrl,
    source,
    isCapture: true,
    layout,
    reader,
    reasons: [...(source ? [`source is the X post ${id}`] : []), reason],
  });

  if (sourceUrl && isXUrl(sourceUrl) && /\/i\/grok\b/i.test(sourceUrl)) return no('a Grok chat clipped from x.com, not a post');
  const heads = threadAuthorLines(lines);
  const linkedHeads = heads.filter((h) => h.author.statusId !== null).length;
  if (heads.length && (source || linkedHeads)) {
    const reason = `${heads.length} author line${heads.length === 1 ? '' : 's'} ("**Name** @handle date")`;
    return { ...yes('thread', 'thread', reason), threadHeads: heads };
  }
  // Without a source neither layout counts: the lines are not read for nothing.
  if (source && hasTweetCallouts(lines)) return yes('other', 'callout', 'tweet callouts ("> [!tweet] @handle")');
  if (source && isTweetToMarkdown(lines)) return yes('other', 'ttm', 'tweet-to-markdown export ("Name ([@handle](url)) - date")');
  if (!frontmatter.present && source) return yes('other', 'readwise', 'Readwise tweet export (metadata URL of an X post)');
  if (!source) {
    if (sourceUrl && isXUrl(sourceUrl)) return no('source is on x.com but is not a post');
    if (sourceUrl) return no(`source is not X (${hostOf(sourceUrl)}) and the body has no author lines`);
    return no('no X source and no author lines');
  }
  const original = originalSection(lines);
  if (frontmatter.data.x_tweet_id !== undefined || original >= 0) {
    return original >= 0
      ? yes('other', 'section', 'the post is kept under an "Original" heading after other text')
      : yes('other', 'body', 'X data from another tool');
  }
  const title = getString(frontmatter.data, 'title');
  if (looksLikeArticle(lines, saysUnknown(frontmatter.data.author), title)) return yes('article', 'article', 'an X Article (long text with headings)');
  return yes('post', 'post', 'post text without author lines (author and date from the frontmatter)');
}

const UNKNOWN = /\[\[Unknown\]\]/i;

/**
 * Whether a frontmatter value says `[[Unknown]]` (the author the clipper gives X Articles) in any
 * string or key at any depth, as its JSON text would.
 */
function saysUnknown(value: unknown): boolean {
  if (typeof value === 'string') return UNKNOWN.test(value);
  if (Array.isArray(value)) return value.some(saysUnknown);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, v]) => v !== undefined && (UNKNOWN.test(key) || saysUnknown(v)));
  }
  return false;
}

function hostOf(url: string): string {
  const m = /^[a-z]+:\/\/([^/?#]+)/i.exec(url);
  return m ? m[1] : url.slice(0, 40);
}
