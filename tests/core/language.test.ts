import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, splitTranslation } from '../../src/core/language';

// Post texts as the parser hands them over (images and quotes taken out, blockquotes de-quoted),
// shortened from the captures in ../shared/fixtures.

const KEVIN =
  "that's cool. love the podcast too.\n\n" +
  "now i'm just curious to see how this changes benchmarks and model evals soon. wdyt?  \n" +
  '很酷。也喜欢这个播客。\n\n' +
  '现在我只是好奇想看看这很快会如何改变基准测试和模型评估。你怎么看？';

const HUDI =
  '🚀 Introducing HUDI Lifetime Referral Program!\n\n' +
  '🌟 Bring in users or projects seeking decentralized marketing through our Quest to Earn system and earn a % on all their purchases, forever.\n\n' +
  'It’s that simple - more referrals, more rewards! 📈\n\n' +
  '🐸 Find your referral link on the  \n' +
  '🚀 推出 HUDI 终身推荐计划！\n\n' +
  '🌟 通过我们的“赚取任务”系统引入寻求去中心化营销的用户或项目，并从他们的所有购买中永久赚取一定比例的收益。\n\n' +
  '就是这么简单——推荐越多，奖励越多！ 📈\n\n' +
  '🐸 在……上找到您的推荐链接';

const SEED_QUOTE =
  'a lot of people were interested in how we made GPT-4.5 and what comes next.\n\n' +
  'we did a podcast with alex paino, dan selsam, and @atootoon who helped drive the project.\n\n' +
  'full episode coming soon, but here are some interesting clips:  \n' +
  '很多人对我们如何制作 GPT-4.5 以及接下来会发生什么感兴趣。\n\n' +
  '我们与亚历克斯·帕伊诺、丹·塞尔萨姆以及帮助推动该项目的@atootoon 一起做了一期播客节目。\n\n' +
  '完整剧集即将推出，但这里有一些有趣的片段：';

const ZHO_QUOTE =
  'This o3 prompt is insane: "My X username is \\[YOUR USERNAME HERE\\]. Look at my posts and identify a business I can build."  \n' +
  '这个 o3 提示太疯狂了：“我的 X 用户名是 \\[此处填写您的用户名\\]。看看我的帖子，然后确定我可以建立的业务。”';

const GLUED_PARAGRAPH =
  "[CLAUDE.md](https://claude.md/) is a markdown file. Markdown is a text format that AI models process extremely well, and Claude in particular handles it better than most other models I've tested." +
  'CLAUDE.md 是一个 Markdown 文件。Markdown 是一种文本格式，AI 模型处理得非常好，尤其是 Claude 比我测试过的其他大多数模型处理得更好。';

const ARTICLE =
  '# The complete claude code tutorial 完整的 claude 代码教程\n' +
  "I’ve been a SWE for 7 years, between Amazon, Disney, and Capital One. Now I’m the CTO of a startup that builds agents.\n\n" +
  '## CLAUDE.md\n\n' +
  GLUED_PARAGRAPH +
  '\n\n\n' +
  'When you start a Claude Code session, the first thing Claude does is read your [CLAUDE.md](https://claude.md/) file.';

const JA_WITH_FOOTER =
  'コーディングエージェントがなぜ機能するのかを理解したいなら、ハーネスを見るのが役立つ—プロンプトだけでなく。\n\n' +
  'Learn Claude Codeは、エージェント環境がどのように組み立てられるかを学ぶビルダー向けの0-to-1ハーネスエンジニアリング学習プロジェクトです。\n\n' +
  '主な特徴：\n\n' +
  '• エージェントループ – ツール呼び出しを実行し、結果をモデルに返す実行可能なループから開始\n\n' +
  'オープンソース（MITライセンス）です。\n\n' +
  '返信内のリンク 👇\n\n' +
  '🔗 GitHub: https://github.com/shareAI-lab/analysis\\_claude\\_code…\n\n' +
  '\\---\n\n' +
  '✉️ If you’re into AI, ML, agents, and building real systems, join my newsletter (it’s free): http://dankornas.substack.com\n\n' +
  '[github.com GitHub - shareAI-lab/learn-claude-code: Bash is all you need](https://t.co/Lhl1v2U3Ac)';

