import type * as O from 'obsidian';
import type { App } from './app';
import { Component } from './component';
import { Editor } from './editor';
import { debounce, setIcon } from './functions';
import { Scope } from './scope';
import { TFile, type TAbstractFile } from './vault';
import type { WorkspaceLeaf } from './workspace';

/**
 * Obsidian's View. Its `containerEl` has the same parts as in the app: a header
 * (`.view-header` with `.view-header-title` and `.view-actions`) and `.view-content`.
 */
export abstract class View extends Component implements Pick<O.View,
  'icon' | 'navigation' | 'getViewType' | 'getState' | 'setState' | 'getEphemeralState' | 'setEphemeralState' |
  'getIcon' | 'onResize' | 'getDisplayText' | 'onPaneMenu'> {
  app: App;
  icon = 'document';
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: Scope | null = null;
  /** Fake-internal: the header parts (Obsidian has them too, under the same class names). */
  readonly headerEl: HTMLElement;
  readonly titleEl: HTMLElement;
  readonly actionsEl: HTMLElement;

  constructor(leaf: O.WorkspaceLeaf) {
    super();
    this.leaf = leaf as unknown as WorkspaceLeaf;
    this.app = this.leaf.app;
    this.containerEl = activeDocument.createElement('div');
    this.containerEl.addClass('workspace-leaf-content');
    this.headerEl = this.containerEl.createDiv({ cls: 'view-header' });
    this.titleEl = this.headerEl.createDiv({ cls: 'view-header-title' });
    this.actionsEl = this.headerEl.createDiv({ cls: 'view-actions' });
  }

  protected async onOpen(): Promise<void> {}

  protected async onClose(): Promise<void> {}

  /** Fake-internal: what the leaf calls to open and close the view. */
  async _open(): Promise<void> {
    await this.onOpen();
  }

  async _close(): Promise<void> {
    await this.onClose();
  }

  abstract getViewType(): string;

  abstract getDisplayText(): string;

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: O.ViewStateResult): Promise<void> {}

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(_state: unknown): void {}

  getIcon(): string {
    return this.icon;
  }

  onResize(): void {}

  onPaneMenu(_menu: O.Menu, _source: string): void {}

  /** Fake-internal: refreshes the header title (Obsidian does it on load and rename). */
  _updateTitle(): void {
    this.titleEl.setText(this.getDisplayText());
  }
}

export abstract class ItemView extends View implements Pick<O.ItemView, 'addAction'> {
  contentEl: HTMLElement;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
  }

  /** A header button (`.view-action`, labelled `title`), newest first as in Obsidian. */
  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = activeDocument.createElement('button');
    el.addClass('clickable-icon', 'view-action');
    el.setAttr('aria-label', title);
    setIcon(el, icon);
    el.addEventListener('click', callback);
    this.actionsEl.prepend(el);
    return el;
  }
}

export abstract class FileView extends ItemView implements Pick<O.FileView,
  'allowNoFile' | 'navigation' | 'getDisplayText' | 'getState' | 'setState' | 'onLoadFile' | 'onUnloadFile' | 'onRename' | 'canAcceptExtension'> {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
  }

  override onload(): void {
    this.registerEvent(
      this.app.vault.on('rename', (f: TAbstractFile) => {
        if (f === this.file) void this.onRename(this.file);
      }),
    );
    this.registerEvent(
      this.app.vault.on('delete', (f: TAbstractFile) => {
        if (f === this.file) void this.leaf.setViewState({ type: 'empty' });
      }),
    );
  }

  getDisplayText(): string {
    return this.file?.basename ?? 'No file';
  }

  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }

  override async setState(state: unknown, result: O.ViewStateResult): Promise<void> {
    const path = (state as { file?: unknown } | null)?.file;
    if (typeof path === 'string') {
      const file = this.app.vault.getFileByPath(path);
      if (file && file !== this.file) await this._loadFile(file);
    }
    await super.setState(state, result);
  }

  /** Fake-internal: unloads the current file, then loads `file` (Obsidian's loadFile). */
  async _loadFile(file: TFile): Promise<void> {
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    this._updateTitle();
    await this.onLoadFile(file);
  }

  async onLoadFile(_file: O.TFile): Promise<void> {}

  async onUnloadFile(_file: O.TFile): Promise<void> {}

  async onRename(_file: O.TFile): Promise<void> {
    this._updateTitle();
  }

  canAcceptExtension(_extension: string): boolean {
    return false;
  }

  override async _close(): Promise<void> {
    if (this.file) await this.onUnloadFile(this.file);
    this.file = null;
    await super._close();
  }
}

