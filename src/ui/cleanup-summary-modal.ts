import { ButtonComponent, type App } from 'obsidian';
import { CleanupModal } from './cleanup-modal';
import type { NoteProblem, RunReport } from './cleanup-run';
import { plural } from './plural';

export interface SummaryInput {
  heading: string;
  report: RunReport;
  /** Notes the plan could not clean (reported with the run's failures). */
  unplannable: NoteProblem[];
  /** Offered as a button when the run changed notes and can still be undone. */
  undo: (() => void) | null;
}

/** What a vault-wide run did: changed, skipped (with why), failed (with reasons), not reached. */
export class CleanupSummaryModal extends CleanupModal {
  constructor(
    app: App,
    private readonly input: SummaryInput,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { heading, report, unplannable, undo } = this.input;
    const el = this.contentEl;
    this.setTitle(heading);
    el.addClass('x-cap-cleanup');
    el.createEl('p', { cls: 'x-cap-cleanup-changed', text: `Changed ${plural(report.changed.length, 'note')}.` });
    this.section('skipped', `Skipped ${plural(report.skipped.length, 'note')}`, report.skipped);
    this.section('failed', `Failed ${plural(report.failed.length + unplannable.length, 'note')}`, [...report.failed, ...unplannable]);
    if (report.notRun.length) {
      el.createEl('p', { cls: 'x-cap-cleanup-not-run', text: `Cancelled: ${plural(report.notRun.length, 'note')} left unchanged.` });
    }
    const buttons = el.createDiv({ cls: 'modal-button-container' });
    if (undo && report.changed.length) {
      new ButtonComponent(buttons).setButtonText('Undo these changes').onClick(() => {
        this.close();
        undo();
      });
    }
    new ButtonComponent(buttons).setButtonText('Close').setCta().onClick(() => this.close());
  }

  private section(kind: string, title: string, problems: NoteProblem[]): void {
    if (!problems.length) return;
    const details = this.contentEl.createEl('details', { cls: `x-cap-cleanup-${kind}` });
    details.open = true;
    details.createEl('summary', { text: title });
    const ul = details.createEl('ul');
    for (const p of problems) ul.createEl('li', { text: `${p.file.path}: ${p.reason}` });
  }
}
