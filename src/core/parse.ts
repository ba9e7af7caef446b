import { parseDay, statusTime, utcDay } from './dates';
import { detectCapture, type Detection } from './detect';
import { getProperty, getString, getStrings } from './frontmatter';
import { readArticle } from './layouts/article';
import { readCallouts } from './layouts/callout';
import type { LayoutResult } from './layouts/draft';
import { mainDraft, readPost, type MainPostMeta } from './layouts/post';
import { readReadwise } from './layouts/readwise';
import { readSection } from './layouts/section';
import { readThread } from './layouts/thread';
import { readTweetToMarkdown } from './layouts/ttm';
import { buildPost } from './post-builder';
import { isPromoted, promotedSignals } from './promoted';
import { assignRoles } from './roles';
import { currentTags, normalizeTagValues, type TagOptions } from './tags';
import type { CaptureReport, PostReport } from './types';
import { unescapeMarkdown } from './markdown';
import { statusUrl } from './x-url';

const sameHandle = (a: string | null, b: string | null): boolean => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The handle in an author property (`[[@handle]]`, `@handle`), or a tool's `handle`/`x_handle`. */
function authorHandle(data: Record<string, unknown>): string | null {
  for (const value of getStrings(data, 'author')) {
    const m = /^(?:\[\[)?@([A-Za-z0-9_\\]{1,60})(?:\]\])?$/.exec(value);
    if (m) return unescapeMarkdown(m[1]);
  }
  for (const key of ['handle', 'x_handle', 'screen_name']) {
    const value = data[key];
    if (typeof value === 'string' && /^@?[A-Za-z0-9_]{1,60}$/.test(value.trim())) return value.trim().replace(/^@/, '');
  }
  return null;
}

function mainMeta(d: Detection): MainPostMeta {
  const data = d.frontmatter.data;
  const handle = d.source?.handle ?? authorHandle(data);
  const statusId = d.source?.statusId ?? null;
  const name = typeof data.x_author === 'string' ? data.x_author : typeof data.display_name === 'string' ? data.display_name : null;
  const time = statusTime(statusId);
  const date =
    parseDay(data.x_created_at) ??
    parseDay(getProperty(data, 'published')) ??
    (time ? utcDay(time) : null);
  return {
    author: { name, handle },
    date,
    url: d.sourceUrl && statusId ? d.sourceUrl : statusId ? statusUrl(handle, statusId) : null,
    statusId,
  };
}

function read(d: Detection): LayoutResult {
  const meta = mainMeta(d);
  switch (d.reader) {
    case 'thread':
      return readThread(d.lines, d.threadHeads);
    case 'post':
      return readPost(d.lines, meta);
    case 'article':
      return readArticle(d.lines, meta, getString(d.frontmatter.data, 'title'));
    case 'callout':
      return readCallouts(d.lines, meta);
    case 'ttm':
      return readTweetToMarkdown(d.lines);
    case 'readwise':
      return readReadwise(d.lines);
    case 'section':
      return readSection(d.lines, meta);
    default: {
      const main = mainDraft(d.lines, meta);
      return { drafts: main ? [main] : [], warnings: [] };
    }
  }
}

/**
 * An older clipper wrote the quoted post's date, unlinked, on the main author line. When the
 * source URL names the main post, its status id gives the true id and time.
 */
function fixMainFromSource(posts: PostReport[], d: Detection, warnings: string[]): void {
  const main = posts[0];
  const src = d.source;
  if (!main || main.statusId || !src || !d.sourceUrl) return;
  if (src.handle && !sameHandle(src.handle, main.author.handle)) return;
  if (posts.some((p) => p.statusId === src.statusId)) return;
  const time = statusTime(src.statusId);
  main.statusId = src.statusId;
  main.url = d.sourceUrl;
  if (!time) return;
  main.time = time.toISOString();
  const day = utcDay(time);
  if (main.date && main.date !== day) {
    warnings.push(`the main author line says ${main.date} (the quoted post's date?); the source status id says ${day}`);
  }
  main.date = day;
}

function notCapture(file: string, d: Pick<Detection, 'reasons' | 'sourceUrl'>, tags: CaptureReport['tags'], warnings: string[]): CaptureReport {
  return {
    file,
    isCapture: false,
    layout: null,
    source: { url: d.sourceUrl, handle: null, statusId: null },
    posts: [],
    tags,
    warnings,
    reasons: d.reasons,
    title: null,
    published: null,
    created: null,
    description: null,
  };
}

function parseUnsafe(text: string, file: string, tagOptions: Partial<TagOptions>): CaptureReport {
  const d = detectCapture(text);
  const data = d.frontmatter.data;
  const tags = { current: currentTags(data), normalized: normalizeTagValues(data, tagOptions) };
  const warnings = d.frontmatter.error ? [d.frontmatter.error] : [];
  if (!d.isCapture || !d.layout) return notCapture(file, d, tags, warnings);

  const { drafts, warnings: layoutWarnings } = read(d);
  warnings.push(...layoutWarnings);
  const posts = drafts.map(buildPost);
  const datedCount = drafts.filter((dr) => !dr.undated).length;
  posts.forEach((post, i) => {
    const input = { undated: drafts[i].undated, othersDated: datedCount > 0, text: post.text.original };
    post.promotedSignals = promotedSignals(input);
    post.promoted = isPromoted(input, post.promotedSignals);
    if (!post.promoted) post.promotedSignals = [];
  });
  if (d.reader === 'thread') fixMainFromSource(posts, d, warnings);
  assignRoles(posts, d.reader === 'post' || d.reader === 'callout');
  if (!posts.length) warnings.push('no posts found');

  const handle = d.source?.handle ?? (d.source ? posts[0]?.author.handle ?? null : null);
  const title = getString(data, 'title') ?? (d.reader === 'readwise' ? (/^#\s+(.+)$/m.exec(text)?.[1] ?? null) : null);
  return {
    file,
    isCapture: true,
    layout: d.layout,
    source: { url: d.sourceUrl, handle, statusId: d.source?.statusId ?? null },
    posts,
    tags,
    warnings,
    reasons: d.reasons,
    title,
    published: parseDay(getProperty(data, 'published')),
    created: parseDay(getProperty(data, 'created')),
    description: getString(data, 'description'),
  };
}

/**
 * Reads a note into a capture report (DESIGN.md section 4). Never throws: a note it cannot read
 * comes back as "not a capture" with the reason.
 */
export function parseCapture(text: string, file = '', tagOptions: Partial<TagOptions> = {}): CaptureReport {
  try {
    return parseUnsafe(text, file, tagOptions);
  } catch (err) {
    const reason = `could not read the note: ${err instanceof Error ? err.message : String(err)}`;
    return notCapture(file, { reasons: [reason], sourceUrl: null }, { current: [], normalized: [] }, [reason]);
  }
}