export abstract class EditableFileView extends FileView {}

/**
 * A view over a text file. Like Obsidian's: loads the file into `data` through setViewData,
 * saves getViewData() back when it differs from the file, and when the file changes elsewhere
 * (vault 'modify') passes the new text to setViewData(data, false).
 */
export abstract class TextFileView extends EditableFileView implements Pick<O.TextFileView,
  'data' | 'requestSave' | 'onUnloadFile' | 'onLoadFile' | 'save' | 'getViewData' | 'setViewData' | 'clear'> {
  data = '';
  requestSave: () => void;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    this.requestSave = debounce(() => void this.save(), 2000, true);
  }

  override onload(): void {
    super.onload();
    this.registerEvent(
      this.app.vault.on('modify', (f: TAbstractFile) => {
        if (f !== this.file || !(f instanceof TFile)) return;
        const text = this.app.vault.readSync(f);
        if (text === this.getViewData()) return;
        this.data = text;
        this.setViewData(text, false);
      }),
    );
  }

  override async onLoadFile(file: O.TFile): Promise<void> {
    const text = await this.app.vault.read(file);
    this.data = text;
    this.setViewData(text, true);
  }

  override async onUnloadFile(_file: O.TFile): Promise<void> {
    await this.save();
    this.clear();
  }

  async save(_clear?: boolean): Promise<void> {
    (this.requestSave as O.Debouncer<[], void>).cancel?.();
    const file = this.file;
    if (!file || !this.app.vault.getFileByPath(file.path)) return;
    const data = this.getViewData();
    this.data = data;
    if (data !== this.app.vault.readSync(file)) await this.app.vault.modify(file, data);
  }

  abstract getViewData(): string;

  abstract setViewData(data: string, clear: boolean): void;

  abstract clear(): void;
}

/**
 * The Markdown editor view: its text lives in a fake `Editor`; typing (any editor change) fires
 * the workspace's 'editor-change' at once and saves to the vault after Obsidian's 2 s debounce.
 */
export class MarkdownView extends TextFileView implements Pick<O.MarkdownView, 'getViewType' | 'getMode' | 'getViewData' | 'clear' | 'setViewData' | 'showSearch'> {
  editor: Editor;
  hoverPopover: O.HoverPopover | null = null;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    this.icon = 'document';
    this.editor = new Editor((editor) => {
      this.data = editor.getValue();
      this.requestSave();
      this.app.workspace.trigger('editor-change', editor, this);
    });
    this.contentEl.addClass('markdown-source-view');
  }

  getViewType(): string {
    return 'markdown';
  }

  getMode(): O.MarkdownViewModeType {
    return 'source';
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), mode: 'source', source: false };
  }

  getViewData(): string {
    return this.editor.getValue();
  }

  setViewData(data: string, clear: boolean): void {
    if (clear) this.editor._load(data);
    else this.editor.setValue(data);
    this.contentEl.setText(data);
  }

  clear(): void {
    this.editor._load('');
  }

  showSearch(): void {}

  override canAcceptExtension(extension: string): boolean {
    return extension === 'md';
  }
}

/** The view of a leaf with nothing open ('empty'). */
export class EmptyView extends ItemView {
  getViewType(): string {
    return 'empty';
  }

  getDisplayText(): string {
    return 'New tab';
  }
}
