import type { Draft } from './captures';
import { blockquote, fileName, statusUrl } from './clip';
import { clipTime, type Conversation } from './conversation';
import { int, pick, token, type Rng } from './random';
import { utcDay } from './snowflake';
import { excerpt, writeContent } from './text';
import { frontmatter } from './yaml';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `November 27, 2022 1:45 AM` (tweet-to-markdown). */
function longDate(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${String(d.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** `Fri Sep 19 13:48:41 +0000 2025` (the Twitter API's created_at). */
function apiDate(ms: number): string {
  const d = new Date(ms);
  const time = d.toISOString().slice(11, 19);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()].slice(0, 3)} ${String(d.getUTCDate()).padStart(2, '0')} ${time} +0000 ${d.getUTCFullYear()}`;
}

function plain(c: Conversation['thread'][number]): string {
  return writeContent(c.content, 'none', c.content.lang);
}

/** A Readwise tweet export: no frontmatter, `## Metadata` and `## Highlights` with `([View Tweet](url))`. */
export function readwiseCapture(rng: Rng, c: Conversation): Draft {
  const main = c.thread[0];
  const posts = c.thread;
  const head = excerpt(plain(main), 24);
  const lines = [
    `# /1 ${head}...`,
    '',
    `![rw-book-cover](https://pbs.twimg.com/profile_images/${main.id.slice(0, 19)}/${token(rng, 8)}.jpg)`,
    '',
    '## Metadata',
    `- Author: [[@${main.author.handle} on Twitter]]`,
    `- Full Title: /1 ${head}...`,
    '- Category: #tweets',
    `- URL: https://twitter.com/${main.author.handle}/status/${main.id}`,
    '',
    '## Highlights',
  ];
  posts.forEach((p, i) => {
    const text = plain(p).split('\n').filter((l) => l !== '').join('\n  ');
    const image = p.images.length > 0 ? `\n  ![](${p.images[0].replace(/\?.*$/, '.jpg')})` : '';
    lines.push(`- /${i + 1} ${text}${image} ([View Tweet](https://twitter.com/${p.author.handle}/status/${p.id}))`);
  });
  return { folder: 'Readwise/Tweets', name: fileName(`${head}...`), text: `${lines.join('\n')}\n` };
}

/** tweet-to-markdown: avatar line, `Name ([@handle](url)) - date`, text, `[Tweet link](url)`, `---`. */
export function ttmCapture(rng: Rng, c: Conversation): Draft {
  const main = c.thread[0];
  const posts = [...c.thread, ...c.replies.slice(0, int(rng, 0, 6))];
  const fm = frontmatter([
    ['author', main.author.name],
    ['handle', `@${main.author.handle}`],
    ['source', `https://twitter.com/${main.author.handle}/status/${main.id}`],
    ['date', longDate(main.ms)],
    ['fetched', longDate(clipTime(rng, c))],
    ['likes', int(rng, 0, 5000)],
    ['retweets', int(rng, 0, 800)],
    ['replies', posts.length - 1],
  ]);
  const blocks = posts.map(
    (p) =>
      `![${p.author.handle}](https://pbs.twimg.com/profile_images/${p.id.slice(0, 19)}/${token(rng, 8)}_normal.jpg)\n` +
      `${p.author.name} ([@${p.author.handle}](https://twitter.com/${p.author.handle})) - ${longDate(p.ms)}\n\n${plain(p)}\n\n` +
      `[Tweet link](https://twitter.com/${p.author.handle}/status/${p.id})`,
  );
  return { folder: 'Twitter', name: fileName(`${main.author.handle} - ${excerpt(plain(main), 40)}`), text: `${fm}${blocks.join('\n\n---\n\n')}\n` };
}

/** A bookmark exporter writing callouts: `> [!tweet] @handle · Mon DD, YYYY` and `> [!reply]` blocks. */
export function calloutCapture(rng: Rng, c: Conversation): Draft {
  const main = c.thread[0];
  const d = new Date(main.ms);
  const short = `${MONTHS[d.getUTCMonth()].slice(0, 3)} ${String(d.getUTCDate()).padStart(2, '0')}, ${d.getUTCFullYear()}`;
  const likes = int(rng, 10, 9000);
  const fm = frontmatter([
    ['tweet_id', main.id],
    ['created', { raw: utcDay(main.ms) }],
    ['author', `@${main.author.handle}`],
    ['display_name', main.author.name],
    ['tags', [`type/${pick(rng, ['thread', 'tweet'])}`]],
    ['likes', likes],
    ['views', likes * int(rng, 20, 200)],
    ['url', statusUrl(main.author.handle, main.id)],
  ]);
  const lines = [`> [!tweet] @${main.author.handle} · ${short}`, blockquote(plain(main)).replace(/^> $/gm, '>'), '>', `> Likes: ${likes} · Replies: ${c.replies.length}`];
  const replies = c.replies.slice(0, 5).map((r) => `> [!reply] @${r.author.handle} · ${apiDate(r.ms)}\n${blockquote(plain(r))}\n> *${int(rng, 0, 900)} likes*`);
  const body = replies.length > 0 ? `${lines.join('\n')}\n\n## Replies\n\n${replies.join('\n\n')}` : lines.join('\n');
  return { folder: 'Tweets', name: `${utcDay(main.ms)}-${main.author.handle.toLowerCase()}`, text: `${fm}\n${body}\n` };
}
