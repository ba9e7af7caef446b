import type * as O from 'obsidian';

interface Snapshot {
  text: string;
  selections: O.EditorSelection[];
}

const cmp = (a: O.EditorPosition, b: O.EditorPosition): number => a.line - b.line || a.ch - b.ch;

/**
 * A plain-text editor with CodeMirror's observable behaviour: positions, selections, changes,
 * transactions, and an undo history where each change (or transaction) is one step.
 */
export class Editor implements O.Editor {
  private text = '';
  private selections: O.EditorSelection[] = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
  private readonly undoStack: Snapshot[] = [];
  private readonly redoStack: Snapshot[] = [];
  private focused = false;
  /** Test helper: origins of every change, in order (e.g. '+input', 'setValue', or a command's own). */
  readonly changeOrigins: string[] = [];

  /** `onChange` runs after every change to the text (the view uses it to save and notify). */
  constructor(private readonly onChange: (editor: Editor) => void = () => {}) {}

  getDoc(): this {
    return this;
  }

  refresh(): void {}

  getValue(): string {
    return this.text;
  }

  setValue(content: string): void {
    this.apply(() => {
      this.text = content;
    }, 'setValue');
  }

  /** Fake-internal: replaces the text and forgets the history (a file loaded into the editor). */
  _load(content: string): void {
    this.text = content;
    this.undoStack.length = 0;
    this.redoStack.length = 0;
    this.selections = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
  }

  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }

  setLine(n: number, text: string): void {
    this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
  }

  lineCount(): number {
    return this.text.split('\n').length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  getSelection(): string {
    const s = this.selections[0];
    const [from, to] = [s.anchor, s.head].sort(cmp);
    return this.getRange(from, to);
  }

  somethingSelected(): boolean {
    return this.selections.some((s) => cmp(s.anchor, s.head) !== 0);
  }

  getRange(from: O.EditorPosition, to: O.EditorPosition): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }

  replaceSelection(replacement: string, origin = '+input'): void {
    const s = this.selections[0];
    const [from, to] = [s.anchor, s.head].sort(cmp);
    this.replaceRange(replacement, from, to, origin);
  }

  replaceRange(replacement: string, from: O.EditorPosition, to?: O.EditorPosition, origin = '+input'): void {
    this.transaction({ changes: [{ text: replacement, from, to }] }, origin);
  }

  getCursor(side: 'from' | 'to' | 'head' | 'anchor' = 'head'): O.EditorPosition {
    const s = this.selections[0];
    if (side === 'anchor') return s.anchor;
    if (side === 'head') return s.head;
    const [from, to] = [s.anchor, s.head].sort(cmp);
    return side === 'from' ? from : to;
  }

  listSelections(): O.EditorSelection[] {
    return this.selections.map((s) => ({ anchor: { ...s.anchor }, head: { ...s.head } }));
  }

  setCursor(pos: O.EditorPosition | number, ch?: number): void {
    const p = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : pos;
    this.setSelection(p, p);
  }

  setSelection(anchor: O.EditorPosition, head?: O.EditorPosition): void {
    this.selections = [{ anchor: this.clip(anchor), head: this.clip(head ?? anchor) }];
  }

  setSelections(ranges: O.EditorSelectionOrCaret[], main = 0): void {
    const list = ranges.map((r) => ({ anchor: this.clip(r.anchor), head: this.clip(r.head ?? r.anchor) }));
    const [first] = list.splice(main, 1);
    if (first) this.selections = [first, ...list];
  }

  focus(): void {
    this.focused = true;
  }

  blur(): void {
    this.focused = false;
  }

  hasFocus(): boolean {
    return this.focused;
  }

  getScrollInfo(): { top: number; left: number } {
    return { top: 0, left: 0 };
  }

  scrollTo(): void {}

  scrollIntoView(): void {}

  undo(): void {
    const prev = this.undoStack.pop();
    if (!prev) return;
    this.redoStack.push(this.snapshot());
    this.restore(prev, 'undo');
  }

  redo(): void {
    const next = this.redoStack.pop();
    if (!next) return;
    this.undoStack.push(this.snapshot());
    this.restore(next, 'redo');
  }

  exec(): void {}

  /** All changes apply to the text as it was before the transaction (CodeMirror's rule); one undo step. */
  transaction(tx: O.EditorTransaction, origin = '+input'): void {
    const changes = (tx.changes ?? [])
      .map((c) => {
        const from = this.posToOffset(c.from);
        const to = c.to ? this.posToOffset(c.to) : from;
        return { from: Math.min(from, to), to: Math.max(from, to), text: c.text };
      })
      .sort((a, b) => a.from - b.from);
    for (let i = 1; i < changes.length; i++) {
      if (changes[i].from < changes[i - 1].to) throw new RangeError('Overlapping changes in one transaction');
    }
    if (tx.replaceSelection !== undefined) {
      const s = this.selections[0];
      const [from, to] = [s.anchor, s.head].sort(cmp).map((p) => this.posToOffset(p));
      changes.push({ from, to, text: tx.replaceSelection });
    }
    this.apply(() => {
      let out = '';
      let at = 0;
      for (const c of changes.sort((a, b) => a.from - b.from)) {
        out += this.text.slice(at, c.from) + c.text;
        at = c.to;
      }
      this.text = out + this.text.slice(at);
    }, origin);
    const sel = tx.selections ?? (tx.selection ? [tx.selection] : null);
    if (sel) this.setSelections(sel.map((r) => ({ anchor: r.from, head: r.to ?? r.from })));
  }

  wordAt(pos: O.EditorPosition): O.EditorRange | null {
    const line = this.getLine(pos.line);
    let start = pos.ch;
    let end = pos.ch;
    while (start > 0 && /[\p{L}\p{N}_]/u.test(line[start - 1])) start--;
    while (end < line.length && /[\p{L}\p{N}_]/u.test(line[end])) end++;
    return start === end ? null : { from: { line: pos.line, ch: start }, to: { line: pos.line, ch: end } };
  }

  posToOffset(pos: O.EditorPosition): number {
    const lines = this.text.split('\n');
    const line = Math.max(0, Math.min(pos.line, lines.length - 1));
    let offset = 0;
    for (let i = 0; i < line; i++) offset += lines[i].length + 1;
    return offset + Math.max(0, Math.min(pos.ch, lines[line].length));
  }

  offsetToPos(offset: number): O.EditorPosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const before = this.text.slice(0, clamped);
    const line = before.split('\n').length - 1;
    return { line, ch: clamped - (before.lastIndexOf('\n') + 1) };
  }

  processLines<T>(
    read: (line: number, lineText: string) => T | null,
    write: (line: number, lineText: string, value: T | null) => O.EditorChange | void,
    ignoreEmpty = false,
  ): void {
    const changes: O.EditorChange[] = [];
    for (let n = 0; n < this.lineCount(); n++) {
      const text = this.getLine(n);
      if (ignoreEmpty && text === '') continue;
      const change = write(n, text, read(n, text));
      if (change) changes.push(change);
    }
    if (changes.length) this.transaction({ changes });
  }

  /** Test helper: how many steps `undo()` can take back. */
  get undoDepth(): number {
    return this.undoStack.length;
  }

  private apply(mutate: () => void, origin: string): void {
    const before = this.snapshot();
    mutate();
    if (this.text === before.text) return;
    this.undoStack.push(before);
    this.redoStack.length = 0;
    this.changeOrigins.push(origin);
    this.selections = this.selections.map((s) => ({ anchor: this.clip(s.anchor), head: this.clip(s.head) }));
    this.onChange(this);
  }

  private restore(s: Snapshot, origin: string): void {
    this.text = s.text;
    this.selections = s.selections;
    this.changeOrigins.push(origin);
    this.onChange(this);
  }

  private snapshot(): Snapshot {
    return { text: this.text, selections: this.listSelections() };
  }

  private clip(pos: O.EditorPosition): O.EditorPosition {
    return this.offsetToPos(this.posToOffset(pos));
  }
}
