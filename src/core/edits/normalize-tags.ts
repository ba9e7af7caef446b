import { findFrontmatter, readFrontmatter } from '../frontmatter';
import { currentTags, normalizeTagValues, tagKeys, tagsAreNormalized, type TagOptions } from '../tags';
import type { EditResult } from './types';

/** The lines of one top-level `tags`/`tag` property: key line plus its continuation lines. */
interface PropertyBlock {
  /** The key as the data has it (`tags`, `Tags`, `tag`). */
  name: string;
  /** The key as written before the colon (`tags`, `"tags"`). */
  keyText: string;
  start: number;
  /** After the line break of the block's last line. */
  end: number;
  lines: string[];
  eol: string;
}

const KEY_LINE = /^(?:"(tags?)"|'(tags?)'|(tags?))[ \t]*:(?=[ \t]|\r?$)/i;
// Lines that belong to the property above them: indented, or a block-list item at column 0.
const CONTINUATION = /^(?:[ \t]|-(?:[ \t]|\r?$))/;
// Lines kept with the property only when a continuation line follows them.
const INTERLUDE = /^(?:[ \t]*|#.*)\r?$/;
const LIST_ITEM = /^([ \t]*-[ \t]+)(?=\S)/;

/**
 * The last line of a flow collection (`[...]`, `{...}`) that starts after the key, whose closing
 * bracket may sit at column 0; `start` itself when the value is not an unfinished flow collection.
 */
function flowEnd(lines: { text: string }[], start: number, valueAt: number): number {
  if (!/^[ \t]*[[{]/.test(lines[start].text.slice(valueAt))) return start;
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const text = i === start ? lines[i].text.slice(valueAt) : lines[i].text;
    for (let c = 0; c < text.length; c++) {
      const ch = text[c];
      if (quote === '"' && ch === '\\') c++;
      else if (quote !== null) {
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#' && (c === 0 || /\s/.test(text[c - 1]))) break;
      else if (ch === '[' || ch === '{') depth++;
      else if ((ch === ']' || ch === '}') && --depth === 0) return i;
    }
  }
  return start;
}

/** Finds the `tags`/`tag` properties in the frontmatter's YAML text, `text[from, to)`. */
function findBlocks(text: string, from: number, to: number): PropertyBlock[] {
  const lines: { text: string; start: number; end: number }[] = [];
  for (let start = from; start < to; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 || nl >= to ? to : nl + 1;
    lines.push({ text: text.slice(start, end).replace(/\n$/, ''), start, end });
    start = end;
  }
  const blocks: PropertyBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const key = KEY_LINE.exec(lines[i].text);
    if (!key) continue;
    let last = flowEnd(lines, i, key[0].length);
    for (let j = last + 1; j < lines.length; j++) {
      if (CONTINUATION.test(lines[j].text) && !/^[ \t]*\r?$/.test(lines[j].text)) last = j;
      else if (!INTERLUDE.test(lines[j].text)) break;
    }
    const own = lines.slice(i, last + 1);
    blocks.push({
      name: key[1] ?? key[2] ?? key[3],
      keyText: lines[i].text.slice(0, lines[i].text.indexOf(':')).trimEnd(),
      start: lines[i].start,
      end: lines[last].end,
      lines: own.map((l) => l.text.replace(/\r$/, '')),
      eol: lines[i].text.endsWith('\r') ? '\r\n' : '\n',
    });
    i = last;
  }
  return blocks;
}

type Quote = 'double' | 'single' | 'plain';

/** The list-item prefix and the quoting the note already uses for its tags. */
function noteStyle(blocks: PropertyBlock[]): { prefix: string; quote: Quote } {
  let prefix: string | null = null;
  // Values as written on each line: after the key, a list dash or a flow list's bracket.
  const values: string[] = [];
  for (const block of blocks) {
    values.push(block.lines[0].slice(block.lines[0].indexOf(':') + 1));
    for (const line of block.lines.slice(1)) {
      const item = LIST_ITEM.exec(line);
      if (item) prefix ??= item[1];
      values.push(item ? line.slice(item[1].length) : line);
    }
  }
  const first = values.map((v) => v.trim().replace(/^\[\s*/, '')).find((v) => v !== '' && !v.startsWith('#')) ?? '';
  const quote: Quote = first.startsWith('"') ? 'double' : first.startsWith("'") ? 'single' : 'plain';
  return { prefix: prefix ?? '  - ', quote };
}

// Plain scalars YAML (1.1 or 1.2) would read as something other than the same string.
const YAML_WORD = /^(?:~|null|true|false|yes|no|on|off|y|n)$/i;
const YAML_NUMBER = /^(?=[^\d]*\d)[-+]?(?:[\d_]*\.?[\d_]*(?:e[-+]?\d+)?|0x[\da-f_]+|0o?[0-7_]+|0b[01_]+)$/i;
const YAML_DATE = /^\d{4}-\d\d?-\d\d?/;

function needsQuotes(tag: string): boolean {
  return /^[-?:,[\]{}#&*!|>'"%@`\s]/.test(tag) || YAML_WORD.test(tag) || YAML_NUMBER.test(tag) || YAML_DATE.test(tag);
}

function scalar(tag: string, quote: Quote): string {
  if (quote === 'single') return `'${tag.replace(/'/g, "''")}'`;
  if (quote === 'plain' && !needsQuotes(tag)) return tag;
  return JSON.stringify(tag);
}

const preview = (tags: string[]): string => {
  const all = tags.length === 0 ? '(none)' : tags.join(', ');
  return all.length > 80 ? `${all.slice(0, 79)}…` : all;
};

/**
 * Rewrites the note's `tags` property as a block list of normalized tags (see `normalizeTagValues`)
 * and removes the legacy `tag` property after merging it in. Only those properties' lines change;
 * the note's list indentation, quoting and line endings are kept. Returns the same text with no
 * changes when the tags are already normalized or there is no frontmatter; refuses (with `error`)
 * when the frontmatter cannot be read as YAML.
 */
export function normalizeTags(text: string, options: Partial<TagOptions> = {}): EditResult {
  const unchanged = (error: string | null = null): EditResult => ({ text, changes: [], error });
  const found = findFrontmatter(text);
  if (!found) return unchanged();
  if (found.lang !== '' && found.lang !== 'yaml') {
    return unchanged(`frontmatter language "${found.lang}" is not YAML: tags left as they are`);
  }
  const fm = readFrontmatter(text);
  if (fm.error !== null) return unchanged(fm.error);
  const normalized = normalizeTagValues(fm.data, options);
  if (tagsAreNormalized(fm.data, normalized)) return unchanged();
  const { tags, legacy } = tagKeys(fm.data);
  if (tags.length + legacy.length === 0) return unchanged();

  const blocks = findBlocks(text, found.yamlStart, found.yamlEnd);
  const names = blocks.map((b) => b.name).sort();
  if (JSON.stringify(names) !== JSON.stringify([...tags, ...legacy].sort())) {
    return unchanged('the tags property is written in a form this command does not rewrite');
  }
  const primary = blocks.find((b) => b.name.toLowerCase() === 'tags') ?? blocks[0];
  const keyText = primary.name.toLowerCase() === 'tags' ? primary.keyText : 'tags';
  const { prefix, quote } = noteStyle(blocks);
  const rewritten =
    `${keyText}:${primary.eol}` + normalized.map((tag) => `${prefix}${scalar(tag, quote)}${primary.eol}`).join('');

  const start = blocks[0].start;
  const end = blocks[blocks.length - 1].end;
  let after = '';
  let at = start;
  for (const block of blocks) {
    after += text.slice(at, block.start) + (block === primary ? rewritten : '');
    at = block.end;
  }
  const result = text.slice(0, start) + after + text.slice(end);

  // Guard against YAML this line-based rewrite misread: every other property must read the same.
  const expected: Record<string, unknown> = {};
  const newName = primary.name.toLowerCase() === 'tags' ? primary.name : 'tags';
  for (const [key, value] of Object.entries(fm.data)) {
    if (key === primary.name) expected[newName] = normalized.length > 0 ? normalized : null;
    else if (!tags.includes(key) && !legacy.includes(key)) expected[key] = value;
  }
  const check = readFrontmatter(result);
  if (check.error !== null || JSON.stringify(check.data) !== JSON.stringify(expected)) {
    return unchanged('the tags property is written in a form this command does not rewrite');
  }
  return {
    text: result,
    changes: [
      {
        kind: 'tags',
        summary: `tags: ${preview(currentTags(fm.data))} → ${preview(normalized)}`,
        range: { start, end },
        before: text.slice(start, end),
        after,
      },
    ],
    error: null,
  };
}
