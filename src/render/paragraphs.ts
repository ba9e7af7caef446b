/** Post text as paragraphs: blank lines separate paragraphs, single line breaks are kept. */
import { el } from './dom';
import { renderInline } from './inline';

export interface Paragraph {
  /** Lines of the paragraph, hard-break markers (two trailing spaces, a trailing backslash) removed. */
  lines: string[];
  /** Heading level when the paragraph is a markdown heading line (articles), else 0. */
  heading: number;
}

/** Splits text into paragraphs on blank lines; CRLF and hard-break markers are normalized. */
export function splitParagraphs(input: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of input.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/)) {
    const lines = block
      .split('\n')
      .map((line) => line.replace(/(?: {2,}|\\)$/, '').replace(/\s+$/, ''))
      .filter((line) => line !== '');
    if (lines.length === 0) continue;
    const heading = lines.length === 1 ? /^(#{1,6})\s+\S/.exec(lines[0]) : null;
    if (heading) paragraphs.push({ lines: [lines[0].slice(heading[1].length).trim()], heading: heading[1].length });
    else paragraphs.push({ lines, heading: 0 });
  }
  return paragraphs;
}

/** Appends the text's paragraphs to `parent` as <p> elements with <br> between lines. */
export function renderParagraphs(parent: HTMLElement, input: string): void {
  for (const paragraph of splitParagraphs(input)) {
    const p = el(parent, 'p', { cls: paragraph.heading ? ['x-cap-p', 'x-cap-heading'] : 'x-cap-p' });
    paragraph.lines.forEach((line, i) => {
      if (i > 0) el(p, 'br');
      renderInline(p, line);
    });
  }
}