const ALL_ZH_TRANSLATED =
  '  \n不要将 LLMs 视为实体，而应视作模拟器。例如，在探索某个话题时，不要问：\n\n' +
  '你对 xyz 有什么看法？\n\n' +
  '没有"你"。下次试试：';

const VPN_AD =
  '🧙VPN开发王 - 一站式VPN开发平台\n\n\\- VPN定制开发\n\n\\- VPN源码购买\n\n\\- VPN白标贴牌\n\n' +
  '官网：http://vpnking.cc/?twclid=2-1zoz0nwoec21tsa8d6rzlhbv4\n\n#vpn开发 #vpn';

const ALTERNATING =
  'Hello everyone, today we are releasing our new model to all users.\n\n' +
  '大家好，今天我们向所有用户发布新模型。\n\n' +
  'It is faster and cheaper than the previous version, and it supports images.\n\n' +
  '它比上一个版本更快、更便宜，并且支持图像。';

const IMAGE_ONLY = '![Image](https://pbs.twimg.com/media/x.jpg)';

describe('detectLanguage', () => {
  it.each([
    ['Chinese with English product names', 'GPT-4o能根据我画的女生内衣草稿，居然倒推理出图纸。', 'zh'],
    ['a Chinese ad with a URL and hashtags', VPN_AD, 'zh'],
    ['traditional Chinese without kana', '會取代他們這群管理職嗎？', 'zh'],
    ['Chinese with a few English words', '哥们儿一直you know，像极了只会搞技术肥宅。', 'zh'],
    ['Chinese with one stray kana', '我の新电脑终于到了，今天晚上就开始配置开发环境', 'zh'],
    ['Japanese kanji and kana', 'コーディングエージェントがなぜ機能するのかを理解したいなら、ハーネスを見るのが役立つ。', 'ja'],
    ['Japanese in katakana only', 'エージェント', 'ja'],
    ['Japanese body with an English footer', JA_WITH_FOOTER, 'ja'],
    ['Korean', '오늘 새로운 모델을 모든 사용자에게 공개합니다.', 'ko'],
    ['Russian', 'Сегодня мы выпускаем новую модель для всех пользователей.', 'ru'],
    ['Arabic', 'نحن نطلق اليوم نموذجا جديدا لجميع المستخدمين', 'ar'],
    ['Hebrew', 'היום אנחנו משחררים מודל חדש לכל המשתמשים', 'he'],
    ['Thai', 'วันนี้เราเปิดตัวโมเดลใหม่สำหรับผู้ใช้ทุกคน', 'th'],
    ['Hindi', 'आज हम सभी उपयोगकर्ताओं के लिए नया मॉडल जारी कर रहे हैं', 'hi'],
    ['Greek', 'Σήμερα κυκλοφορούμε ένα νέο μοντέλο για όλους τους χρήστες', 'el'],
    ['English with a Chinese name', 'Just finished reading 李笑来 on compounding. Highly recommended for anyone building habits.', 'en'],
    ['English reply with a mention', 'Branding pivot to LakeBricks @rxin ? :)', 'en'],
    ['French with accents', 'Nous avons publié le nouveau modèle pour tous les utilisateurs, et il est très rapide avec les images.', 'fr'],
    ['German with umlauts', 'Wir haben das neue Modell für alle Nutzer veröffentlicht, und es ist auch mit Bildern schnell.', 'de'],
    ['English with one accented word', 'The café on the corner is where we wrote the first version of this app.', 'en'],
  ])('%s', (_label, text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([
    ['one emoji', '💪'],
    ['two emoji', '🚀🚀'],
    ['an image', IMAGE_ONLY],
    ['a URL', 'https://x.com/karpathy/status/1997731268969304070'],
    ['mentions and hashtags', '@dotey #人工智能 #AI 2025-04-10'],
    ['nothing', ''],
  ])('is null for %s', (_label, text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it('ignores link targets, mentions, hashtags and image labels', () => {
    expect(detectLanguage('看这里 [链接](https://example.com/a-very-long-english-path-with-many-words)')).toBe('zh');
    expect(detectLanguage('好 @averyveryverylongenglishhandle #someverylongenglishhashtag')).toBe('zh');
    expect(detectLanguage('Nice ![图像](https://pbs.twimg.com/media/x.jpg)')).toBe('en');
    expect(detectLanguage('兔子API（http://api.tu-zi.com）实测开销，配图来自http://tu-zi.com邀请码')).toBe('zh');
  });
});

/** The translated segments of a split, as [original, translation] pairs. */
const pairs = (text: string): [string, string][] =>
  splitTranslation(text)
    .segments.filter((s) => s.translation !== null)
    .map((s) => [s.original, s.translation ?? '']);

describe('splitTranslation: translations it finds', () => {
  it('splits a reply at the hard break, pairing paragraph with paragraph', () => {
    const split = splitTranslation(KEVIN);
    expect(split.language).toEqual({ original: 'en', translation: 'zh' });
    expect(split.segments).toEqual([
      { original: "that's cool. love the podcast too.", translation: '很酷。也喜欢这个播客。' },
      {
        original: "now i'm just curious to see how this changes benchmarks and model evals soon. wdyt?",
        translation: '现在我只是好奇想看看这很快会如何改变基准测试和模型评估。你怎么看？',
      },
    ]);
    expect(split.original).toBe(
      "that's cool. love the podcast too.\n\nnow i'm just curious to see how this changes benchmarks and model evals soon. wdyt?",
    );
    expect(split.translation).toBe('很酷。也喜欢这个播客。\n\n现在我只是好奇想看看这很快会如何改变基准测试和模型评估。你怎么看？');
  });

  it('splits an ad with emoji paragraphs, keeping a trailing image in both views', () => {
    const split = splitTranslation(`${HUDI}\n\n${IMAGE_ONLY}`);
    expect(split.language).toEqual({ original: 'en', translation: 'zh' });
    expect(split.segments).toHaveLength(5);
    expect(split.segments[0]).toEqual({ original: '🚀 Introducing HUDI Lifetime Referral Program!', translation: '🚀 推出 HUDI 终身推荐计划！' });
    expect(split.segments[3]).toEqual({ original: '🐸 Find your referral link on the', translation: '🐸 在……上找到您的推荐链接' });
    expect(split.segments[4]).toEqual({ original: IMAGE_ONLY, translation: null });
    expect(split.original.endsWith(`on the\n\n${IMAGE_ONLY}`)).toBe(true);
    expect(split.translation?.endsWith(`推荐链接\n\n${IMAGE_ONLY}`)).toBe(true);
  });

  it('splits a quoted post: three English paragraphs, a hard break, three Chinese ones', () => {
    const split = splitTranslation(SEED_QUOTE);
    expect(split.language).toEqual({ original: 'en', translation: 'zh' });
    expect(split.segments.map((s) => s.translation)).toEqual([
      '很多人对我们如何制作 GPT-4.5 以及接下来会发生什么感兴趣。',
      '我们与亚历克斯·帕伊诺、丹·塞尔萨姆以及帮助推动该项目的@atootoon 一起做了一期播客节目。',
      '完整剧集即将推出，但这里有一些有趣的片段：',
    ]);
    expect(split.segments[2].original).toBe('full episode coming soon, but here are some interesting clips:');
  });

  it('splits a one-paragraph quote at its hard break, markdown escapes kept', () => {
    const split = splitTranslation(ZHO_QUOTE);
    expect(split.language).toEqual({ original: 'en', translation: 'zh' });
    expect(split.segments).toHaveLength(1);
    expect(split.original).toBe(ZHO_QUOTE.slice(0, ZHO_QUOTE.indexOf('  \n')));
    expect(split.translation?.startsWith('这个 o3 提示太疯狂了：“我的 X 用户名是 \\[')).toBe(true);
  });

  it('finds a translation glued onto the end of one paragraph of an article', () => {
    const split = splitTranslation(ARTICLE);
    expect(split.language).toEqual({ original: 'en', translation: 'zh' });
    expect(pairs(ARTICLE)).toEqual([
      ['# The complete claude code tutorial', '# 完整的 claude 代码教程'],
      [GLUED_PARAGRAPH.slice(0, GLUED_PARAGRAPH.indexOf('CLAUDE.md 是')), GLUED_PARAGRAPH.slice(GLUED_PARAGRAPH.indexOf('CLAUDE.md 是'))],
    ]);
    // The untranslated stretches stay exactly as written, blank lines included.
    expect(split.segments[1]).toEqual({
      original: "I’ve been a SWE for 7 years, between Amazon, Disney, and Capital One. Now I’m the CTO of a startup that builds agents.\n\n## CLAUDE.md",
      translation: null,
    });
    expect(split.segments[3].original.startsWith('When you start')).toBe(true);
    expect(split.translation).toContain('\n\n## CLAUDE.md\n\nCLAUDE.md 是一个 Markdown 文件。');
  });

  it('splits a bilingual title line', () => {
    const split = splitTranslation('The complete claude code tutorial 完整的 claude 代码教程');
    expect(split.segments).toEqual([{ original: 'The complete claude code tutorial', translation: '完整的 claude 代码教程' }]);
    expect(split.language).toEqual({ original: 'en', translation: 'zh' });
  });

  it('pairs alternating paragraphs', () => {
    const split = splitTranslation(ALTERNATING);
    expect(split.language).toEqual({ original: 'en', translation: 'zh' });
    expect(split.segments.map((s) => s.translation)).toEqual(['大家好，今天我们向所有用户发布新模型。', '它比上一个版本更快、更便宜，并且支持图像。']);
  });

  it('splits a Japanese post translated into Chinese', () => {
    const text = '今日はとても良い天気ですね。みんなで散歩に行きましょう。  \n今天天气真好。我们一起去散步吧。';
    expect(splitTranslation(text).language).toEqual({ original: 'ja', translation: 'zh' });
  });

  it('splits a Chinese post translated into English', () => {
    const text = '这是我们今年发布的第三个模型，速度比 GPT-4o 快两倍。  \nThis is the third model we released this year, twice as fast as GPT-4o.';
    expect(splitTranslation(text).language).toEqual({ original: 'zh', translation: 'en' });
  });

  it('splits at a hard break even when the original has several hard-broken lines', () => {
    const text = 'Roses are red  \nviolets are blue  \n玫瑰是红色的  \n紫罗兰是蓝色的';
    expect(pairs(text)).toEqual([['Roses are red  \nviolets are blue', '玫瑰是红色的  \n紫罗兰是蓝色的']]);
  });
});

describe('splitTranslation: what is not a translation', () => {
  const none = (text: string, language: string | null): void => {
    const split = splitTranslation(text);
    expect(split.translation).toBeNull();
    expect(split.language).toEqual({ original: language, translation: null });
    expect(split.original).toBe(text.trim());
    expect(split.segments).toEqual(text.trim() ? [{ original: text.trim(), translation: null }] : []);
  };

  it('a whole page translated, with no original left', () => none(ALL_ZH_TRANSLATED, 'zh'));
  it('a Japanese body with a short English newsletter footer', () => none(JA_WITH_FOOTER, 'ja'));
  it('one Japanese paragraph and an English footer of similar length', () =>
    none(
      'エージェント環境がどのように組み立てられるかを学ぶ学習プロジェクトです。\n\n✉️ If you’re into AI and agents, join my newsletter: http://dankornas.substack.com',
      'ja',
    ));
  it('an emoji', () => none('💪', null));
  it('two emoji', () => none('🚀🚀', null));
  it('an image', () => none(IMAGE_ONLY, null));
  it('empty text', () => none('  \n ', null));
  it('a Chinese ad with a URL and hashtags', () => none(VPN_AD, 'zh'));
  it('English with a Chinese name', () => none('Just finished reading 李笑来 on compounding. Highly recommended for anyone building habits.', 'en'));
  it('English ending with a Chinese dish', () => none('My favorite dish at that place is 麻婆豆腐', 'en'));
  it('Japanese', () => none('コーディングエージェントがなぜ機能するのかを理解したいなら、ハーネスを見るのが役立つ。', 'ja'));
  it('Korean', () => none('오늘 새로운 모델을 모든 사용자에게 공개합니다.\n\n더 빠르고 저렴합니다.', 'ko'));
  it('Chinese mentioning English names', () =>
    none('Sam Altman 最近邀请了 OpenAI 核心团队成员 Alex Paino、Dan Selsam 和 Amin Tootoonchian，一起录制了一期播客。', 'zh'));
  it('Chinese with a one-line English quote in the middle', () =>
    none('他在采访里说了一句很有意思的话：\n\nThe best data warehouse is a lakehouse.\n\n我觉得这句话概括了他们这几年的战略。', 'zh'));
  it('Chinese commentary then one English sentence of similar length', () =>
    none('我觉得这个观点非常有道理，值得每个人认真思考。\n\nEveryone should think about this point seriously.', 'zh'));
  it('Chinese introducing an English sentence after a hard break', () =>
    none('他在接受采访的时候，用一句话总结了这次发布会背后的全部故事和他自己的心情：  \nWe did not expect it to work this well.', 'zh'));
  it('a short English line after a hard break', () => none('我觉得这个很好。  \nThis is great.', 'zh'));
  it('Chinese then a code block', () => none('用下面的命令安装和构建：\n\n```\nnpm install foo\n\nnpm run build\n```', 'zh'));
  it('Chinese then a list of English links', () =>
    none('推荐几个我常用的资源\n\n- [Awesome LLM papers](https://github.com/a/b)\n- [LangChain docs](https://python.langchain.com)', 'zh'));
  it('a Japanese post alternating with kanji-only lines', () =>
    none('今日は天気がいいですね。\n\n東京都知事選挙結果発表\n\n明日も晴れるでしょう。\n\n大阪府知事選挙結果', 'ja'));
  it('English paragraphs then far fewer Chinese ones', () =>
    none(`${ALTERNATING.split('\n\n')[0]}\n\n${ALTERNATING.split('\n\n')[2]}\n\n${ALTERNATING.split('\n\n')[1]}`, 'en'));
  it('a question answered by a statement', () =>
    none('What do you think about the new pricing for the API?  \n我觉得新的价格对开发者来说非常合理。', 'en'));
});

describe('splitTranslation on the conformance posts', () => {
  // Excerpts of posts from ../shared/conformance/expected.json with the language pair expected there.
  it.each([
    ['01 K总 main', '爆肝72小时，基本摸透GPT4o边际。我真实模拟四种设计师：服装、平面、装饰、UI。', 'zh', null],
    ['01 Convergence ad', "Supercharge your productivity with Proxy.\n\nTest the world's most capable general agent. Beats OpenAI & Anthropic.", 'en', null],
    ['01 image-only reply', '', null, null],
    ['01 emoji reply', '🤣彪彪你这个图萌死我啦', 'zh', null],
    ['03 main', '卧槽！太牛逼了！这段 o3 提示词直接分析你的社媒账号和优势\n\n我写了一版对比提示词⬇️，对比了我和@dotey 、@imxiaohu 、@op7418 三位老师', 'zh', null],
    ['08 main', '1\\. 程序员延寿指南(https://github.com/geekan/HowToLiveLonger…)\n\n\\---\n\n不用直接读，推荐像我这样，让AI来问我【生活习惯和生理指标的现状】', 'zh', null],
    ['10 prompt', '\\## 格式规范\n\n• 不要使用markdown格式（不要用\\*\\*加粗\\*\\*、不要用#标题）\n\n• 列表统一用 • 开头', 'zh', null],
    ['11 article', ARTICLE, 'en', 'zh'],
    ['14 main', '\\- 访问土耳其区专用入口：https://account.apple.com/tr/\n\n\\- 用刚注册的国区 Apple ID 登录\n\n\\- 点击保存，确认账户国家变为 Türkiye', 'zh', null],
    ['18 English reply', "Stiegler's concept is incredibly prescient. In every era, this \"third memory\" manifests differently.", 'en', null],
    ['18 Chinese reply with a link', '《技术与时间》\n\n来，和大佬一起长脑子。\n\nhttps://pan.quark.cn/s/d77796aa13f9', 'zh', null],
    ['19 zh with you know', '哥们儿一直you know，像极了只会搞技术肥宅。', 'zh', null],
    ['19 traditional zh', '會取代他們這群管理職嗎？', 'zh', null],
    ['19 main', 'Anthropic CEO Dario Amodei 提出的五个核心观点：\n\n1、编程将最先被 AI 取代，随后是整个软件工程。\n\n2、真正能留存的 5% 是“系统思维”', 'zh', null],
    ['20 main', '李笑来：\n\n持续积累产生复利效应，复利效应突破财务束缚。\n\n——《好的家庭教育》P35', 'zh', null],
    ['20 short English answer', 'Yeah, the earlier, the better.', 'en', null],
    ['21 translated page', ALL_ZH_TRANSLATED, 'zh', null],
    ['36 VPN ad', VPN_AD, 'zh', null],
    ['39 emoji reply', '💪', null, null],
    ['39 rockets reply', '🚀🚀', null, null],
    ['42 original', 'Can AI agents learn to stop wasting resources on doomed tasks? \n\nProject: https://t.co/vNi9dADyzB\nCode: https://t.co/NZzWPi1vu0\n\n📬 #PapersAccepted by Jiqizhixin', 'en', null],
    ['45 main', JA_WITH_FOOTER, 'ja', null],
    ['45 English comment', 'a fully functional coding agent demonstrating teh entire architecture and interactions within it', 'en', null],
    ['seed main', 'Sam Altman 最近邀请了 OpenAI 核心团队成员 Alex Paino、Dan Selsam 和 Amin Tootoonchian，一起录制了一期播客。\n\n完整版播客即将上线，敬请期待！', 'zh', null],
    ['seed HUDI ad', HUDI, 'en', 'zh'],
    ['seed Kevin', KEVIN, 'en', 'zh'],
    ['seed Tigris', '要感谢DeepSeek这些国内的小盆友，这么看他们的思路完全和OpenAI开发4.5 吻合', 'zh', null],
    ['seed quote', SEED_QUOTE, 'en', 'zh'],
  ])('%s', (_label, text, original, translation) => {
    expect(splitTranslation(text).language).toEqual({ original, translation });
  });
});

const SHARED = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const HAS_SHARED = existsSync(SHARED);
if (!HAS_SHARED) console.warn(`SKIPPED: the real-capture checks in ${import.meta.url} need ../shared/fixtures`);

describe.skipIf(!HAS_SHARED)('splitTranslation on real captures (../shared/fixtures)', () => {
  // Captures holding a translation somewhere (a post, a quote, an ad or the title); every other
  // capture must show none in any stretch between its separators.
  const WITH_TRANSLATION = new Set(['seed/gpt45-podcast-thread.md', 'real/03-zho-quote-with-translation.md', 'real/11-article-claude-tutorial-inline-zh-translation.md']);
  const files = HAS_SHARED
    ? ['seed', 'real'].flatMap((dir) =>
        readdirSync(SHARED + dir)
          .filter((f) => f.endsWith('.md'))
          .map((f) => `${dir}/${f}`),
      )
    : [];

  /** A post's author line (`**Name** @handle ...`, or `**Name @handle** · date` in comments). */
  const AUTHOR_LINE = /^\*\*[^*]+\*\*.*@|^\*\*[^*]*@[^*]+\*\*/;

  /** The capture's body cut roughly the way the parser cuts posts: at separators, author lines and quote edges. */
  function stretches(text: string): string[] {
    const out: string[] = [];
    let current: string[] = [];
    let quoted = false;
    const cut = (): void => {
      if (current.some((l) => l.trim())) out.push(current.join('\n'));
      current = [];
    };
    for (const raw of text.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
      const isQuoted = raw.startsWith('>');
      const line = raw.replace(/^(?:> ?)+/, '');
      if (/^---\s*$/.test(raw) || AUTHOR_LINE.test(line)) {
        cut();
        continue;
      }
      if (line.trim() && isQuoted !== quoted) cut();
      if (line.trim()) quoted = isQuoted;
      current.push(line);
    }
    cut();
    return out;
  }

  it.each(files)('%s', (file) => {
    const found = stretches(readFileSync(SHARED + file, 'utf8'))
      .map((s) => splitTranslation(s))
      .filter((s) => s.translation !== null);
    if (WITH_TRANSLATION.has(file)) {
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) expect(f.language).toEqual({ original: 'en', translation: 'zh' });
    } else expect(found.map((f) => f.segments.filter((s) => s.translation))).toEqual([]);
  });
});

describe('properties', () => {
  // Fragments that exercise every path: hard breaks, paragraphs, glue points, markdown, scripts.
  const FRAGMENTS = [
    '  \n', '\n\n', '\n', ' ', '\r\n', 'Hello world.', 'love the podcast too.', 'wdyt?', '你好世界。', '也喜欢这个播客。', '你怎么看？',
    'の', 'エージェント', '한국어', 'Привет', '# ', '## Title ', '- ', '1. ', '![', '](', ')', '![Image](https://pbs.twimg.com/x.jpg)',
    '[link](https://x.com/a)', '@user', '#tag', '#标签', 'https://', 'www.', '```', '~~~', '💪', '🚀', '\uD800', '\uDFFF', '\u0301',
    'é', 'tested.', 'CLAUDE.md 是一个文件。', ':', '：', '"', '”', '\\_', '\t', '\u3000', '#', '\\',
  ];
  const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
  const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((units) => String.fromCharCode(...units));
  const anyText = fc.oneof(fragmentText, codeUnits, fc.string({ unit: 'binary', maxLength: 80 }));

  /** Whether `piece` is a stretch of `input` (a glued translation may carry its line's heading or list marker). */
  const isFromInput = (input: string, piece: string): boolean =>
    piece === piece.trim() && piece !== '' && (input.includes(piece) || input.includes(piece.replace(/^(?:#{1,6}|[-*+]|\d{1,9}[.)]) /, '')));

  it('never throws, and only returns stretches of the input', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        expect(() => detectLanguage(input)).not.toThrow();
        const split = splitTranslation(input);
        for (const s of split.segments) {
          expect(isFromInput(input, s.original)).toBe(true);
          if (s.translation !== null) expect(isFromInput(input, s.translation)).toBe(true);
        }
        expect(split.original).toBe(split.segments.map((s) => s.original).join('\n\n'));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the whole text as the original when it finds no translation', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const split = splitTranslation(input);
        if (split.translation !== null) return;
        expect(split.original).toBe(input.trim());
        expect(split.language).toEqual({ original: detectLanguage(input.trim()), translation: null });
        expect(split.segments.every((s) => s.translation === null)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a translation view in a different language when it finds one', () => {
    fc.assert(
      fc.property(fragmentText, (input) => {
        const split = splitTranslation(input);
        if (split.translation === null) return;
        expect(split.translation).toBe(split.segments.map((s) => s.translation ?? s.original).join('\n\n'));
        expect(split.language.original).not.toBeNull();
        expect(split.language.translation).not.toBeNull();
        expect(split.language.original).not.toBe(split.language.translation);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads text of plain ASCII letters as English', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        expect(detectLanguage(words.join(' '))).toBe('en');
      }),
    );
  });

  it('returns on megabyte inputs, including ones built to make scanners backtrack', () => {
    const inputs = [
      `${KEVIN}\n\n${HUDI}\n\n${ARTICLE}\n\n`.repeat(Math.ceil(1_000_000 / (KEVIN.length + HUDI.length + ARTICLE.length))),
      'a'.repeat(1_000_000),
      'a.'.repeat(500_000),
      '!['.repeat(500_000),
      ']('.repeat(500_000),
      '![x\n'.repeat(250_000),
      '#'.repeat(1_000_000),
      'https://'.repeat(125_000),
      `${'word '.repeat(100)}  \n`.repeat(2_000),
      `${'字'.repeat(100)}Latin.`.repeat(10_000),
    ];
    for (const input of inputs) {
      const split = splitTranslation(input);
      expect(typeof split.original).toBe('string');
      expect(detectLanguage(input) === null || typeof detectLanguage(input) === 'string').toBe(true);
    }
  });
});
