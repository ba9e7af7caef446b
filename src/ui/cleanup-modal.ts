import { Modal } from 'obsidian';

/** A cleanup modal: empties itself on close and tells whoever keeps track of the open ones. */
export abstract class CleanupModal extends Modal {
  /** Called once the modal has closed. */
  onClosed: (() => void) | null = null;

  override onClose(): void {
    this.contentEl.empty();
    this.onClosed?.();
  }
}
