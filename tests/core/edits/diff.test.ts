import { describe, expect, it } from 'vitest';
import { changeDiff } from '../../../src/core/edits/diff';
import type { EditChange } from '../../../src/core/edits/types';

const change = (before: string, after: string): EditChange => ({ kind: 'tags', summary: 's', range: { start: 0, end: before.length }, before, after });

describe('changeDiff', () => {
  it('shows removed then added lines, CRLF or not', () => {
    expect(changeDiff(change('tags:\r\n  - "a b"\r\n', 'tags:\r\n  - "a-b"\r\n'), 10)).toEqual(['- tags:', '-   - "a b"', '+ tags:', '+   - "a-b"']);
  });

  it('cuts long sides with a count of the rest', () => {
    expect(changeDiff(change('1\n2\n3\n4', ''), 2)).toEqual(['- 1', '- 2', '- … 2 more lines']);
    expect(changeDiff(change('1\n2\n3', ''), 2)).toEqual(['- 1', '- 2', '- … 1 more line']);
  });
});
