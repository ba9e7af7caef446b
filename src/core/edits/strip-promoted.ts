import { readFrontmatter } from '../frontmatter';
import { parseCapture } from '../parse';
import type { CaptureReport, PostReport, Range } from '../types';
import type { EditChange, EditResult } from './types';

/** A promoted post that `stripPromoted` removed. */
export interface RemovedPost {
  /** "@handle", or the name when the ad has no handle. */
  author: string;
  /** The first line of the ad's text (shortened). */
  firstLine: string;
}

/** What `stripPromoted` returns: the edit, plus the removed posts for notices and previews. */
export interface StripPromotedResult extends EditResult {
  removed: RemovedPost[];
}

interface Line {
  start: number;
  /** End of the line's text, before its line break. */
  contentEnd: number;
  /** After the line break (the text's length on the last line). */
  end: number;
  /** Number of blockquote markers opening the line. */
  level: number;
  /** Levels the line moves up because it lies in the nested replies of removed ads. */
  up: number;
  /** Only quote markers and white space. */
  blank: boolean;
  /** A thematic break (`---`), possibly inside a blockquote. */
  rule: boolean;
  /** Offsets of the line's quote markers ('>'), outermost first. */
  markers: number[];
}

/** One promoted post, reduced to its own lines (its nested replies excluded). */
interface AdUnit {
  post: PostReport;
  first: number;
  last: number;
  /** Blockquote level of its author line, as written. */
  level: number;
  /** Lines of its nested replies, which move up one level: [first, last], or null. */
  region: [number, number] | null;
}

/** The level a line ends up at once the ads around it are gone. */
const levelAfter = (line: Line): number => line.level - line.up;

const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SUMMARY_LENGTH = 80;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl + 1;
    const contentEnd = nl === -1 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    const markers: number[] = [];
    let i = start;
    for (;;) {
      let j = i;
      while (j < contentEnd && j - i < 3 && (text[j] === ' ' || text[j] === '\t')) j++;
      if (j < contentEnd && text[j] === '>') {
        markers.push(j);
        i = j + 1;
        if (i < contentEnd && (text[i] === ' ' || text[i] === '\t')) i++;
      } else break;
    }
    const rest = text.slice(i, contentEnd);
    lines.push({
      start,
      contentEnd,
      end,
      level: markers.length,
      up: 0,
      blank: rest.trim() === '',
      rule: RULE.test(rest),
      markers,
    });
    if (nl === -1) break;
    start = end;
  }
  return lines;
}

/** Index of the line holding `offset` (binary search over line starts). */
function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function describe(post: PostReport): RemovedPost {
  const author = post.author.handle ? `@${post.author.handle}` : (post.author.name ?? 'unknown author');
  const line = post.text.original.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  const firstLine = line.length > SUMMARY_LENGTH ? `${line.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…` : line;
  return { author, firstLine };
}

/**
 * Reduces each promoted post to its own lines. In the post layout an ad's nested replies are
 * quoted one level deeper than the ad; they are kept and later moved up one level.
 */
function adUnits(posts: PostReport[], lines: Line[], firstBodyLine: number, textLength: number): AdUnit[] {
  const units: AdUnit[] = [];
  posts.forEach((post, i) => {
    const { start, end } = post.range;
    if (!post.promoted || !(start >= 0 && end > start && end <= textLength)) return;
    const first = Math.max(lineAt(lines, start), firstBodyLine);
    let last = Math.max(lineAt(lines, end - 1), first);
    const level = lines[first].level;
    let j = i + 1;
    let regionLast = -1;
    while (j < posts.length && posts[j].depth > post.depth) {
      const child = posts[j];
      const childFirst = lineAt(lines, child.range.start);
      if (lines[childFirst].level <= level || childFirst <= first) break;
      regionLast = Math.max(regionLast, lineAt(lines, Math.max(child.range.start, child.range.end - 1)));
      j++;
    }
    let region: [number, number] | null = null;
    if (j > i + 1) {
      const firstChild = lineAt(lines, posts[i + 1].range.start);
      region = [firstChild, Math.max(regionLast, last)];
      last = Math.min(last, firstChild - 1);
    }
    // A separator closing the note is not the ad's, whatever the parser's range says.
    while (last > first && (lines[last].blank || lines[last].rule)) last--;
    units.push({ post, first, last, level, region });
  });
  return units;
}

/**
 * Plans the deletions for one run of ads standing next to each other (only blank lines and
 * separators between them): the run goes with exactly one of the separators around it, so the
 * neighbours end up separated as they were from the ad.
 */
function runDeletion(run: AdUnit[], lines: Line[], firstBodyLine: number): Range {
  const head = run[0];
  const tail = run[run.length - 1];
  const q = levelAfter(lines[head.first]);
  const inContainer = (line: Line): boolean => levelAfter(line) >= q - 1;

  let next = -1;
  let rulesAfter = 0;
  for (let k = tail.last + 1; k < lines.length; k++) {
    const line = lines[k];
    if (!inContainer(line)) break;
    if (line.rule) rulesAfter++;
    else if (!line.blank) {
      next = k;
      break;
    }
  }
  let prev = -1;
  let rulesBefore = 0;
  for (let k = head.first - 1; k >= firstBodyLine; k--) {
    const line = lines[k];
    if (!inContainer(line)) break;
    if (line.rule) rulesBefore++;
    else if (!line.blank) {
      prev = k;
      break;
    }
  }

  if (next !== -1 && rulesAfter <= 1) return { start: lines[head.first].start, end: lines[next].start };
  if (prev !== -1 && rulesBefore <= 1) return { start: lines[prev].contentEnd, end: lines[tail.last].contentEnd };
  if (next !== -1) {
    // Two separators after the ad: keep them, take the ad and the blank lines behind it.
    let k = tail.last + 1;
    while (k < next && !lines[k].rule) k++;
    return { start: lines[head.first].start, end: lines[k].start };
  }
  if (head.first > 0) return { start: lines[head.first - 1].contentEnd, end: lines[tail.last].contentEnd };
  // The ad is the whole note: nothing to keep after it either.
  let k = tail.last + 1;
  while (k < lines.length && lines[k].blank) k++;
  return { start: lines[head.first].start, end: k < lines.length ? lines[k].start : lines[lines.length - 1].end };
}

