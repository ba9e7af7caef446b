import matter from 'gray-matter';
import type { Range } from './types';

/** Canonical property names and the other names clipper templates and tools use for them. */
const KEY_ALIASES = {
  title: ['title', '标题', '標題', 'タイトル', '제목'],
  source: ['source', '链接', '連結', '来源', 'url', 'URL', 'link', 'resource', 'リンク', 'ソース'],
  author: ['author', '作者', 'authors', '著者', '작성자'],
  published: ['published', '发布时间', '發佈時間', '发布日期', '公開日', '投稿日', 'date'],
  created: ['created', '创建时间', '建立時間', '创建日期', '作成日', '作成日時', 'clipped'],
  description: ['description', '摘要', '描述', '説明', '概要'],
  tags: ['tags', '标签', '標籤', 'タグ'],
} as const;

export type CanonicalKey = keyof typeof KEY_ALIASES;

/** Result of reading a note's frontmatter. Never thrown: problems are in `error`. */
export interface Frontmatter {
  /** Parsed properties (Dates turned into ISO strings); `{}` when absent or unreadable. */
  data: Record<string, unknown>;
  /** Whether the note opens with a frontmatter block. */
  present: boolean;
  /** The block from the opening `---` through the closing `---` line and its line break. */
  range: Range | null;
  /** Offset where the body starts (0 without frontmatter, 1 after a lone BOM). */
  bodyStart: number;
  /** The YAML between the delimiters, as written. */
  raw: string;
  /** Why the properties could not be read (invalid YAML, a code engine, not a map). */
  error: string | null;
}

const disabledEngine = (name: string) => ({
  parse: (): never => {
    throw new Error(`frontmatter language "${name}" is disabled: it would run code`);
  },
  stringify: (): never => {
    throw new Error(`frontmatter language "${name}" is disabled`);
  },
});

// Always passed: with options gray-matter neither runs code engines nor caches every note's text.
const MATTER_OPTIONS = {
  engines: {
    js: disabledEngine('js'),
    javascript: disabledEngine('javascript'),
    coffee: disabledEngine('coffee'),
    coffeescript: disabledEngine('coffeescript'),
    cson: disabledEngine('cson'),
  },
};

type MatterFn = (input: string, options: typeof MATTER_OPTIONS) => { data: unknown };

/** gray-matter's own YAML engine (js-yaml's safe loader), the one it runs for YAML blocks. */
const yamlEngine = (matter as unknown as { engines: { yaml: { parse: (yaml: string) => unknown } } }).engines.yaml;

/**
 * What gray-matter reads from `---\n${raw}\n---\n`, without what it costs per call besides the
 * YAML (a UTF-8 copy of its input, option objects, a cache lookup by the whole input): the block
 * up to the first line starting with `---`, and `{}` for a block of only comments and white space.
 */
function parseYamlBlock(raw: string): unknown {
  const text = `\n${raw}`;
  const close = text.indexOf('\n---');
  const block = close < 0 ? text : text.slice(0, close);
  if (block.replace(/^\s*#[^\n]+/gm, '').trim() === '') return {};
  return yamlEngine.parse(block);
}

const OPEN = /^---([A-Za-z]*)[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/** Locates the frontmatter block the way Obsidian does: `---` on the first line, `---` closing it. */
export function findFrontmatter(text: string): { range: Range; yamlStart: number; yamlEnd: number; lang: string } | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = OPEN.exec(text.slice(start, start + 64));
  if (!open) return null;
  const yamlStart = start + open[0].length;
  // An empty block: the closing line follows the opening one directly.
  CLOSE.lastIndex = yamlStart;
  let close: RegExpExecArray | null;
  while ((close = CLOSE.exec(text)) !== null) {
    if (close.index === yamlStart || text[close.index - 1] === '\n') break;
  }
  if (!close) return null;
  return {
    range: { start, end: close.index + close[0].length },
    yamlStart,
    yamlEnd: close.index,
    lang: open[1].toLowerCase(),
  };
}

/** Turns js-yaml values into JSON-like ones: Dates become ISO strings (date-only at UTC midnight). */
function plain(value: unknown): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) out[k] = plain((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** Reads a note's frontmatter with gray-matter, hardened: code engines off, errors returned. */
export function readFrontmatter(text: string): Frontmatter {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const found = findFrontmatter(text);
  if (!found) return { data: {}, present: false, range: null, bodyStart: bom, raw: '', error: null };
  const raw = text.slice(found.yamlStart, found.yamlEnd).replace(/\r?\n$/, '');
  const base = { present: true, range: found.range, bodyStart: found.range.end, raw };
  if (raw.trim() === '') return { ...base, data: {}, error: null };
  try {
    const lang = found.lang || 'yaml';
    const parsed =
      lang === 'yaml' ? parseYamlBlock(raw) : (matter as unknown as MatterFn)(`---${lang}\n${raw}\n---\n`, MATTER_OPTIONS).data;
    if (parsed === null || parsed === undefined) return { ...base, data: {}, error: null };
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { ...base, data: {}, error: 'frontmatter is not a list of properties' };
    }
    return { ...base, data: plain(parsed) as Record<string, unknown>, error: null };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ...base, data: {}, error: `invalid frontmatter: ${message.split('\n')[0]}` };
  }
}

/** The first value present under a canonical key or one of its aliases. */
export function getProperty(data: Record<string, unknown>, key: CanonicalKey): unknown {
  for (const alias of KEY_ALIASES[key]) {
    const value = data[alias];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** A property as a trimmed string (first item of a list), or null. */
export function getString(data: Record<string, unknown>, key: CanonicalKey): string | null {
  let value = getProperty(data, key);
  if (Array.isArray(value)) value = value.find((v) => typeof v === 'string' || typeof v === 'number');
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A property as a list of strings (a string value becomes a one-item list). */
export function getStrings(data: Record<string, unknown>, key: CanonicalKey): string[] {
  const value = getProperty(data, key);
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter(Boolean);
}
