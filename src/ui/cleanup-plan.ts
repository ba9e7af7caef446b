import type { TFile } from 'obsidian';
import type { Cleanup, NoteEdit } from './cleanup-kinds';
import type { NoteProblem, RunControl, RunItem } from './cleanup-run';
import { Pacer } from './pacer';
import type { XCapturePluginApi } from './plugin-api';

/** A note the cleanup would change. */
export interface PlannedNote extends RunItem {
  edit: NoteEdit;
}

/** Every capture the cleanup would change, and those it cannot clean. */
export interface CleanupPlan {
  cleanup: Cleanup;
  notes: PlannedNote[];
  failed: NoteProblem[];
  /** Markdown notes read, and how many of them are captures. */
  scanned: number;
  captures: number;
  /** The user stopped the search before it read every note. */
  cancelled: boolean;
}

/** Reads every markdown note and plans the cleanup of each capture (nothing is written). */
export async function planCleanup(plugin: XCapturePluginApi, cleanup: Cleanup, control: RunControl): Promise<CleanupPlan> {
  const { vault } = plugin.app;
  const files = vault.getMarkdownFiles().sort((a, b) => a.path.localeCompare(b.path));
  const plan: CleanupPlan = { cleanup, notes: [], failed: [], scanned: 0, captures: 0, cancelled: false };
  const pacer = new Pacer();
  control.progress(0, files.length);
  for (const file of files) {
    await pacer.breathe();
    if (control.cancelled()) {
      plan.cancelled = true;
      break;
    }
    await planNote(plugin, cleanup, file, plan);
    plan.scanned++;
    control.progress(plan.scanned, files.length);
  }
  return plan;
}

async function planNote(plugin: XCapturePluginApi, cleanup: Cleanup, file: TFile, plan: CleanupPlan): Promise<void> {
  let text: string;
  try {
    text = await plugin.app.vault.cachedRead(file);
  } catch (err) {
    plan.failed.push({ file, reason: err instanceof Error ? err.message : String(err) });
    return;
  }
  const edit = cleanup.edit(text, file.path, plugin.settings, true);
  if (edit.notCapture) return;
  plan.captures++;
  if (edit.error) plan.failed.push({ file, reason: edit.error });
  else if (edit.text !== text) plan.notes.push({ file, from: text, to: edit.text, what: cleanup.describe(edit), edit });
}
