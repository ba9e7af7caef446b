import { TOPICS, type Lang, type Topic } from './lexicon';
import type { People, Person } from './people';
import { chance, int, pick, token, type Rng } from './random';
import { snowflakeAt } from './snowflake';
import { content, utf8Length, writeContent, type Content } from './text';

/** A post as X served it, before any clipper wrote it down. */
export interface Post {
  author: Person;
  /** Creation time (Unix ms); the status id encodes it. */
  ms: number;
  id: string;
  content: Content;
  images: string[];
  quote: QuotedPost | null;
  /** 1 reply, 2 reply to a reply (the post layout nests those); 0 for the main author's thread. */
  depth: number;
  /** The clipper stopped reading mid-sentence (it happens on long replies). */
  truncated: boolean;
}

export interface QuotedPost {
  author: Person;
  ms: number;
  id: string;
  content: Content;
  images: string[];
}

/** A main post, its author's continuation posts, and the replies under them. */
export interface Conversation {
  topics: Topic[];
  main: Person;
  /** The main post first, then the self-thread. */
  thread: Post[];
  /** In the order the page showed them (by relevance, not time). */
  replies: Post[];
}

const START = Date.UTC(2022, 5, 1);
const END = Date.UTC(2026, 6, 25);
const MINUTE = 60_000;
const DAY = 86_400_000;

function mediaUrl(rng: Rng): string {
  return `https://pbs.twimg.com/media/${token(rng, 15, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}?format=${pick(rng, ['jpg', 'jpg', 'png'])}&name=large`;
}

function images(rng: Rng, p: number): string[] {
  if (!chance(rng, p)) return [];
  return Array.from({ length: int(rng, 1, 4) }, () => mediaUrl(rng));
}

/** About what a post weighs in a capture: its text plus author line, separators and image links. */
function postSize(p: Post): number {
  return utf8Length(writeContent(p.content, 'none', p.content.lang)) + 120 + p.images.length * 80;
}

function replyLang(rng: Rng, convLang: Lang, author: Person): Lang {
  return chance(rng, 0.7) ? convLang : author.lang;
}

function reply(rng: Rng, people: People, c: Conversation, author: Person, ms: number, depth: number): Post {
  const long = chance(rng, 0.2);
  return {
    author,
    ms,
    id: snowflakeAt(rng, ms),
    content: content(rng, {
      lang: replyLang(rng, c.thread[0].content.lang, author),
      topics: chance(rng, 0.8) ? c.topics : author.topics,
      paragraphs: long ? [2, 6] : [1, 1],
      sentences: long ? [1, 4] : [1, 2],
      people,
    }),
    images: images(rng, 0.12),
    quote: null,
    depth,
    truncated: chance(rng, 0.05),
  };
}

/** Adds replies (some answered by the main author, some nested) until the text reaches `bytes`. */
function growReplies(rng: Rng, people: People, c: Conversation, bytes: number, after: number): void {
  let size = 0;
  while (size < bytes && c.replies.length < 2000) {
    // The main author answers now and then, but never first: a first reply of theirs reads as the thread.
    let author = c.replies.length > 0 && chance(rng, 0.1) ? c.main : people.pickAny(rng);
    while (c.replies.length === 0 && author === c.main) author = people.pickAny(rng);
    const ms = after + Math.floor(rng() * rng() * 3 * DAY) + int(rng, 1, 90) * 1000;
    const r = reply(rng, people, c, author, ms, 1);
    c.replies.push(r);
    size += postSize(r);
    if (chance(rng, 0.2)) {
      // An answer under that reply, most often from the main author.
      const answerer = chance(rng, 0.7) ? c.main : people.pickAny(rng);
      const answer = reply(rng, people, c, answerer, r.ms + int(rng, 1, 600) * MINUTE, 2);
      c.replies.push(answer);
      size += postSize(answer);
    }
  }
}

export interface ConversationOptions {
  /** Rough size of the whole conversation's text in bytes; replies are added until it is reached. */
  bytes: number;
  /** Whether the main author continues the main post with more posts of their own. */
  selfThread?: boolean;
  /** Probability that the main post quotes another post. */
  quoteChance?: number;
}

/** A conversation by an author of `people`, with a main post, maybe a self-thread, quotes and replies. */
export function generateConversation(rng: Rng, people: People, o: ConversationOptions): Conversation {
  const main = people.pick(rng);
  const topics = chance(rng, 0.85) ? main.topics : [pick(rng, TOPICS)];
  const start = START + Math.floor(rng() * (END - START));
  const lang = chance(rng, 0.9) ? main.lang : pick(rng, ['en', 'zh', 'ja'] as const);
  const mainContent = content(rng, { lang, topics, paragraphs: [1, Math.max(2, Math.min(12, Math.round(o.bytes / 1500)))], people });
  let quote: QuotedPost | null = null;
  if (chance(rng, o.quoteChance ?? 0.25)) {
    const author = people.pickAny(rng);
    const ms = start - int(rng, 1, 30 * 24 * 60) * MINUTE;
    quote = {
      author,
      ms,
      id: snowflakeAt(rng, ms),
      content: content(rng, { lang: author.lang, topics, paragraphs: [1, 3], people }),
      images: images(rng, 0.3),
    };
  }
  const first: Post = { author: main, ms: start, id: snowflakeAt(rng, start), content: mainContent, images: images(rng, 0.4), quote, depth: 0, truncated: false };
  const c: Conversation = { topics, main, thread: [first], replies: [] };
  let ms = start;
  if (o.selfThread) {
    const parts = int(rng, 1, 10);
    for (let i = 0; i < parts; i++) {
      ms += int(rng, 1, 20) * MINUTE + int(rng, 0, 59) * 1000;
      c.thread.push({
        author: main,
        ms,
        id: snowflakeAt(rng, ms),
        content: content(rng, { lang, topics, paragraphs: [1, 3], people }),
        images: images(rng, 0.35),
        quote: null,
        depth: 0,
        truncated: false,
      });
    }
  }
  const used = c.thread.reduce((sum, p) => sum + postSize(p), 0);
  growReplies(rng, people, c, o.bytes - used, ms);
  return c;
}

/**
 * The same conversation clipped again later: same main post and thread, the replies the page
 * showed then (some of the earlier ones, some new), so two captures share a source status.
 */
export function reclip(rng: Rng, people: People, c: Conversation, bytes: number): Conversation {
  const keep: Post[] = [];
  let size = 0;
  for (const r of c.replies.slice(0, int(rng, 0, c.replies.length))) {
    size += postSize(r);
    if (size > bytes) break;
    keep.push(r);
  }
  const again: Conversation = { topics: c.topics, main: c.main, thread: c.thread, replies: keep };
  const latest = Math.max(...c.thread.map((p) => p.ms), ...keep.map((p) => p.ms));
  growReplies(rng, people, again, Math.max(200, bytes / 3), latest);
  return again;
}

/** When the clip was taken: after the latest post it holds. */
export function clipTime(rng: Rng, c: Conversation): number {
  const latest = Math.max(...c.thread.map((p) => p.ms), ...c.replies.map((p) => p.ms));
  return latest + int(rng, 10, 5 * 24 * 60) * MINUTE;
}
