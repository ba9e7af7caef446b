import { TOPICS, type Lang, type Topic } from './lexicon';
import { chance, int, pick, weighted, zipfPicker, type Rng } from './random';

export interface Person {
  /** Display name as X shows it (may hold spaces, CJK, parentheses, '|', '·', '_'). */
  name: string;
  /** Handle without '@': [A-Za-z0-9_]{1,15}, unique in the corpus. */
  handle: string;
  lang: Lang;
  /** What this person posts about; captures of their posts draw topic words and tags from it. */
  topics: Topic[];
}

export interface Advertiser {
  name: string;
  handle: string;
  /** Ad paragraphs (English), with tracking links, hashtags and emoji. */
  paragraphs: string[];
  /** The same ad after a page-translation extension went over it (Chinese). */
  translation: string[];
}

export interface People {
  /** Ordered by popularity: index 0 is clipped most often. */
  authors: Person[];
  advertisers: Advertiser[];
  /** Picks a main-post author with a Zipf-like distribution (a few clipped often, a long tail). */
  pick(rng: Rng): Person;
  /** Picks someone replying or mentioned: the same people, a flatter distribution. */
  pickAny(rng: Rng): Person;
}

const EN_FIRST = ['Andrej', 'Dan', 'Reynold', 'Adam', 'Chris', 'Kevin', 'Sarah', 'Emily', 'Ram', 'Jamin', 'Conor', 'Alex', 'Maya', 'Nina', 'Omar', 'Lena', 'Tom', 'Priya', 'Hugo', 'Zoe', 'Ivan', 'Grace', 'Felix', 'Ada', 'Sam', 'Noah', 'Ruth', 'Leo'];
const EN_LAST = ['Karpathy', 'Kornas', 'Xin', 'Knees', 'Madden', 'Henrikson', 'Ball', 'McCarter', 'Parameswaran', 'Chen', 'Novak', 'Okafor', 'Silva', 'Berg', 'Duarte', 'Fischer', 'Ito', 'Kowalski', 'Moreau', 'Patel', 'Quinn', 'Reyes', 'Stone', 'Varga', 'Wright'];
const EN_SUFFIX = [' · AI expert', ' | Building in public', ' 🦀', ' (he/him)', ' · CEO of Studio', ''];
const ZH_NAMES = ['宝玉', 'K总', '歸藏', '兔子', '林戈', '小互', '彪彪3D', '李志', '喜羊羊', '觉一', '咚咚老师', '柯基是只猫', '阿龙', '小明同学', '星辰', '老王', '陈皮', '三金', '一只鱼', '大橘', '木子', '夏天', '西瓜', '北海', '南山'];
const ZH_SUFFIX = ['(guizang.ai)', ' | Rational Investing', '（web3.0资料）', '(Parody)', ' · iEarth', ''];
const JA_NAMES = ['たけし', 'さくら', 'EC専門エンジニア', 'ゆうと', '山田太郎', 'はるか', 'AI研究所', 'けんじ', '佐藤', 'みお', 'ひろし', 'データ職人'];
const SYLLABLES = ['zhang', 'wei', 'xiao', 'li', 'ming', 'hao', 'jun', 'ka', 'ta', 'ro', 'mi', 'ne', 'su', 'ki', 'do', 'tey', 'op', 'ovst', 'kfc', 'zho', 'ber', 'ry', 'xia', 'lin'];

function handleFor(rng: Rng, name: string, lang: Lang, taken: Set<string>): string {
  for (;;) {
    let base: string;
    const ascii = name.replace(/[^A-Za-z]/g, '');
    if (lang === 'en' && ascii.length > 2 && chance(rng, 0.7)) {
      const parts = name.split(/\s+/).map((p) => p.replace(/[^A-Za-z]/g, ''));
      base = pick(rng, [parts.join(''), parts.join('_'), `${parts[0]?.[0] ?? 'x'}${parts[1] ?? ''}`, `_${parts[0]}_`, `${parts[1] ?? parts[0]}_`]);
    } else {
      const n = int(rng, 1, 3);
      base = Array.from({ length: n }, () => pick(rng, SYLLABLES)).join(chance(rng, 0.3) ? '_' : '');
      if (chance(rng, 0.1)) base = `${base.toUpperCase()}_${base.toUpperCase()}`;
    }
    if (chance(rng, 0.35) || base.length < 4) base += String(int(rng, 1, 99999));
    if (chance(rng, 0.2)) base = base.charAt(0).toUpperCase() + base.slice(1);
    base = base.replace(/[^A-Za-z0-9_]/g, '').slice(0, 15) || 'user';
    if (!taken.has(base.toLowerCase())) {
      taken.add(base.toLowerCase());
      return base;
    }
  }
}

