import {
  adText,
  authorLine,
  blockquote,
  captureFolder,
  captureTags,
  clipStyle,
  translationStyle,
  createdValue,
  fileName,
  imagesLine,
  postText,
  quoteBlock,
  sourceUrl,
  statusUrl,
  truncate,
  type ClipStyle,
} from './clip';
import { clipTime, type Conversation, type Post } from './conversation';
import { HEADINGS, type Lang } from './lexicon';
import type { People } from './people';
import { chance, int, pick, weighted, type Rng } from './random';
import { snowflakeAt, utcDay } from './snowflake';
import { content, escapeMd, excerpt, utf8Length, writeContent, writeParagraph } from './text';
import { frontmatter, type FmValue } from './yaml';

/** A rendered note before the corpus gives it a unique path. */
export interface Draft {
  folder: string;
  name: string;
  text: string;
}

interface Fields {
  title: string;
  source: string;
  author: FmValue | undefined;
  published: string | null;
  clipMs: number;
  description: string | null;
}

/** Web Clipper frontmatter in English or Chinese template keys, tags in one of their messy shapes. */
function clipperFrontmatter(rng: Rng, style: ClipStyle, f: Fields, c: Conversation): string {
  const { tags, legacy } = captureTags(rng, c.topics, c.main);
  const entries: [string, FmValue][] = style.zhKeys
    ? [['标题', f.title], ['链接', f.source], ['作者', f.author ?? null], ['创建时间', createdValue(style, f.clipMs)], ['摘要', f.description]]
    : [['title', f.title], ['source', f.source]];
  if (!style.zhKeys) {
    if (f.author !== undefined) entries.push(['author', f.author]);
    entries.push(['published', f.published === null ? null : { raw: f.published }], ['created', createdValue(style, f.clipMs)], ['description', f.description]);
  }
  entries.push(['tags', tags]);
  if (legacy !== undefined) entries.push(['tag', legacy]);
  return frontmatter(entries, style.plain);
}

function authorField(rng: Rng, handle: string): FmValue | undefined {
  return weighted<'handle' | 'site' | 'siteString' | 'none'>(rng, { handle: 75, site: 12, siteString: 8, none: 5 }) === 'handle'
    ? [`[[@${handle}]]`]
    : chance(rng, 0.4)
      ? undefined
      : chance(rng, 0.5)
        ? ['[[X (formerly Twitter)]]']
        : '[[X (formerly Twitter)]]';
}

function finish(style: ClipStyle, text: string): string {
  const trimmed = text.replace(/\n+$/, '');
  return style.trailingNewline ? `${trimmed}\n` : trimmed;
}

/** A post's body (text, images, quote) without its author line. */
function postBody(rng: Rng, style: ClipStyle, post: Post): string {
  const parts: string[] = [];
  let text = postText(style, post);
  if (post.truncated) text = truncate(rng, text);
  if (text !== '') parts.push(text);
  if (post.images.length > 0) parts.push(imagesLine(style, post.images));
  if (post.quote) parts.push(quoteBlock(rng, style, post.quote));
  return parts.join('\n\n');
}

/** Ads the page showed between replies, positioned after reply `i`. */
function adsBetween(rng: Rng, people: People, replies: number): Map<number, People['advertisers'][number]> {
  const ads = new Map<number, People['advertisers'][number]>();
  for (let i = 0; i < replies; i++) if (chance(rng, 0.035)) ads.set(i, pick(rng, people.advertisers));
  return ads;
}

