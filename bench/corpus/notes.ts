import type { Draft } from './captures';
import { fileName, statusUrl } from './clip';
import { HEADINGS, TOPICS, TOPIC_TAGS, type Lang } from './lexicon';
import type { People } from './people';
import { chance, int, pick, token, weighted, type Rng } from './random';
import { snowflakeAt, utcDay } from './snowflake';
import { content, excerpt, writeContent, writeParagraph } from './text';
import { frontmatter } from './yaml';

/**
 * Notes that are not captures but look like them: web clips and YouTube clips with the clipper's
 * frontmatter, plain notes linking to x.com, Grok chats clipped from x.com, a personal site whose
 * author looks like a handle, an LLM summary citing a post.
 */
export type NoteKind = 'web' | 'youtube' | 'note' | 'grok' | 'site' | 'summary';

const DOMAINS = ['qiita.com', 'medium.com', 'blog.example.org', 'zhuanlan.zhihu.com', 'zenn.dev', 'substack.com', 'news.ycombinator.com'];
const START = Date.UTC(2022, 5, 1);
const SPAN = 4 * 365 * 86_400_000;

function body(rng: Rng, people: People, lang: Lang, sections: number, xLinks: boolean): string {
  const topics = [pick(rng, TOPICS)];
  const parts: string[] = [];
  for (let i = 0; i < sections; i++) {
    if (i > 0) parts.push(`## ${pick(rng, HEADINGS)[lang]}`);
    parts.push(writeContent(content(rng, { lang, topics, paragraphs: [1, 5], sentences: [1, 5], people }), 'none', lang));
    if (chance(rng, 0.3)) parts.push(`- [${pick(rng, TOPIC_TAGS[topics[0]])}](https://${pick(rng, DOMAINS)}/tags/${token(rng, 6, 'abcdefghij')})`);
    if (xLinks && chance(rng, 0.5)) {
      const p = people.pick(rng);
      parts.push(`See [this post](${statusUrl(p.handle, snowflakeAt(rng, START + Math.floor(rng() * SPAN)))}) by @${p.handle}.`);
    }
  }
  return parts.join('\n\n');
}

/** A note that is not a capture, of the given kind. */
export function nonCapture(rng: Rng, people: People, kind: NoteKind): Draft {
  const lang = weighted<Lang>(rng, { en: 45, zh: 35, ja: 20 });
  const ms = START + Math.floor(rng() * SPAN);
  const created = { raw: utcDay(ms + int(rng, 0, 30) * 86_400_000) };
  const title = excerpt(writeParagraph(content(rng, { lang, topics: [pick(rng, TOPICS)], paragraphs: [1, 1], sentences: [1, 1] }).paragraphs[0], lang), 60);
  if (kind === 'web') {
    const domain = pick(rng, DOMAINS);
    const utm = chance(rng, 0.3) ? '?utm_campaign=popular&utm_medium=twitter&utm_source=dlvr.it' : '';
    const fm = frontmatter([
      ['title', title],
      ['source', `https://${domain}/${token(rng, 8, 'abcdefghijklmnopqrstuvwxyz-')}/${token(rng, 12, 'abcdef0123456789')}${utm}`],
      ['author', [`[[${pick(rng, people.authors).name}]]`]],
      ['published', { raw: utcDay(ms) }],
      ['created', created],
      ['description', `${excerpt(title, 100)}...`],
      ['tags', ['clippings']],
    ]);
    return { folder: 'Clippings', name: fileName(title), text: `${fm}${body(rng, people, lang, int(rng, 2, 12), chance(rng, 0.3))}\n` };
  }
  if (kind === 'youtube') {
    const id = token(rng, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
    const fm = frontmatter([
      ['title', `${title} | ${pick(rng, ['大耳朵TV', 'Tech Weekly', 'ゆっくり解説'])}`],
      ['source', `https://www.youtube.com/watch?v=${id}`],
      ['author', [`[[${pick(rng, ['大耳朵TV', 'Tech Weekly', 'ゆっくり解説'])}]]`]],
      ['published', { raw: utcDay(ms) }],
      ['created', created],
      ['description', '在 YouTube 上畅享你喜爱的视频和音乐，上传原创内容并与亲朋好友和全世界观众分享你的视频。'],
      ['tags', ['clippings']],
    ]);
    const chapters = Array.from({ length: int(rng, 3, 10) }, (_, i) => `${String(i * 2).padStart(2, '0')}:${String(int(rng, 0, 59)).padStart(2, '0')} ${pick(rng, HEADINGS)[lang]}  `);
    const transcript = Array.from({ length: int(rng, 3, 40) }, (_, i) => `**${i}:${String(int(rng, 0, 59)).padStart(2, '0')}** · ${writeContent(content(rng, { lang, topics: [pick(rng, TOPICS)], paragraphs: [1, 1], sentences: [2, 6] }), 'none', lang)}`);
    return {
      folder: 'Clippings',
      name: fileName(title),
      text: `${fm}![](https://www.youtube.com/watch?v=${id})\n\n#${pick(rng, TOPICS)} #video  \n${chapters.join('\n')}\n\n## Transcript\n\n### intro\n\n${transcript.join('\n\n')}\n`,
    };
  }
  if (kind === 'grok') {
    const fm = frontmatter([
      ['title', 'Grok / X'],
      ['source', `https://x.com/i/grok?conversation=${snowflakeAt(rng, ms)}`],
      ['author', ['[[X (formerly Twitter)]]']],
      ['published', null],
      ['created', created],
      ['description', 'Grok is a free AI assistant designed by xAI to maximize truth and objectivity.'],
      ['tags', ['clippings']],
    ]);
    return { folder: 'Clippings', name: `Grok ${token(rng, 4, '0123456789')}`, text: `${fm}\n\n---\n\n\n${body(rng, people, lang, int(rng, 1, 5), false)}\n` };
  }
  if (kind === 'site') {
    const p = people.pick(rng);
    const fm = frontmatter(
      [
        ['title', p.name],
        ['source', `https://${p.handle.toLowerCase().replace(/_/g, '')}.ai/`],
        ['author', [`[[@${p.handle}]]`]],
        ['published', null],
        ['created', created],
        ['description', null],
        ['tags', ['clippings']],
      ],
      true,
    );
    return { folder: 'Clippings', name: fileName(p.name), text: `${fm}${body(rng, people, 'en', int(rng, 2, 6), false)}\n` };
  }
  if (kind === 'summary') {
    const p = people.pick(rng);
    const url = statusUrl(p.handle, snowflakeAt(rng, ms));
    const fm = frontmatter([
      ['title', title],
      ['type', 'summary'],
      ['sources', [url]],
      ['created', created],
      ['tags', ['summary', 'llm']],
    ]);
    return { folder: 'Notes', name: fileName(`Summary ${title}`), text: `${fm}\n## Summary\n\n${body(rng, people, lang, int(rng, 1, 3), false)}\n\n## Citations\n\n- ${url}\n` };
  }
  const fm = chance(rng, 0.5) ? frontmatter([['tags', [pick(rng, ['note', 'idea', 'journal', 'reading'])]], ['created', created]]) : '';
  return { folder: 'Notes', name: fileName(title), text: `${fm}${body(rng, people, lang, int(rng, 1, 6), chance(rng, 0.5))}\n` };
}
