import { ButtonComponent, type App } from 'obsidian';
import { CleanupModal } from './cleanup-modal';
import type { RunControl } from './cleanup-run';

/** A progress bar with a cancel button; closing the modal cancels too. */
export class CleanupProgressModal extends CleanupModal {
  private bar: HTMLProgressElement | null = null;
  private label: HTMLElement | null = null;
  private stop = false;
  private finished = false;

  /** Hand this to the loop that does the work. */
  readonly control: RunControl = {
    progress: (done, total) => {
      if (this.bar) {
        this.bar.max = Math.max(total, 1);
        this.bar.value = done;
      }
      this.label?.setText(`${done} of ${total} notes`);
    },
    cancelled: () => this.stop,
  };

  constructor(
    app: App,
    private readonly heading: string,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.heading);
    this.contentEl.addClass('x-cap-cleanup');
    this.bar = this.contentEl.createEl('progress', { cls: 'x-cap-cleanup-progress', attr: { max: '1', value: '0' } });
    this.label = this.contentEl.createDiv({ cls: 'x-cap-cleanup-progress-label', attr: { 'aria-live': 'polite' } });
    const buttons = this.contentEl.createDiv({ cls: 'modal-button-container' });
    new ButtonComponent(buttons).setButtonText('Cancel').onClick(() => {
      this.stop = true;
      this.label?.setText('Stopping after this note…');
    });
  }

  override onClose(): void {
    if (!this.finished) this.stop = true;
    super.onClose();
  }

  /** The work is done: close without cancelling. */
  finish(): void {
    this.finished = true;
    this.close();
  }
}