/** Deletes `ranges` (sorted, possibly overlapping) from text[from, to). */
function without(text: string, from: number, to: number, ranges: Range[]): string {
  let out = '';
  let at = from;
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue;
    const s = Math.max(r.start, from);
    if (s > at) out += text.slice(at, s);
    at = Math.max(at, Math.min(r.end, to));
  }
  return out + text.slice(at, to);
}

interface PlannedChange {
  range: Range;
  removed: RemovedPost[];
}

/**
 * Removes every promoted post (ad) from a capture: its whole block and exactly one of the
 * separators around it in the thread layout, its blockquote in the post layout's comments (where
 * the ad's nested replies move up one level), so the note reads as if the ad had never been
 * there. Nothing else moves: line endings, BOM and the final newline stay as they were.
 *
 * Reads the note with the capture parser; pass `report` when the caller has already parsed this
 * exact text. Idempotent. Refuses (text unchanged, `error` set) when the frontmatter is invalid.
 * `changes` are disjoint, in document order, one per removed ad (an ad nested in another ad's
 * replies is folded into that ad's change); applying them to the input yields `text`.
 */
export function stripPromoted(text: string, report?: CaptureReport): StripPromotedResult {
  const unchanged: StripPromotedResult = { text, changes: [], error: null, removed: [] };
  const frontmatter = readFrontmatter(text);
  if (frontmatter.error) return { ...unchanged, error: frontmatter.error };
  const posts = (report ?? parseCapture(text, 'note.md')).posts;
  if (!posts.some((p) => p.promoted)) return unchanged;

  const lines = splitLines(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const bodyStart = frontmatter.range ? frontmatter.range.end : frontmatter.bodyStart;
  const firstBodyLine = bodyStart >= text.length && text.length > 0 ? lines.length : lineAt(lines, bodyStart);
  const units = adUnits(posts, lines, firstBodyLine, text.length);
  if (units.length === 0) return unchanged;

  for (const unit of units) {
    if (unit.region) for (let k = unit.region[0]; k <= unit.region[1]; k++) lines[k].up++;
  }
  const unitAt = new Map(units.map((u) => [u.first, u]));
  const deletions: Range[] = [];
  const planned: PlannedChange[] = [];
  for (let i = 0; i < units.length; ) {
    // Gather the run: ads that end up at the same level with only blank lines and separators
    // between them (an ad whose replies are all ads runs on into them).
    const run = [units[i]];
    for (;;) {
      const tail = run[run.length - 1];
      const at = levelAfter(lines[tail.first]);
      let k = tail.last + 1;
      while (k < lines.length && (lines[k].blank || lines[k].rule) && levelAfter(lines[k]) >= at - 1) k++;
      const nextUnit = unitAt.get(k);
      if (!nextUnit || levelAfter(lines[nextUnit.first]) !== at || nextUnit !== units[i + run.length]) break;
      run.push(nextUnit);
    }
    i += run.length;

    const cut = runDeletion(run, lines, firstBodyLine);
    // A byte order mark stays, even when the ad was the whole note.
    cut.start = Math.max(cut.start, bom);
    deletions.push(cut);
    run.forEach((unit, r) => {
      const start = r === 0 ? cut.start : lines[unit.first].start;
      let end = r === run.length - 1 ? cut.end : lines[run[r + 1].first].start;
      if (unit.region) {
        // The nested replies move up: drop the ad's quote marker from each of their lines.
        for (let k = unit.region[0]; k <= unit.region[1]; k++) {
          const marker = lines[k].markers[unit.level - 1];
          if (marker === undefined || lines[k].level <= unit.level - 1) continue;
          const after = text[marker + 1];
          deletions.push({ start: marker, end: marker + (after === ' ' || after === '\t' ? 2 : 1) });
        }
        end = Math.max(end, lines[unit.region[1]].contentEnd);
      }
      planned.push({ range: { start, end }, removed: [describe(unit.post)] });
    });
  }

  deletions.sort((a, b) => a.start - b.start);
  planned.sort((a, b) => a.range.start - b.range.start);
  const merged: PlannedChange[] = [];
  for (const p of planned) {
    const last = merged[merged.length - 1];
    if (last && p.range.start < last.range.end) {
      last.range.end = Math.max(last.range.end, p.range.end);
      last.removed.push(...p.removed);
    } else merged.push({ range: { ...p.range }, removed: [...p.removed] });
  }

  const changes: EditChange[] = merged.map(({ range, removed }) => ({
    kind: 'promoted-post',
    summary: removed.map((r) => (r.firstLine ? `${r.author}: ${r.firstLine}` : r.author)).join('; '),
    range,
    before: text.slice(range.start, range.end),
    after: without(text, range.start, range.end, deletions),
  }));
  const out = without(text, 0, text.length, deletions);
  if (out === text) return unchanged;
  return { text: out, changes, error: null, removed: merged.flatMap((m) => m.removed) };
}
