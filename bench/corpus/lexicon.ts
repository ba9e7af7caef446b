/**
 * Words the synthetic corpus writes with. Every entry exists in English, Chinese and Japanese, so a
 * sentence planned once can be written in one language and "translated" into another: originals
 * and translations share their topic words, as real page translations do.
 */

export type Lang = 'en' | 'zh' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'zh', 'ja'];

export interface Word {
  en: string;
  zh: string;
  ja: string;
}

const w = (en: string, zh: string, ja: string): Word => ({ en, zh, ja });

export const TOPICS = ['ai', 'design', 'programming', 'finance', 'productivity', 'science', 'crypto', 'health'] as const;
export type Topic = (typeof TOPICS)[number];

/** Topic words: the signal that "similar text across scripts" and shared tags can pick up. */
export const TOPIC_WORDS: Record<Topic, readonly Word[]> = {
  ai: [
    w('model', '模型', 'モデル'), w('training', '训练', '学習'), w('dataset', '数据集', 'データセット'),
    w('agent', '智能体', 'エージェント'), w('prompt', '提示词', 'プロンプト'), w('reasoning', '推理', '推論'),
    w('benchmark', '基准测试', 'ベンチマーク'), w('context window', '上下文窗口', 'コンテキストウィンドウ'),
    w('tokens', 'token', 'トークン'), w('GPU', 'GPU', 'GPU'), w('open source', '开源', 'オープンソース'),
    w('fine-tuning', '微调', 'ファインチューニング'), w('evaluation', '评估', '評価'), w('LLM', '大语言模型', 'LLM'),
    w('Claude Code', 'Claude Code', 'Claude Code'), w('GPT-4.5', 'GPT-4.5', 'GPT-4.5'), w('inference', '推理成本', '推論コスト'),
  ],
  design: [
    w('design', '设计', 'デザイン'), w('layout', '排版', 'レイアウト'), w('color palette', '配色', '配色'),
    w('typeface', '字体', 'フォント'), w('interface', '界面', 'インターフェース'), w('prototype', '原型', 'プロトタイプ'),
    w('illustration', '插画', 'イラスト'), w('brand', '品牌', 'ブランド'), w('poster', '海报', 'ポスター'),
    w('Figma', 'Figma', 'Figma'), w('sketch', '草稿', 'スケッチ'), w('style guide', '风格指南', 'スタイルガイド'),
  ],
  programming: [
    w('code', '代码', 'コード'), w('bug', 'bug', 'バグ'), w('compiler', '编译器', 'コンパイラ'),
    w('database', '数据库', 'データベース'), w('server', '服务器', 'サーバー'), w('API', 'API', 'API'),
    w('unit test', '单元测试', 'ユニットテスト'), w('deployment', '部署', 'デプロイ'), w('terminal', '终端', 'ターミナル'),
    w('library', '库', 'ライブラリ'), w('function', '函数', '関数'), w('performance', '性能', 'パフォーマンス'),
    w('TypeScript', 'TypeScript', 'TypeScript'), w('Rust', 'Rust', 'Rust'), w('refactoring', '重构', 'リファクタリング'),
  ],
  finance: [
    w('market', '市场', '市場'), w('investment', '投资', '投資'), w('stock', '股票', '株式'),
    w('revenue', '营收', '売上'), w('interest rate', '利率', '金利'), w('inflation', '通胀', 'インフレ'),
    w('risk', '风险', 'リスク'), w('portfolio', '投资组合', 'ポートフォリオ'), w('valuation', '估值', '評価額'),
    w('startup', '创业公司', 'スタートアップ'), w('compound interest', '复利', '複利'), w('index fund', '指数基金', 'インデックスファンド'),
  ],
  productivity: [
    w('habit', '习惯', '習慣'), w('note', '笔记', 'ノート'), w('knowledge base', '知识库', 'ナレッジベース'),
    w('workflow', '工作流', 'ワークフロー'), w('reading', '阅读', '読書'), w('writing', '写作', '執筆'),
    w('focus', '专注', '集中'), w('memory', '记忆', '記憶'), w('Obsidian', 'Obsidian', 'Obsidian'),
    w('learning', '学习', '学び'), w('plan', '计划', '計画'), w('review', '复盘', '振り返り'),
  ],
  science: [
    w('experiment', '实验', '実験'), w('physics', '物理', '物理学'), w('cell', '细胞', '細胞'),
    w('energy', '能量', 'エネルギー'), w('climate', '气候', '気候'), w('telescope', '望远镜', '望遠鏡'),
    w('gene', '基因', '遺伝子'), w('theory', '理论', '理論'), w('measurement', '测量', '測定'),
    w('universe', '宇宙', '宇宙'), w('paper', '论文', '論文'),
  ],
  crypto: [
    w('blockchain', '区块链', 'ブロックチェーン'), w('wallet', '钱包', 'ウォレット'), w('exchange', '交易所', '取引所'),
    w('airdrop', '空投', 'エアドロップ'), w('validator', '验证者', 'バリデータ'), w('protocol', '协议', 'プロトコル'),
    w('stablecoin', '稳定币', 'ステーブルコイン'), w('Bitcoin', '比特币', 'ビットコイン'), w('ETH', 'ETH', 'ETH'),
  ],
  health: [
    w('sleep', '睡眠', '睡眠'), w('exercise', '运动', '運動'), w('diet', '饮食', '食事'),
    w('longevity', '长寿', '長寿'), w('doctor', '医生', '医師'), w('stress', '压力', 'ストレス'),
    w('heart rate', '心率', '心拍数'), w('protein', '蛋白质', 'タンパク質'), w('aging', '衰老', '老化'),
  ],
};

