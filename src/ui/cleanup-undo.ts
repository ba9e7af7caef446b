import type { RunItem } from './cleanup-run';

/** The last vault-wide cleanup that changed notes, kept (in memory) so one command can undo it. */
export class CleanupHistory {
  private last: { name: string; items: RunItem[] } | null = null;

  /** Remembers a run; a run that changed nothing leaves the one before it undoable. */
  remember(name: string, changed: RunItem[]): void {
    if (changed.length) this.last = { name, items: changed };
  }

  get canUndo(): boolean {
    return this.last !== null;
  }

  /**
   * Hands out the undo of the last run (each note back from what the run wrote to what it read)
   * and forgets the run: an undo is not undone again.
   */
  takeUndo(): { name: string; items: RunItem[] } | null {
    const last = this.last;
    this.last = null;
    if (!last) return null;
    return { name: last.name, items: last.items.map((i) => ({ file: i.file, from: i.to, to: i.from, what: `restored (${i.what})` })) };
  }
}
