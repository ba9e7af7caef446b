import type { CaptureReport, PostReport } from '../types';
import { tokenize } from './text';
import type { CaptureFeatures, CaptureSummary } from './types';

export const EXCERPT_LENGTH = 200;

const STATUS_ID = /\/status(?:es)?\/(\d+)/;
const MENTION = /(?:^|[^\p{L}\p{N}_@])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/gu;
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~>])/g;
// Titles the clipper writes from the handle alone: they tell nothing beyond the author.
const BOILERPLATE_TITLE = /^(?:thread|post) by @[A-Za-z0-9_\\]+(?: on (?:x|twitter))?$/i;

const statusIdOf = (url: string | null): string | null => (url ? (STATUS_ID.exec(url)?.[1] ?? null) : null);

function mentionsIn(text: string, into: Set<string>): void {
  for (const m of text.replace(MARKDOWN_ESCAPE, '$1').matchAll(MENTION)) into.add(m[1].toLowerCase());
}

/** Markdown reduced to its words: images dropped, links to their text, emphasis and quote marks off. */
export function plainExcerpt(markdown: string, max = EXCERPT_LENGTH): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(MARKDOWN_ESCAPE, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Cut at the last word boundary unless that would lose too much.
  const space = /\s/.test(text[max - 1]) ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function summarize(report: CaptureReport, main: PostReport | undefined): CaptureSummary {
  const text = main ? main.text.original.trim() || (main.text.translation ?? '') : '';
  return {
    title: report.title,
    author: { name: main?.author.name ?? null, handle: main?.author.handle ?? report.source.handle },
    date: report.published ?? main?.date ?? report.created,
    excerpt: plainExcerpt(text || (report.description ?? '')),
  };
}

/**
 * The compact features of a capture: what the related index scores with, so it can drop the
 * report. Promoted posts are left out (an ad shares nothing real with anyone). `links` are
 * the note's link keys (see extractNoteLinks), given by the caller because the report does not
 * carry the note's own links.
 */
export function extractFeatures(report: CaptureReport, links: readonly string[] = []): CaptureFeatures {
  const posts = report.posts.filter((p) => !p.promoted);
  const main = posts.find((p) => p.role === 'main') ?? posts[0];
  const author = (main?.author.handle ?? report.source.handle)?.toLowerCase() ?? null;

  const ids = new Set<string>();
  if (report.source.statusId) ids.add(report.source.statusId);
  const people = new Set<string>();
  if (author) people.add(author);
  const terms: string[] = [];
  if (report.title && !BOILERPLATE_TITLE.test(report.title.trim())) tokenize(report.title, terms);

  for (const post of posts) {
    if (post.statusId) ids.add(post.statusId);
    if (post.author.handle) people.add(post.author.handle.toLowerCase());
    mentionsIn(post.text.original, people);
    tokenize(post.text.original, terms);
    if (post.text.translation) tokenize(post.text.translation, terms);
    const quote = post.quote;
    if (quote) {
      const quoted = statusIdOf(quote.url);
      if (quoted) ids.add(quoted);
      if (quote.author?.handle) people.add(quote.author.handle.toLowerCase());
      mentionsIn(quote.text, people);
      tokenize(quote.text, terms);
    }
  }

  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const tags = [...new Set(report.tags.normalized.map((t) => t.replace(/^#/, '').toLowerCase()).filter(Boolean))];

  return {
    statusIds: [...ids],
    author,
    people: [...people].sort(),
    tags,
    terms: [...tf.keys()],
    counts: [...tf.values()],
    length: terms.length,
    links: [...new Set(links)],
    summary: summarize(report, main),
  };
}
