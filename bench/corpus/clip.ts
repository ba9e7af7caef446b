import type { Post, QuotedPost } from './conversation';
import { LANGS, SITE_LABELS, TOPIC_TAGS, type Lang, type Topic } from './lexicon';
import type { Advertiser, Person } from './people';
import { chance, int, pick, weighted, type Rng } from './random';
import { utcDay } from './snowflake';
import { escapeMd, utf8Length, writeContent, type TranslationStyle } from './text';
import type { FmValue } from './yaml';

/** How one clipper setup wrote a capture: template keys, quoting, translation, image alt, ending. */
export interface ClipStyle {
  translation: TranslationStyle;
  target: Lang;
  /** Alt text of images (the X UI language): 'Image', '图像', '画像'. */
  alt: string;
  /** Chinese template keys (标题/链接/作者/创建时间/摘要) instead of English ones. */
  zhKeys: boolean;
  /** Unquoted frontmatter values where YAML allows. */
  plain: boolean;
  trailingNewline: boolean;
}

/** Whether and how the page was translated when clipped (decided first: a translated clip weighs double). */
export function translationStyle(rng: Rng): TranslationStyle {
  return weighted<TranslationStyle>(rng, { none: 62, pair: 30, only: 6, glued: 2 });
}

export function clipStyle(rng: Rng, lang: Lang, translation: TranslationStyle): ClipStyle {
  const others = LANGS.filter((l) => l !== lang);
  return {
    translation,
    // Translation extensions translate into the reader's language: mostly Chinese, then Japanese.
    target: translation === 'none' ? lang : lang === 'en' ? pick(rng, ['zh', 'zh', 'ja'] as const) : chance(rng, 0.6) ? 'en' : pick(rng, others),
    alt: weighted(rng, { Image: 6, 图像: 3, 画像: 1 }),
    zhKeys: chance(rng, 0.15),
    plain: chance(rng, 0.15),
    trailingNewline: chance(rng, 0.7),
  };
}

/** A post's text as this clip wrote it (translated the way the clip's extension does). */
export function postText(style: ClipStyle, post: { content: Post['content'] }): string {
  const style2 = style.translation === 'glued' ? 'pair' : style.translation;
  return writeContent(post.content, style2, style.target);
}

export function statusUrl(handle: string, id: string): string {
  return `https://x.com/${handle}/status/${id}`;
}

/** The frontmatter `source` as clippers write it: x.com or twitter.com, share suffixes, sometimes /i/. */
export function sourceUrl(rng: Rng, handle: string, id: string): string {
  const base = weighted(rng, { x: 80, twitter: 10, i: 3 });
  const url = base === 'i' ? `https://x.com/i/status/${id}` : base === 'twitter' ? `https://twitter.com/${handle}/status/${id}` : statusUrl(handle, id);
  return url + weighted(rng, { '': 85, '?s=46': 6, '?s=20': 5, '?s=12': 4 });
}

/** `**Name** @handle [YYYY-MM-DD](url)`; plain date with `plainDate`, no date at all for ads. */
export function authorLine(post: Post, plainDate: boolean, history = false): string {
  const day = utcDay(post.ms);
  const head = `**${escapeMd(post.author.name)}** @${escapeMd(post.author.handle)}`;
  if (plainDate) return `${head} ${day}`;
  return `${head} [${day}](${statusUrl(post.author.handle, post.id)}${history ? '/history' : ''})`;
}

/** Prefixes every line with `> ` (or `> > ` ...), blank lines as `> `, as the clipper does. */
export function blockquote(text: string, depth = 1): string {
  const prefix = '> '.repeat(depth);
  return text
    .split('\n')
    .map((line) => (line === '' ? prefix : prefix + line))
    .join('\n');
}

