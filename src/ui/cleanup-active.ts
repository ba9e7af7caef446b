import { MarkdownView, Notice, type Editor, type EditorChange, type TFile } from 'obsidian';
import type { EditChange } from '../core/edits';
import type { Cleanup, NoteEdit } from './cleanup-kinds';
import type { XCapturePluginApi } from './plugin-api';

/** The editor showing `file`, the active one first, or null when the note is open in none. */
function editorFor(plugin: XCapturePluginApi, file: TFile): Editor | null {
  const { workspace } = plugin.app;
  const active = workspace.getActiveViewOfType(MarkdownView);
  if (active?.file === file) return active.editor;
  for (const leaf of workspace.getLeavesOfType('markdown')) {
    if (leaf.view instanceof MarkdownView && leaf.view.file === file) return leaf.view.editor;
  }
  return null;
}

/** Whether the changes, applied to `text`, make `expected` (a check against stale or overlapping ranges). */
function applied(text: string, changes: EditChange[], expected: string): boolean {
  let out = '';
  let at = 0;
  for (const c of changes) {
    if (c.range.start < at || text.slice(c.range.start, c.range.end) !== c.before) return false;
    out += text.slice(at, c.range.start) + c.after;
    at = c.range.end;
  }
  return out + text.slice(at) === expected;
}

/** One replacement covering only what differs between the two texts. */
function smallestChange(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}

/**
 * Applies an edit through the editor, change by change in one transaction, so the rest of the
 * note (cursor, folds, scroll) stays put and one Ctrl/Cmd+Z undoes it.
 */
function editInEditor(editor: Editor, before: string, edit: NoteEdit): void {
  const ranges = applied(before, edit.changes, edit.text)
    ? edit.changes.map((c) => ({ start: c.range.start, end: c.range.end, text: c.after }))
    : [smallestChange(before, edit.text)];
  const changes: EditorChange[] = ranges.map((r) => ({ from: editor.offsetToPos(r.start), to: editor.offsetToPos(r.end), text: r.text }));
  editor.transaction({ changes });
}

/** Runs a cleanup on the active note: through its editor when it is open in one, else the vault. */
export async function cleanActiveNote(plugin: XCapturePluginApi, cleanup: Cleanup, file: TFile): Promise<void> {
  const editor = editorFor(plugin, file);
  let edit: NoteEdit;
  try {
    if (editor) {
      const before = editor.getValue();
      edit = cleanup.edit(before, file.path, plugin.settings, false);
      if (edit.text !== before) editInEditor(editor, before, edit);
    } else {
      const planned: NoteEdit[] = [];
      await plugin.app.vault.process(file, (data) => {
        planned[0] = cleanup.edit(data, file.path, plugin.settings, false);
        return planned[0].text;
      });
      edit = planned[0];
    }
  } catch (err) {
    new Notice(cleanup.refusedMessage(err instanceof Error ? err.message : String(err)));
    return;
  }
  if (edit.error) new Notice(cleanup.refusedMessage(edit.error));
  else if (edit.changes.length === 0) new Notice(cleanup.nothingMessage(edit));
  else new Notice(cleanup.doneMessage(edit));
}
