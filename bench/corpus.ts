/**
 * Deterministic synthetic vault for benchmarks: captures in the shapes of ../shared/fixtures
 * (thread, post and article layouts, other tools), with ads, page translations, messy tags and
 * localized keys, mixed with notes that are not captures. Authors follow a Zipf-like law, some
 * conversations are clipped twice, posts mention other corpus authors and share topic tags, so
 * the related-captures bench can use the same corpus. Same count and seed, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { adCapture, articleCapture, postCapture, threadCapture, type Draft } from './corpus/captures';
import { clipStyle, translationStyle } from './corpus/clip';
import { generateConversation, reclip, type Conversation } from './corpus/conversation';
import { nonCapture, type NoteKind } from './corpus/notes';
import { calloutCapture, readwiseCapture, ttmCapture } from './corpus/others';
import { createPeople, type People } from './corpus/people';
import { chance, logUniform, mulberry32, pick, weighted, type Rng } from './corpus/random';
import { utf8Length } from './corpus/text';

export { mulberry32, type Rng } from './corpus/random';
export { snowflakeAt, snowflakeTime, utcDay } from './corpus/snowflake';
export { createPeople, type People, type Person } from './corpus/people';

export type CaptureKind = 'thread' | 'post' | 'article' | 'readwise' | 'ttm' | 'callout' | 'ad';
export type CorpusKind = CaptureKind | NoteKind;

/** The layout a correct parser reports for each kind (null: not a capture). */
export const EXPECTED_LAYOUT: Record<CorpusKind, 'thread' | 'post' | 'article' | 'other' | null> = {
  thread: 'thread',
  ad: 'thread',
  post: 'post',
  article: 'article',
  readwise: 'other',
  ttm: 'other',
  callout: 'other',
  web: null,
  youtube: null,
  note: null,
  grok: null,
  site: null,
  summary: null,
};

export interface CorpusNote {
  /** Vault-relative path with forward slashes, unique (case-insensitively) in the corpus. */
  path: string;
  text: string;
  kind: CorpusKind;
  /** Main status id of the conversation the capture holds; captures of one conversation share it. */
  conversation: string | null;
  /** Handle of the main post's author. */
  author: string | null;
}

export interface CaptureOptions {
  kind: CorpusKind;
  people: People;
  /** Rough size of the note in bytes (threads, posts and articles grow to it). */
  bytes?: number;
  /** Clip this conversation again instead of a new one (thread and post kinds). */
  conversation?: Conversation;
}

export interface GeneratedCapture extends Draft {
  kind: CorpusKind;
  conversation: Conversation | null;
}

/** Sizes of a vault's clips: most are a few KB, a long tail reaches about 200 KB. */
function noteBytes(rng: Rng): number {
  const band = weighted(rng, { small: 75, medium: 21, large: 4 });
  if (band === 'small') return logUniform(rng, 300, 6_000);
  if (band === 'medium') return logUniform(rng, 6_000, 30_000);
  return logUniform(rng, 30_000, 190_000);
}