/** A quoted post: `> YYYY-MM-DD` (or `> **Name @handle** · date`), its text and images. */
export function quoteBlock(rng: Rng, style: ClipStyle, q: QuotedPost): string {
  const day = utcDay(q.ms);
  const head = chance(rng, 0.8) ? day : `**${escapeMd(q.author.name)} @${escapeMd(q.author.handle)}** · ${day}`;
  const parts = [head, postText(style, q)];
  if (q.images.length > 0) parts.push(q.images.map((u) => `![${style.alt}](${u})`).join(' '));
  return blockquote(parts.join('\n\n'));
}

export function imagesLine(style: ClipStyle, urls: readonly string[]): string {
  return urls.map((u) => `![${style.alt}](${u})`).join(' ');
}

/** An ad's paragraphs, translated like the rest of the page when the clip was translated. */
export function adText(style: ClipStyle, ad: Advertiser): string {
  const original = ad.paragraphs.join('\n\n');
  if (style.translation === 'none' || style.target === 'en') return original;
  if (style.translation === 'only') return ad.translation.join('\n\n');
  return `${original}  \n${ad.translation.join('\n\n')}`;
}

/** Cuts a text mid-sentence, the way the clipper loses the end of long replies. */
export function truncate(rng: Rng, text: string): string {
  const cut = Math.floor(text.length * (0.5 + rng() * 0.4));
  return text.slice(0, cut).trimEnd();
}

export interface TagFields {
  tags: FmValue;
  /** The legacy `tag:` key some old templates still write. */
  legacy: FmValue | undefined;
}

/** The tags a capture carries, in one of the messy shapes clippers and people produce. */
export function captureTags(rng: Rng, topics: readonly Topic[], author: Person): TagFields {
  const topical = () => {
    const pool = topics.flatMap((t) => TOPIC_TAGS[t]);
    return Array.from(new Set(Array.from({ length: int(rng, 1, 4) }, () => pick(rng, pool))));
  };
  const shape = weighted(rng, { clippings: 40, hashClippings: 10, siteString: 12, weird: 5, topical: 15, wholeString: 6, none: 7, spaces: 5 });
  let tags: FmValue;
  if (shape === 'clippings') tags = chance(rng, 0.5) ? ['clippings'] : ['clippings', ...topical()];
  else if (shape === 'hashClippings') tags = ['#clippings', ...topical()];
  else if (shape === 'siteString') tags = [`${pick(rng, SITE_LABELS)} ${topical().map((t) => `#${t.replace(/\s+/g, '')}`).join(' ')}`];
  else if (shape === 'weird') tags = [`@${author.handle} ${topical().join(' # ')}`];
  else if (shape === 'topical') tags = topical();
  else if (shape === 'wholeString') tags = `clippings ${topical().join(' ')}`;
  else if (shape === 'spaces') tags = ['clippings', 'machine learning', 'web3.0', ...topical()];
  else tags = null;
  const legacy = chance(rng, 0.08) ? (chance(rng, 0.5) ? `#${pick(rng, topical())}` : topical()) : undefined;
  return { tags, legacy };
}

/** A file name the way the clipper derives one from a title (characters files cannot hold removed). */
export function fileName(title: string): string {
  const chars = Array.from(title.replace(/[\\/:*?"<>|#^[\]]/g, ' ').replace(/\s+/g, ' ').trim());
  // File systems cap names at 255 bytes; CJK characters take three, emoji four.
  while (utf8Length(chars.join('')) > 180) chars.pop();
  const clean = chars.join('').trim();
  return clean === '' ? 'Untitled' : clean;
}

/** Where clippers put captures: `Clippings/`, a dated subfolder, or `X/<year>/`. */
export function captureFolder(rng: Rng, clipMs: number): string {
  const day = utcDay(clipMs);
  return weighted(rng, { Clippings: 65, [`X/${day.slice(0, 4)}`]: 25, [`Clippings/${day}`]: 10 });
}

/** `created` in the clip's key style: a date, or an ISO time with a +08:00 offset. */
export function createdValue(style: ClipStyle, clipMs: number): FmValue {
  if (!style.zhKeys) return { raw: utcDay(clipMs) };
  const local = new Date(clipMs + 8 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}
