import type * as O from 'obsidian';
import type { App } from './app';
import { Component } from './component';
import { setIcon } from './functions';
import { Scope } from './scope';

/** Obsidian's Modal: `open()` attaches it to the document and calls onOpen; Escape closes it. */
export class Modal implements Pick<O.Modal, 'containerEl' | 'modalEl' | 'titleEl' | 'contentEl' | 'shouldRestoreSelection' |
  'open' | 'close' | 'onOpen' | 'onClose'> {
  /** Test helper: the modals open right now, oldest first. */
  static readonly openModals: Modal[] = [];
  app: App;
  scope = new Scope();
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  private closeCallback: (() => unknown) | null = null;
  private readonly onKey = (evt: KeyboardEvent): void => {
    if (evt.key === 'Escape') this.close();
  };

  constructor(app: O.App) {
    this.app = app as unknown as App;
    this.containerEl = activeDocument.createElement('div');
    this.containerEl.addClass('modal-container');
    this.containerEl.createDiv({ cls: 'modal-bg' });
    this.modalEl = this.containerEl.createDiv({ cls: 'modal' });
    const close = this.modalEl.createDiv({ cls: 'modal-close-button', attr: { 'aria-label': 'Close' } });
    close.addEventListener('click', () => this.close());
    this.titleEl = this.modalEl.createDiv({ cls: 'modal-title' });
    this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
  }

  open(): void {
    if (Modal.openModals.includes(this)) return;
    activeDocument.body.appendChild(this.containerEl);
    activeDocument.addEventListener('keydown', this.onKey);
    Modal.openModals.push(this);
    void this.onOpen();
  }

  close(): void {
    const i = Modal.openModals.indexOf(this);
    if (i < 0) return;
    Modal.openModals.splice(i, 1);
    activeDocument.removeEventListener('keydown', this.onKey);
    this.containerEl.detach();
    this.onClose();
    this.closeCallback?.();
  }

  onOpen(): Promise<void> | void {}

  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }

  setCloseCallback(callback: () => unknown): this {
    this.closeCallback = callback;
    return this;
  }
}

/** Obsidian's Notice; every message shown is recorded in `Notice.messages`. */
export class Notice implements Pick<O.Notice, 'noticeEl' | 'containerEl' | 'messageEl' | 'setMessage' | 'hide'> {
  /** Test helper: the text of every notice shown, in order (clear it with `Notice.messages.length = 0`). */
  static readonly messages: string[] = [];
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  readonly duration: number | undefined;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.duration = duration;
    this.containerEl = activeDocument.createElement('div');
    this.containerEl.addClass('notice-container');
    this.noticeEl = this.containerEl.createDiv({ cls: 'notice' });
    this.messageEl = this.noticeEl.createDiv({ cls: 'notice-message' });
    this.setMessage(message);
  }

  setMessage(message: string | DocumentFragment): this {
    this.messageEl.setText(message);
    Notice.messages.push(this.messageEl.getText());
    return this;
  }

  hide(): void {
    this.containerEl.detach();
  }
}

/** One menu entry; tests click it with `item.click()`. */
export class MenuItem {
  title = '';
  icon: string | null = null;
  section = '';
  checked: boolean | null = null;
  disabled = false;
  isLabel = false;
  warning = false;
  private handler: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === 'string' ? title : (title.textContent ?? '');
    return this;
  }

  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }

  setChecked(checked: boolean | null): this {
    this.checked = checked;
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }

  setWarning(isWarning: boolean): this {
    this.warning = isWarning;
    return this;
  }

  setIsLabel(isLabel: boolean): this {
    this.isLabel = isLabel;
    return this;
  }

  setSection(section: string): this {
    this.section = section;
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.handler = callback;
    return this;
  }

  /** Test helper: what a click on the item does. */
  click(): unknown {
    if (this.disabled) return undefined;
    return this.handler?.(new MouseEvent('click'));
  }
}

/** Obsidian's Menu: records items; `Menu.lastShown` is the menu most recently shown. */
export class Menu extends Component {
  static lastShown: Menu | null = null;
  readonly items: (MenuItem | 'separator')[] = [];
  shown = false;
  private hideCallbacks: (() => unknown)[] = [];

  setNoIcon(): this {
    return this;
  }

  setUseNativeMenu(_useNativeMenu: boolean): this {
    return this;
  }

  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }

  addSeparator(): this {
    this.items.push('separator');
    return this;
  }

  setParentElement(_el: HTMLElement): this {
    return this;
  }

  showAtMouseEvent(_evt: MouseEvent): this {
    return this.show();
  }

  showAtPosition(_position: O.MenuPositionDef, _doc?: Document): this {
    return this.show();
  }

  hide(): this {
    if (this.shown) {
      this.shown = false;
      for (const cb of this.hideCallbacks) cb();
    }
    return this;
  }

  close(): void {
    this.hide();
  }

  onHide(callback: () => unknown): void {
    this.hideCallbacks.push(callback);
  }

  /** Test helper: the titles of the items, separators left out. */
  titles(): string[] {
    return this.items.filter((i): i is MenuItem => i !== 'separator').map((i) => i.title);
  }

  static forEvent(_evt: PointerEvent | MouseEvent): Menu {
    return new Menu();
  }

  private show(): this {
    this.shown = true;
    Menu.lastShown = this;
    return this;
  }
}

export { setIcon };
