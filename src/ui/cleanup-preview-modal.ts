import { ButtonComponent } from 'obsidian';
import { changeDiff } from '../core/edits/diff';
import { CleanupModal } from './cleanup-modal';
import type { Cleanup } from './cleanup-kinds';
import { planCleanup, type CleanupPlan, type PlannedNote } from './cleanup-plan';
import type { XCapturePluginApi } from './plugin-api';
import { plural } from './plural';

/** Notes listed at a time; "Show more" adds the next ones (a vault can have thousands). */
const PAGE = 100;
/** Lines of one change shown under "Show lines". */
const DIFF_LINES = 40;

function diffLines(note: PlannedNote): string[] {
  return note.edit.changes.flatMap((change) => [change.summary, ...changeDiff(change, DIFF_LINES)]);
}

/**
 * Looks through every capture first (nothing is written), then lists each note the cleanup would
 * change with what would change (the lines on demand) and a box to leave it out. `onApply` gets the
 * notes still ticked.
 */
export class CleanupPreviewModal extends CleanupModal {
  private closed = false;
  private readonly chosen = new Set<PlannedNote>();
  private applyButton: ButtonComponent | null = null;

  constructor(
    private readonly plugin: XCapturePluginApi,
    private readonly cleanup: Cleanup,
    private readonly onApply: (plan: CleanupPlan, notes: PlannedNote[]) => void,
  ) {
    super(plugin.app);
  }

  override async onOpen(): Promise<void> {
    this.setTitle(this.cleanup.vaultName);
    this.contentEl.addClass('x-cap-cleanup');
    const status = this.contentEl.createDiv({ cls: 'x-cap-cleanup-status', text: 'Looking for changes…', attr: { 'aria-live': 'polite' } });
    const bar = this.contentEl.createEl('progress', { cls: 'x-cap-cleanup-progress', attr: { max: '1', value: '0' } });
    const buttons = this.contentEl.createDiv({ cls: 'modal-button-container' });
    new ButtonComponent(buttons).setButtonText('Cancel').onClick(() => this.close());
    const plan = await planCleanup(this.plugin, this.cleanup, {
      progress: (done, total) => {
        bar.max = Math.max(total, 1);
        bar.value = done;
        status.setText(`Looking for changes: ${done} of ${plural(total, 'note')}…`);
      },
      cancelled: () => this.closed,
    });
    if (this.closed) return;
    this.contentEl.empty();
    this.showPlan(plan);
  }

  override onClose(): void {
    this.closed = true;
    super.onClose();
  }

  private showPlan(plan: CleanupPlan): void {
    const el = this.contentEl;
    if (plan.notes.length === 0) {
      el.createEl('p', { text: `Nothing to change in ${plural(plan.captures, 'capture')}.` });
    } else {
      el.createEl('p', { text: `${plural(plan.notes.length, 'note')} of ${plural(plan.captures, 'capture')} would change. Untick the notes to leave as they are.` });
      const tools = el.createDiv({ cls: 'x-cap-cleanup-tools' });
      const list = el.createDiv({ cls: 'x-cap-cleanup-list' });
      const boxes: HTMLInputElement[] = [];
      new ButtonComponent(tools).setButtonText('Select all').onClick(() => this.tickAll(plan, boxes, true));
      new ButtonComponent(tools).setButtonText('Select none').onClick(() => this.tickAll(plan, boxes, false));
      for (const note of plan.notes) this.chosen.add(note);
      const more = el.createDiv({ cls: 'x-cap-cleanup-more' });
      const showPage = (): void => {
        const from = boxes.length;
        for (const note of plan.notes.slice(from, from + PAGE)) boxes.push(this.row(list, note));
        more.empty();
        const left = plan.notes.length - boxes.length;
        if (left > 0) new ButtonComponent(more).setButtonText(`Show ${Math.min(left, PAGE)} more of ${left}`).onClick(showPage);
      };
      showPage();
    }
    if (plan.failed.length) {
      const failed = el.createEl('details', { cls: 'x-cap-cleanup-failed' });
      failed.createEl('summary', { text: `${plural(plan.failed.length, 'capture')} cannot be cleaned` });
      const ul = failed.createEl('ul');
      for (const f of plan.failed) ul.createEl('li', { text: `${f.file.path}: ${f.reason}` });
    }
    const buttons = el.createDiv({ cls: 'modal-button-container' });
    if (plan.notes.length) {
      this.applyButton = new ButtonComponent(buttons).setCta().onClick(() => {
        const notes = plan.notes.filter((n) => this.chosen.has(n));
        if (!notes.length) return;
        this.close();
        this.onApply(plan, notes);
      });
      this.updateApply();
    }
    new ButtonComponent(buttons).setButtonText(plan.notes.length ? 'Cancel' : 'Close').onClick(() => this.close());
  }

  private row(list: HTMLElement, note: PlannedNote): HTMLInputElement {
    const row = list.createDiv({ cls: 'x-cap-cleanup-note' });
    const label = row.createEl('label', { cls: 'x-cap-cleanup-note-label' });
    const box = label.createEl('input', { type: 'checkbox' });
    box.checked = this.chosen.has(note);
    box.addEventListener('change', () => {
      if (box.checked) this.chosen.add(note);
      else this.chosen.delete(note);
      this.updateApply();
    });
    label.createSpan({ cls: 'x-cap-cleanup-note-path', text: note.file.path });
    row.createDiv({ cls: 'x-cap-cleanup-note-what', text: note.what });
    const details = row.createEl('details', { cls: 'x-cap-cleanup-lines' });
    details.createEl('summary', { text: 'Show lines' });
    // The diff is built the first time it is opened: most notes are never looked at.
    details.addEventListener('toggle', () => {
      if (details.open && !details.querySelector('pre')) details.createEl('pre', { text: diffLines(note).join('\n') });
    });
    return box;
  }

  private tickAll(plan: CleanupPlan, boxes: HTMLInputElement[], on: boolean): void {
    for (const note of plan.notes) {
      if (on) this.chosen.add(note);
      else this.chosen.delete(note);
    }
    for (const box of boxes) box.checked = on;
    this.updateApply();
  }

  private updateApply(): void {
    const n = this.chosen.size;
    this.applyButton?.setButtonText(`Apply to ${plural(n, 'note')}`).setDisabled(n === 0);
  }
}
