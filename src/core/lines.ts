/** A line of the note with its UTF-16 offsets; `end` is before the line break. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/** Splits `text[from, to)` into lines, keeping offsets into the whole text (CRLF-aware). */
export function toLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    let nl = text.indexOf('\n', start);
    if (nl === -1 || nl >= to) nl = to;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ text: text.slice(start, end), start, end });
    if (nl >= to) break;
    start = nl + 1;
  }
  return lines;
}

export const isBlank = (line: Line | undefined): boolean => !line || line.text.trim() === '';

const SEPARATOR = /^ {0,3}---\s*$/;
/** A separator line starts with '-' or a space: most lines are ruled out without the expression. */
const startsSeparator = (c: number): boolean => c === 0x2d || c === 0x20;

/** A thematic-break line the clipper uses between posts (`---`), not the escaped `\---`. */
export const isSeparator = (line: Line | undefined): boolean => !!line && startsSeparator(line.text.charCodeAt(0)) && SEPARATOR.test(line.text);

/** The range covering the non-blank lines of `lines` (null when all are blank). */
export function contentRange(lines: Line[]): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!isBlank(lines[i])) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : { start: lines[first].start, end: lines[last].end };
}

/** Joins line texts, trimming blank lines at both ends and collapsing runs of blank lines. */
export function joinText(texts: string[]): string {
  const out: string[] = [];
  for (const t of texts) {
    const blank = t.trim() === '';
    if (blank && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(blank ? '' : t);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
