import { unescapeMarkdown, withoutImages } from '../markdown';
import type { CaptureReport, PostReport } from '../types';
import { parseStatusUrl } from '../x-url';
import { TermCounter, scanText } from './text';
import type { CaptureFeatures, CaptureSummary } from './types';

export const EXCERPT_LENGTH = 200;

// Titles the clipper writes from the handle alone: they tell nothing beyond the author.
const BOILERPLATE_TITLE = /^(?:thread|post) by @[A-Za-z0-9_\\]+(?: on (?:x|twitter))?$/i;

/** Markdown reduced to its words: images dropped, links to their text, emphasis and quote marks off. */
export function plainExcerpt(markdown: string, max = EXCERPT_LENGTH): string {
  // Markup (link targets, images) can hide many characters, rarely three times the excerpt.
  const markup = withoutImages(markdown.slice(0, max * 4))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/(\*\*|__|~~|`)/g, '');
  const text = unescapeMarkdown(markup).replace(/\s+/g, ' ').trim();
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
 * Characters of text read per capture for its terms: the title, the main author's posts, then
 * the replies, in order, until this many are read. The opening of a conversation says what it is
 * about; reading whole 200 KB threads would cost time and memory and add little.
 */
export const TEXT_BUDGET = 4000;

/**
 * The compact features of a capture: what the related index scores with, so it can drop the
 * report. Promoted posts are left out (an ad shares nothing real with anyone). People are every
 * post's and quoted post's author plus the @mentions in the text read. `links` are the note's
 * link keys (see extractNoteLinks), given by the caller because the report does not carry the
 * note's own links.
 */
export function extractFeatures(report: CaptureReport, links: readonly string[] = []): CaptureFeatures {
  const posts = report.posts.filter((p) => !p.promoted);
  const main = posts.find((p) => p.role === 'main') ?? posts[0];
  const author = (main?.author.handle ?? report.source.handle)?.toLowerCase() ?? null;

  const ids = new Set<string>();
  if (report.source.statusId) ids.add(report.source.statusId);
  const people = new Set<string>();
  if (author) people.add(author);
  for (const post of posts) {
    if (post.statusId) ids.add(post.statusId);
    if (post.author.handle) people.add(post.author.handle.toLowerCase());
    const quoted = parseStatusUrl(post.quote?.url)?.statusId;
    if (quoted) ids.add(quoted);
    if (post.quote?.author?.handle) people.add(post.quote.author.handle.toLowerCase());
  }

  const counter = new TermCounter((handle) => people.add(handle));
  let budget = TEXT_BUDGET;
  const read = (text: string | null | undefined): void => {
    if (!text || budget <= 0) return;
    const part = text.length > budget ? text.slice(0, budget) : text;
    budget -= part.length;
    scanText(part, counter);
  };
  if (report.title && !BOILERPLATE_TITLE.test(report.title.trim())) read(report.title);
  const ordered = [...posts.filter((p) => p.role !== 'reply'), ...posts.filter((p) => p.role === 'reply')];
  for (const post of ordered) {
    read(post.text.original);
    read(post.text.translation);
    read(post.quote?.text);
  }

  const { terms, counts } = counter.result();
  const tags = [...new Set(report.tags.normalized.map((t) => t.replace(/^#/, '').toLowerCase()).filter(Boolean))];
  return {
    statusIds: [...ids],
    author,
    people: [...people].sort(),
    tags,
    terms,
    counts,
    length: counter.length,
    links: [...new Set(links)],
    summary: summarize(report, main),
  };
}
