/** The enlarged-image overlay: a modal <dialog> that Escape, the close button or a backdrop click closes. */
import { el } from './dom';

export class Lightbox {
  private readonly dialog: HTMLDialogElement;
  private readonly image: HTMLImageElement;
  private readonly caption: HTMLElement;
  private readonly original: HTMLAnchorElement;
  private readonly closeButton: HTMLButtonElement;
  private opener: HTMLElement | null = null;

  constructor(parent: HTMLElement) {
    this.dialog = el(parent, 'dialog', { cls: 'x-cap-lightbox', attr: { 'aria-label': 'Enlarged image' } });
    const frame = el(this.dialog, 'figure', { cls: 'x-cap-lightbox-figure' });
    this.image = el(frame, 'img', { cls: 'x-cap-lightbox-image', attr: { decoding: 'async', referrerpolicy: 'no-referrer', alt: '' } });
    this.caption = el(frame, 'figcaption', { cls: 'x-cap-lightbox-caption' });
    const actions = el(this.dialog, 'div', { cls: 'x-cap-lightbox-actions' });
    this.original = el(actions, 'a', {
      cls: 'x-cap-lightbox-open',
      text: 'Open original',
      attr: { target: '_blank', rel: 'noopener noreferrer' },
    });
    this.closeButton = el(actions, 'button', {
      cls: 'x-cap-lightbox-close',
      text: 'Close',
      attr: { type: 'button', 'aria-label': 'Close image' },
    });
    this.closeButton.addEventListener('click', () => this.close());
    this.dialog.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.preventDefault();
        this.close();
      }
    });
    // A click on the backdrop lands on the dialog itself; clicks on its content land on children.
    this.dialog.addEventListener('click', (ev) => {
      if (ev.target === this.dialog) this.close();
    });
    this.dialog.addEventListener('close', () => this.restoreFocus());
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  /** Shows `src` (an http(s) URL the renderer already checked) and remembers where focus was. */
  open(src: string, alt: string, opener: HTMLElement): void {
    this.opener = opener;
    this.image.setAttribute('src', src);
    this.image.setAttribute('alt', alt);
    this.caption.textContent = alt === 'Image' ? '' : alt;
    this.original.setAttribute('href', src);
    if (!this.dialog.open) {
      if (typeof this.dialog.showModal === 'function') this.dialog.showModal();
      else this.dialog.setAttribute('open', '');
    }
    this.closeButton.focus();
  }

  close(): void {
    if (!this.dialog.open) return;
    if (typeof this.dialog.close === 'function') this.dialog.close();
    else this.dialog.removeAttribute('open');
    this.restoreFocus();
  }

  private restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }
}
