import type { App, TFile } from 'obsidian';
import { Pacer } from './pacer';

/** How a long loop reports how far it got, and learns that the user cancelled it. */
export interface RunControl {
  progress(done: number, total: number): void;
  cancelled(): boolean;
}

/** One note to rewrite: from exactly `from` to `to`. */
export interface RunItem {
  file: TFile;
  from: string;
  to: string;
  /** What changes, in a few words. */
  what: string;
}

export interface NoteProblem {
  file: TFile;
  reason: string;
}

/** What a run did, note by note. */
export interface RunReport {
  changed: RunItem[];
  /** Notes left alone because they changed after they were planned. */
  skipped: NoteProblem[];
  failed: NoteProblem[];
  /** Notes not reached because the run was cancelled. */
  notRun: RunItem[];
}

/**
 * Rewrites each note through `vault.process`, only while it still reads exactly as planned: a
 * note changed in between is skipped (`skipReason`) and nothing of it is lost.
 */
export async function applyItems(app: App, items: RunItem[], control: RunControl, skipReason: string): Promise<RunReport> {
  const report: RunReport = { changed: [], skipped: [], failed: [], notRun: [] };
  const pacer = new Pacer();
  control.progress(0, items.length);
  for (let i = 0; i < items.length; i++) {
    await pacer.breathe();
    if (control.cancelled()) {
      report.notRun = items.slice(i);
      break;
    }
    const item = items[i];
    try {
      let stale = false;
      await app.vault.process(item.file, (data) => {
        stale = data !== item.from;
        return stale ? data : item.to;
      });
      if (stale) report.skipped.push({ file: item.file, reason: skipReason });
      else report.changed.push(item);
    } catch (err) {
      report.failed.push({ file: item.file, reason: err instanceof Error ? err.message : String(err) });
    }
    control.progress(i + 1, items.length);
  }
  return report;
}