/** Everyday words that carry the sentences between topic words. */
export const FILLERS: readonly Word[] = [
  w('we', '我们', '私たち'), w('this', '这个', 'この'), w('really', '真的', '本当に'), w('can', '可以', 'できる'),
  w('new', '新的', '新しい'), w('important', '重要的', '重要な'), w('I think', '我认为', '思うに'), w('today', '今天', '今日'),
  w('use', '使用', '使う'), w('build', '构建', '作る'), w('people', '人们', '人々'), w('better', '更好', 'より良い'),
  w('problem', '问题', '問題'), w('method', '方法', '方法'), w('everyone', '大家', 'みんな'), w('first', '首先', 'まず'),
  w('because', '因为', 'なぜなら'), w('but', '但是', 'しかし'), w('very', '非常', 'とても'), w('more', '更多', 'もっと'),
  w('work', '工作', '仕事'), w('year', '年', '年'), w('world', '世界', '世界'), w('time', '时间', '時間'),
  w('team', '团队', 'チーム'), w('result', '结果', '結果'), w('example', '例子', '例'), w('share', '分享', '共有する'),
  w('simple', '简单', 'シンプルな'), w('hard', '困难', '難しい'), w('again', '再次', '再び'), w('finally', '终于', 'ついに'),
  w('the next step', '下一步', '次のステップ'), w('in practice', '实际上', '実際には'), w('most', '大多数', 'ほとんどの'),
  w('tool', '工具', 'ツール'), w('idea', '想法', 'アイデア'), w('future', '未来', '未来'), w('question', '疑问', '疑問'),
  w('experience', '经验', '経験'), w('change', '改变', '変化'), w('understand', '理解', '理解する'), w('fast', '快速', '速い'),
];

export const JA_PARTICLES = ['は', 'を', 'の', 'が', 'に', 'で', 'と', 'も', ''] as const;
export const JA_ENDINGS = ['です。', 'ます。', '。', 'でした。', 'と思います。'] as const;
export const ZH_ENDINGS = ['。', '。', '。', '！', '？'] as const;
export const EN_ENDINGS = ['.', '.', '.', '!', '?'] as const;

export const EMOJI = ['🚀', '🌟', '📈', '🐸', '😅', '🤣', '👇', '🙏', '💪', '🔥', '✨', '👀', '✍️', '⚠️', '🔗', '✉️', '😇', '🤔', '❤️', '🧵'] as const;

/** Tags a topic's captures carry, including the messy spellings clippers produce. */
export const TOPIC_TAGS: Record<Topic, readonly string[]> = {
  ai: ['AI', 'GPT-4.5', '人工智能', 'LLM', 'machine learning', '深度学习', 'agentic-engineering', 'coding-agents', 'AI/agents'],
  design: ['设计', 'UI设计', 'design', '平面设计', 'Figma', 'typography', 'デザイン'],
  programming: ['programming', '编程', 'TypeScript', 'dev tools', 'Rust', 'software-development', 'プログラミング'],
  finance: ['投资', 'finance', '财报分析', 'stocks', 'investing 101', '复利'],
  productivity: ['效率', 'PKM', 'obsidian', 'note taking', '自我成长', '読書'],
  science: ['science', '物理', 'biology', 'climate change', '論文'],
  crypto: ['crypto', 'web3.0', '区块链', 'BTC', 'airdrop'],
  health: ['health', '健康', 'longevity', 'sleep science', '運動'],
};

/** Section titles for X Articles and web clips. */
export const HEADINGS: readonly Word[] = [
  w('Think first', '先思考', 'まず考える'), w('Why it matters', '为什么重要', 'なぜ重要か'),
  w('The setup', '准备工作', '準備'), w('What actually helps', '真正有用的', '本当に役立つこと'),
  w('Limitations', '局限性', '限界'), w('Lessons learned', '经验教训', '学んだこと'),
  w('Step by step', '分步骤', 'ステップバイステップ'), w('Summary', '总结', 'まとめ'),
  w('Common mistakes', '常见错误', 'よくある間違い'), w('What comes next', '接下来', '次に来るもの'),
];

/** Site labels the Web Clipper writes as author or tag prefix. */
export const SITE_LABELS = ['X (formerly Twitter)', 'X (Twitter)', 'Twitter', 'X'] as const;
