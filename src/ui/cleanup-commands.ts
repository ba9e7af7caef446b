import { cleanActiveNote } from './cleanup-active';
import { CLEANUPS } from './cleanup-kinds';
import type { CleanupModal } from './cleanup-modal';
import type { CleanupPlan, PlannedNote } from './cleanup-plan';
import { CleanupPreviewModal } from './cleanup-preview-modal';
import { CleanupProgressModal } from './cleanup-progress-modal';
import { applyItems, type NoteProblem, type RunItem } from './cleanup-run';
import { CleanupSummaryModal } from './cleanup-summary-modal';
import { CleanupHistory } from './cleanup-undo';
import type { XCapturePluginApi } from './plugin-api';

/**
 * The cleanup commands (no default hotkeys): each cleanup for the active note and for every
 * capture (preview, run with progress, summary), and one command undoing the last vault-wide run.
 */
export function registerCleanupCommands(plugin: XCapturePluginApi): void {
  const history = new CleanupHistory();
  const open = new Set<CleanupModal>();
  // Unloading closes what is open; a run in progress stops after its current note.
  plugin.register(() => {
    for (const modal of [...open]) modal.close();
  });
  const track = <M extends CleanupModal>(modal: M): M => {
    open.add(modal);
    modal.onClosed = () => open.delete(modal);
    modal.open();
    return modal;
  };

  const run = async (heading: string, items: RunItem[], skipReason: string, unplannable: NoteProblem[], remember: boolean): Promise<void> => {
    const progress = track(new CleanupProgressModal(plugin.app, heading));
    const report = await applyItems(plugin.app, items, progress.control, skipReason);
    progress.finish();
    if (remember) history.remember(heading, report.changed);
    const undo = remember && report.changed.length ? () => void undoLast() : null;
    track(new CleanupSummaryModal(plugin.app, { heading, report, unplannable, undo }));
  };

  const undoLast = async (): Promise<void> => {
    const last = history.takeUndo();
    if (last) await run(`Undo: ${last.name}`, last.items, 'changed since the cleanup, left as it is', [], false);
  };

  for (const cleanup of CLEANUPS) {
    plugin.addCommand({
      id: cleanup.id,
      name: cleanup.activeName,
      checkCallback: (checking) => {
        const file = plugin.app.workspace.getActiveFile();
        if (file?.extension !== 'md') return false;
        if (!checking) void cleanActiveNote(plugin, cleanup, file);
        return true;
      },
    });
    plugin.addCommand({
      id: `${cleanup.id}-all`,
      name: cleanup.vaultName,
      callback: () => {
        const apply = (plan: CleanupPlan, notes: PlannedNote[]): void =>
          void run(cleanup.vaultName, notes, 'changed since the preview, left as it is', plan.failed, true);
        track(new CleanupPreviewModal(plugin, cleanup, apply));
      },
    });
  }

  plugin.addCommand({
    id: 'undo-cleanup-all',
    name: 'Undo the last cleanup of all captures',
    checkCallback: (checking) => {
      if (!history.canUndo) return false;
      if (!checking) void undoLast();
      return true;
    },
  });
}