/** Thread layout: `**Name** @handle [date](url)` posts separated by `---`, replies flattened, ads among them. */
export function threadCapture(rng: Rng, people: People, c: Conversation, style: ClipStyle, sourceId?: string): Draft {
  const main = c.thread[0];
  const clipMs = clipTime(rng, c);
  const handle = main.author.handle;
  const titleKind = weighted(rng, { thread: 72, renamed: 14, pageTitle: 14 });
  const firstText = writeContent(main.content, 'none', main.content.lang);
  const title =
    titleKind === 'thread'
      ? `Thread by @${handle}`
      : titleKind === 'renamed'
        ? excerpt(firstText.split('\n')[0], 40)
        : `${main.author.name} on X: "${excerpt(firstText, 180)} https://t.co/${handle.slice(0, 4)}" / X`;
  const fields: Fields = {
    title,
    source: sourceUrl(rng, handle, sourceId ?? main.id),
    author: authorField(rng, handle),
    published: utcDay(main.ms + (chance(rng, 0.3) ? 86_400_000 : 0)),
    clipMs,
    description: chance(rng, 0.25) ? excerpt(firstText, 140) : null,
  };
  const blocks: string[] = [];
  const h1 = chance(rng, 0.2) ? `# ${title}\n` : '';
  const plainMain = main.quote !== null ? chance(rng, 0.9) : chance(rng, 0.08);
  blocks.push(`${h1}${authorLine(main, plainMain, chance(rng, 0.06))}\n\n${postBody(rng, style, main)}`);
  for (const post of c.thread.slice(1)) blocks.push(`${authorLine(post, false)}\n\n${postBody(rng, style, post)}`);
  const ads = adsBetween(rng, people, c.replies.length);
  c.replies.forEach((post, i) => {
    blocks.push(`${authorLine(post, false)}\n\n${postBody(rng, style, post)}`);
    const ad = ads.get(i);
    if (ad) blocks.push(`**${escapeMd(ad.name)}** @${escapeMd(ad.handle)}\n\n${adText(style, ad)}`);
  });
  const text = clipperFrontmatter(rng, style, fields, c) + blocks.join('\n\n---\n\n');
  return { folder: captureFolder(rng, clipMs), name: fileName(title), text: finish(style, text) };
}

/** An ad clipped alone (it happens): a thread-layout capture whose only post has no date. */
export function adCapture(rng: Rng, people: People): Draft {
  const ad = pick(rng, people.advertisers);
  const style = clipStyle(rng, 'en', translationStyle(rng));
  const clipMs = Date.UTC(2025, 0, 1) + int(rng, 0, 500) * 86_400_000;
  const title = `Thread by @${ad.handle}`;
  const fm = frontmatter(
    [
      ['title', title],
      ['source', statusUrl(ad.handle, snowflakeAt(rng, clipMs - 3_600_000))],
      ['author', [`[[@${ad.handle}]]`]],
      ['published', null],
      ['created', { raw: utcDay(clipMs) }],
      ['description', null],
      ['tags', ['clippings']],
    ],
    style.plain,
  );
  return { folder: 'Clippings', name: fileName(title), text: finish(style, `${fm}**${escapeMd(ad.name)}** @${escapeMd(ad.handle)}\n\n${adText(style, ad)}`) };
}

function commentHeader(post: Post): string {
  return `**${escapeMd(post.author.name)} @${escapeMd(post.author.handle)}** · [${utcDay(post.ms)}](${statusUrl(post.author.handle, post.id)})`;
}