/** One note of the given kind; `options.conversation` clips an existing conversation again. */
export function generateCapture(rng: Rng, options: CaptureOptions): GeneratedCapture {
  const { kind, people } = options;
  const bytes = options.bytes ?? (kind === 'article' ? logUniform(rng, 6_000, 190_000) : noteBytes(rng));
  if (kind === 'ad') return { ...adCapture(rng, people), kind, conversation: null };
  if (kind !== 'thread' && kind !== 'post' && kind !== 'article' && kind !== 'readwise' && kind !== 'ttm' && kind !== 'callout') {
    return { ...nonCapture(rng, people, kind), kind, conversation: null };
  }
  let translation = translationStyle(rng);
  // Page translations of articles are mostly glued to the original paragraphs (immersive style).
  if (kind === 'article' && translation !== 'none' && chance(rng, 0.6)) translation = 'glued';
  // A page translated with originals kept weighs about double: grow the conversation to half.
  const budget = translation === 'pair' ? bytes / 2 : bytes;
  let c: Conversation;
  let sourceId: string | undefined;
  if (options.conversation) {
    c = reclip(rng, people, options.conversation, budget);
    // Sometimes the clip was taken from a later post of the thread or from a reply's page.
    if (chance(rng, 0.3)) sourceId = pick(rng, [...c.thread, ...c.replies.slice(0, 3)]).id;
  } else {
    // Articles grow their own text; the other tools keep only a few posts of a conversation.
    const own = kind === 'article' ? 0 : kind === 'thread' || kind === 'post' ? budget : Math.min(bytes, 3_000);
    c = generateConversation(rng, people, {
      bytes: own,
      selfThread: chance(rng, kind === 'thread' || kind === 'readwise' ? 0.35 : 0.15),
      quoteChance: kind === 'thread' ? 0.25 : kind === 'post' ? 0.1 : 0,
    });
  }
  const style = clipStyle(rng, c.thread[0].content.lang, translation);
  let draft: Draft;
  if (kind === 'thread') draft = threadCapture(rng, people, c, style, sourceId);
  else if (kind === 'post') draft = postCapture(rng, people, c, style, sourceId);
  else if (kind === 'article') draft = articleCapture(rng, people, c, style, bytes);
  else if (kind === 'readwise') draft = readwiseCapture(rng, c);
  else if (kind === 'ttm') draft = ttmCapture(rng, c);
  else draft = calloutCapture(rng, c);
  return { ...draft, kind, conversation: c };
}

const MIX: Record<CorpusKind | 'reclip', number> = {
  thread: 33,
  post: 22,
  reclip: 8,
  article: 4,
  readwise: 2,
  ttm: 2,
  callout: 1,
  ad: 0.5,
  web: 10,
  youtube: 4,
  note: 9,
  grok: 1.5,
  site: 1.5,
  summary: 1.5,
};

/** Number of distinct authors in every corpus (the related bench counts on a few hundred). */
export const AUTHOR_COUNT = 320;

/**
 * `count` notes with their kind and conversation. Deterministic: the same count and seed give the
 * same notes, and a shorter corpus is a prefix of a longer one with the same seed.
 */
export function generateNotes(count: number, seed = 1): CorpusNote[] {
  const rng = mulberry32(seed);
  const people = createPeople(rng, AUTHOR_COUNT);
  const conversations: Conversation[] = [];
  const taken = new Set<string>();
  const notes: CorpusNote[] = [];
  for (let i = 0; i < count; i++) {
    const pickKind = weighted(rng, MIX);
    const again = pickKind === 'reclip' && conversations.length > 0 ? pick(rng, conversations) : undefined;
    const kind: CorpusKind = pickKind === 'reclip' ? (chance(rng, 0.6) ? 'thread' : 'post') : pickKind;
    const note = generateCapture(rng, { kind, people, conversation: again });
    if (note.conversation && (kind === 'thread' || kind === 'post')) conversations.push(note.conversation);
    let path = `${note.folder}/${note.name}.md`;
    for (let n = 1; taken.has(path.toLowerCase()); n++) path = `${note.folder}/${note.name} ${n}.md`;
    taken.add(path.toLowerCase());
    const main = note.conversation?.thread[0];
    notes.push({ path, text: note.text, kind, conversation: main?.id ?? null, author: main?.author.handle ?? null });
  }
  return notes;
}

/** `count` notes as `{ path, text }` (see generateNotes). */
export function generateCorpus(count: number, seed = 1): { path: string; text: string }[] {
  return generateNotes(count, seed).map(({ path, text }) => ({ path, text }));
}

/** Writes the corpus as a vault folder under `dir` (created as needed); returns files and bytes written. */
export function writeCorpus(dir: string, count: number, seed = 1): { files: number; bytes: number } {
  let bytes = 0;
  const notes = generateCorpus(count, seed);
  for (const note of notes) {
    const file = join(dir, ...note.path.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, note.text, 'utf8');
    bytes += utf8Length(note.text);
  }
  return { files: notes.length, bytes };
}