function nameFor(rng: Rng, lang: Lang): string {
  if (lang === 'zh') return pick(rng, ZH_NAMES) + (chance(rng, 0.25) ? pick(rng, ZH_SUFFIX) : '');
  if (lang === 'ja') return pick(rng, JA_NAMES) + (chance(rng, 0.2) ? int(rng, 1, 99) : '');
  const name = `${pick(rng, EN_FIRST)} ${pick(rng, EN_LAST)}`;
  if (chance(rng, 0.1)) return name.toLowerCase().replace(' ', '_');
  return name + (chance(rng, 0.2) ? pick(rng, EN_SUFFIX) : '');
}

const ADVERTISERS: Omit<Advertiser, 'paragraphs' | 'translation'>[] = [
  { name: 'HUDI', handle: 'humandataincome' },
  { name: 'Convergence', handle: 'convergence_ai_' },
  { name: 'talkspace', handle: 'talkspace' },
  { name: 'MagicterVPN', handle: 'MagicterVPN' },
  { name: 'CloudNine Hosting', handle: 'cloudnine_host' },
  { name: 'Brightwave Bank', handle: 'brightwavebank' },
  { name: 'Lumen Learning', handle: 'LumenLearnHQ' },
  { name: 'PixelForge', handle: 'pixelforge_io' },
  { name: 'Nordwind Shoes', handle: 'nordwindshoes' },
  { name: 'QuantumLeap VPN', handle: 'qleapvpn' },
];

const AD_LINES: [string, string][] = [
  ['Introducing our Lifetime Referral Program!', '推出终身推荐计划！'],
  ['Supercharge your productivity with our new agent.', '用我们的新智能体提升你的效率。'],
  ["Test the world's most capable assistant. Try it free today.", '体验世界上最强大的助手。今天免费试用。'],
  ['Online therapy from deeply experienced professionals.', '由经验丰富的专业人士提供的在线咨询。'],
  ['More referrals, more rewards!', '推荐越多，奖励越多！'],
  ['One platform for all your needs - build, launch, grow.', '一个平台满足你的所有需求——构建、发布、增长。'],
  ['Limited offer: 70% off for new users.', '限时优惠：新用户七折。'],
];

function adFor(rng: Rng, base: Omit<Advertiser, 'paragraphs' | 'translation'>): Advertiser {
  const paragraphs: string[] = [];
  const translation: string[] = [];
  const n = int(rng, 1, 3);
  for (let i = 0; i < n; i++) {
    const [en, zh] = pick(rng, AD_LINES);
    const emoji = pick(rng, ['🚀 ', '🌟 ', '🧙', '📈 ', '']);
    paragraphs.push(emoji + en);
    translation.push(emoji + zh);
  }
  const site = `https://${base.handle.replace(/_/g, '').toLowerCase()}.example.com`;
  const link = `${site}/?utm_source=twitter&utm_medium=paid&twclid=2-${int(rng, 1e8, 9e8).toString(36)}${int(rng, 1e8, 9e8).toString(36)}`;
  const tags = `#${base.name.replace(/\s+/g, '')} #${pick(rng, ['AI', 'VPN', 'Finance', 'Deals', 'Web3'])}`;
  paragraphs.push(`${link} ${tags}`);
  translation.push(`${link} ${tags}`);
  return { ...base, paragraphs, translation };
}

/** The corpus's cast: `count` authors (deterministic for a given rng state) and a few advertisers. */
export function createPeople(rng: Rng, count: number): People {
  const taken = new Set<string>();
  const authors: Person[] = [];
  for (let i = 0; i < count; i++) {
    const lang = weighted<Lang>(rng, { zh: 45, en: 40, ja: 15 });
    const name = nameFor(rng, lang);
    const topics = [pick(rng, TOPICS)];
    if (chance(rng, 0.5)) topics.push(pick(rng, TOPICS));
    authors.push({ name, handle: handleFor(rng, name, lang, taken), lang, topics });
  }
  const main = zipfPicker(count, 1.1, 3);
  const any = zipfPicker(count, 0.8, 5);
  return {
    authors,
    advertisers: ADVERTISERS.map((a) => adFor(rng, a)),
    pick: (r) => authors[main(r)],
    pickAny: (r) => authors[any(r)],
  };
}