/** Post layout (2026 clipper): no author line, continuation parts joined with `---`, then `## Comments`. */
export function postCapture(rng: Rng, people: People, c: Conversation, style: ClipStyle, sourceId?: string): Draft {
  const main = c.thread[0];
  const clipMs = clipTime(rng, c);
  const handle = main.author.handle;
  const firstText = writeContent(main.content, 'none', main.content.lang);
  const titleFromText = main.content.paragraphs.length > 1 && chance(rng, 0.15);
  const title = titleFromText ? excerpt(writeParagraph(main.content.paragraphs[0], main.content.lang), 90) : `Post by @${handle} on X`;
  const fields: Fields = {
    title,
    source: sourceUrl(rng, handle, sourceId ?? main.id),
    author: chance(rng, 0.95) ? [`[[@${handle}]]`] : undefined,
    published: utcDay(main.ms),
    clipMs,
    description: chance(rng, 0.85) ? excerpt(firstText, 150) + (chance(rng, 0.3) ? ' -' : '') : null,
  };
  let body: string;
  if (titleFromText) {
    // The clipper put the first line in the title and left two blank lines where it was.
    const rest = { ...main, content: { ...main.content, paragraphs: main.content.paragraphs.slice(1) } };
    body = `\n\n${postBody(rng, style, rest)}`;
  } else body = postBody(rng, style, main);
  const parts = [body, ...c.thread.slice(1).map((p) => postBody(rng, style, p))];
  let text = clipperFrontmatter(rng, style, fields, c) + parts.join('\n\n---\n\n');
  if (c.replies.length > 0) {
    const comments: string[] = [];
    const ads = adsBetween(rng, people, c.replies.length);
    c.replies.forEach((post, i) => {
      const block = blockquote(`${commentHeader(post)}\n\n${postBody(rng, style, post)}`, post.depth > 1 ? 2 : 1);
      // A nested reply belongs to the comment above it: same blockquote, one level deeper.
      if (post.depth > 1 && comments.length > 0) comments[comments.length - 1] += `\n> \n${block}`;
      else comments.push(block);
      const ad = ads.get(i);
      if (ad) comments.push(blockquote(`**${escapeMd(ad.name)} @${escapeMd(ad.handle)}**\n\n${adText(style, ad)}`));
    });
    text += `\n\n---\n\n## Comments\n\n${comments.join('\n\n')}`;
  }
  return { folder: captureFolder(rng, clipMs), name: fileName(titleFromText ? `Post by @${handle} on X` : title), text: finish(style, text) };
}

/** X Article: a long text with `## ` headings and images; author `[[Unknown]]`, maybe translated inline. */
export function articleCapture(rng: Rng, people: People, c: Conversation, style: ClipStyle, bytes: number): Draft {
  const main = c.thread[0];
  const lang = main.content.lang;
  const clipMs = clipTime(rng, c);
  const heading = pick(rng, HEADINGS);
  const target: Lang = style.target;
  const bilingual = style.translation !== 'none' && target !== lang;
  const title = bilingual ? `${heading[lang]} ${heading[target]}` : `${heading[lang]}: ${excerpt(writeParagraph(main.content.paragraphs[0], lang), 50)}`;
  const sections: string[] = [`# ${title}`, writeContent(main.content, style.translation, target)];
  let size = utf8Length(sections.join('\n\n'));
  while (size < bytes) {
    const h = pick(rng, HEADINGS);
    const section = content(rng, { lang, topics: c.topics, paragraphs: [2, 8], sentences: [2, 6], people });
    const parts = [`## ${bilingual ? `${h[lang]} ${h[target]}` : h[lang]}`, writeContent(section, style.translation, target)];
    if (chance(rng, 0.4)) parts.push(`![${style.alt}](https://pbs.twimg.com/media/${main.id.slice(-8)}${int(rng, 1000, 9999)}?format=jpg&name=large)`);
    if (chance(rng, 0.3)) parts.push(`[${pick(rng, ['CLAUDE.md', 'plan.md', 'the docs'])}](https://example.com/${int(rng, 1, 999)})`);
    const block = parts.join('\n\n');
    sections.push(block);
    size += utf8Length(block) + 2;
  }
  const fields: Fields = {
    title,
    source: statusUrl(main.author.handle, main.id),
    author: ['[[Unknown]]'],
    published: utcDay(main.ms),
    clipMs,
    description: chance(rng, 0.5) ? `${excerpt(sections[1], 150)}...` : null,
  };
  return { folder: captureFolder(rng, clipMs), name: fileName(title), text: finish(style, clipperFrontmatter(rng, style, fields, c) + sections.join('\n\n')) };
}
