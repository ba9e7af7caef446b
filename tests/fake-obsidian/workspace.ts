import type * as O from 'obsidian';
import type { App } from './app';
import { Events } from './events';
import { debounce } from './functions';
import { TFile } from './vault';
import { EmptyView, FileView, MarkdownView, type View } from './views';

type Side = 'left' | 'right';
type Area = 'root' | Side;

let nextLeafId = 1;

/**
 * A workspace leaf: holds one view at a time. `setViewState` swaps views like Obsidian does
 * (old view closed and unloaded, new one loaded, opened, then given its state).
 */
export class WorkspaceLeaf extends Events implements Pick<O.WorkspaceLeaf,
  'openFile' | 'getViewState' | 'setViewState' | 'isDeferred' | 'loadIfDeferred' | 'getEphemeralState' | 'setEphemeralState' |
  'togglePinned' | 'setPinned' | 'setGroup' | 'detach' | 'getIcon' | 'getDisplayText' | 'onResize' | 'on'> {
  readonly id = `leaf-${nextLeafId++}`;
  view: View;
  hoverPopover: O.HoverPopover | null = null;
  /** Fake-internal: the element the view's containerEl lives in. */
  readonly containerEl: HTMLElement;
  pinned = false;
  group: string | null = null;

  constructor(
    readonly app: App,
    /** Fake-internal: which part of the window the leaf is in. */
    readonly area: Area,
  ) {
    super();
    this.containerEl = activeDocument.createElement('div');
    this.containerEl.addClass('workspace-leaf');
    this.containerEl.dataset.area = area;
    this.view = new EmptyView(this as unknown as O.WorkspaceLeaf);
    this.attach(this.view);
  }

  get isDeferred(): boolean {
    return false;
  }

  async loadIfDeferred(): Promise<void> {}

  async openFile(file: O.TFile, openState?: O.OpenViewState): Promise<void> {
    const type = this.app.workspace._viewTypeForExtension(file.extension);
    await this.setViewState(
      { type, state: { ...openState?.state, file: file.path }, active: openState?.active ?? this.area === 'root' },
      openState?.eState,
    );
  }

  async open(view: O.View): Promise<O.View> {
    await this.swap(view as unknown as View);
    return view;
  }

  getViewState(): O.ViewState {
    return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
  }

  /** Fake-internal: view state changes in progress ('file-open' waits until they are done). */
  _pending = 0;

  async setViewState(viewState: O.ViewState, eState?: unknown): Promise<void> {
    const ws = this.app.workspace;
    if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
    this._pending++;
    try {
      if (this.view.getViewType() !== viewState.type || this.view instanceof EmptyView) {
        const creator = ws._viewCreator(viewState.type);
        await this.swap(creator ? (creator(this as unknown as O.WorkspaceLeaf) as unknown as View) : new EmptyView(this as unknown as O.WorkspaceLeaf));
      }
      await this.view.setState(viewState.state ?? {}, { history: false });
      if (eState !== undefined) this.view.setEphemeralState(eState);
    } finally {
      this._pending--;
    }
    if (viewState.active && ws.leaves.includes(this)) ws.setActiveLeaf(this as unknown as O.WorkspaceLeaf);
    else ws._checkActiveFile();
    ws.trigger('layout-change');
  }

  getEphemeralState(): unknown {
    return this.view.getEphemeralState();
  }

  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }

  togglePinned(): void {
    this.setPinned(!this.pinned);
  }

  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    this.trigger('pinned-change', pinned);
  }

  setGroup(group: string): void {
    this.group = group;
    this.trigger('group-change', group);
  }

  detach(): void {
    const ws = this.app.workspace;
    const old = this.view;
    void old._close();
    old.unload();
    this.containerEl.detach();
    ws._removeLeaf(this);
  }

  getIcon(): string {
    return this.view.getIcon();
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  onResize(): void {
    this.view.onResize();
  }

  /**
   * The swap itself is synchronous (the old view unloads and the new one loads before the first
   * await); onClose/onOpen are awaited after, in Obsidian's order.
   */
  private async swap(view: View): Promise<void> {
    const old = this.view;
    old.unload();
    old.containerEl.detach();
    this.view = view;
    this.attach(view);
    view.load();
    await old._close();
    await view._open();
  }

  private attach(view: View): void {
    view.containerEl.dataset.type = view.getViewType();
    this.containerEl.appendChild(view.containerEl);
  }
}

/**
 * The workspace: root leaves (tabs in the main area) and side leaves, the active leaf, the
 * registry of view types and file extensions, and the workspace events
 * ('file-open', 'active-leaf-change', 'layout-change', 'editor-change', ...).
 */
// Methods returning leaves are left out of the Pick: they return the fake WorkspaceLeaf, which has
// the members plugins use but not the whole split/tab tree of the real one.
export class Workspace extends Events implements Pick<O.Workspace,
  'layoutReady' | 'onLayoutReady' | 'openLinkText' | 'setActiveLeaf' | 'getActiveViewOfType' | 'getActiveFile' |
  'iterateRootLeaves' | 'iterateAllLeaves' | 'detachLeavesOfType' | 'revealLeaf' | 'getLastOpenFiles' | 'updateOptions' | 'on'> {
  activeLeaf: WorkspaceLeaf | null = null;
  layoutReady = false;
  /** Fake-internal: every leaf, root and side, in creation order. */
  readonly leaves: WorkspaceLeaf[] = [];
  /** Test helper: leaves passed to revealLeaf, in order. */
  readonly revealed: WorkspaceLeaf[] = [];
  readonly requestSaveLayout = debounce(async () => {}, 1000);
  /** Fake-internal: hover link sources registered by plugins. */
  readonly _hoverLinkSources = new Map<string, O.HoverLinkSource>();
  private readonly viewCreators = new Map<string, O.ViewCreator>();
  private readonly extensions = new Map<string, string>([['md', 'markdown']]);
  private readonly layoutReadyCallbacks: (() => unknown)[] = [];
  private readonly recentRootLeaves: WorkspaceLeaf[] = [];
  private readonly lastOpenFiles: string[] = [];
  private lastActiveFile: TFile | null = null;
  private container: HTMLElement | null = null;

  constructor(private readonly app: App) {
    super();
    this.viewCreators.set('markdown', (leaf) => new MarkdownView(leaf) as unknown as O.View);
    this.viewCreators.set('empty', (leaf) => new EmptyView(leaf) as unknown as O.View);
  }

  /** The workspace's element, attached to the document on first use. */
  get containerEl(): HTMLElement {
    if (!this.container) {
      if (typeof activeDocument === 'undefined') {
        throw new Error('The fake workspace needs a DOM: add `// @vitest-environment happy-dom` to the test file.');
      }
      this.container = activeDocument.body.createDiv({ cls: 'workspace' });
    }
    return this.container;
  }

  get activeEditor(): O.MarkdownFileInfo | null {
    const view = this.activeLeaf?.view;
    return view instanceof MarkdownView ? (view as unknown as O.MarkdownFileInfo) : null;
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.layoutReadyCallbacks.push(callback);
  }

  /** Test helper: Obsidian finished restoring the layout; runs the onLayoutReady callbacks. */
  markLayoutReady(): void {
    this.layoutReady = true;
    for (const cb of this.layoutReadyCallbacks.splice(0)) cb();
  }

  getLeaf(newLeaf?: O.PaneType | boolean | 'split'): WorkspaceLeaf {
    if (!newLeaf) {
      const active = this.activeLeaf?.area === 'root' && !this.activeLeaf.pinned ? this.activeLeaf : null;
      const reuse = active ?? [...this.recentRootLeaves].reverse().find((l) => !l.pinned);
      if (reuse) return reuse;
    }
    return this.createLeaf('root');
  }

  getUnpinnedLeaf(): WorkspaceLeaf {
    return this.getLeaf(false);
  }

  createLeafBySplit(): WorkspaceLeaf {
    return this.createLeaf('root');
  }

  splitActiveLeaf(): WorkspaceLeaf {
    return this.createLeaf('root');
  }

  async openLinkText(linktext: string, sourcePath: string, newLeaf?: O.PaneType | boolean, openViewState?: O.OpenViewState): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
    if (!file) throw new Error(`No note for link '${linktext}'`);
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  setActiveLeaf(leaf: O.WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
    const l = leaf as unknown as WorkspaceLeaf;
    if (!this.leaves.includes(l)) return;
    if (l.area === 'root') {
      const i = this.recentRootLeaves.indexOf(l);
      if (i >= 0) this.recentRootLeaves.splice(i, 1);
      this.recentRootLeaves.push(l);
    }
    if (this.activeLeaf !== l) {
      this.activeLeaf = l;
      this.trigger('active-leaf-change', l);
    }
    this._checkActiveFile();
  }

  getLeafById(id: string): WorkspaceLeaf | null {
    return this.leaves.find((l) => l.id === id) ?? null;
  }

  getMostRecentLeaf(): WorkspaceLeaf | null {
    return this.recentRootLeaves[this.recentRootLeaves.length - 1] ?? null;
  }

  getLeftLeaf(_split: boolean): WorkspaceLeaf {
    return this.createLeaf('left');
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf {
    return this.createLeaf('right');
  }

  async ensureSideLeaf(type: string, side: Side, options: { active?: boolean; split?: boolean; reveal?: boolean; state?: any } = {}): Promise<WorkspaceLeaf> {
    let leaf = this.leaves.find((l) => l.area === side && l.view.getViewType() === type);
    if (!leaf) {
      leaf = this.createLeaf(side);
      await leaf.setViewState({ type, state: options.state as Record<string, unknown> | undefined, active: options.active });
    } else if (options.active) this.setActiveLeaf(leaf as unknown as O.WorkspaceLeaf);
    if (options.reveal ?? true) await this.revealLeaf(leaf as unknown as O.WorkspaceLeaf);
    return leaf;
  }

  getActiveViewOfType<T extends O.View>(type: O.Constructor<T>): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof (type as unknown as abstract new (...args: unknown[]) => object) ? (view as unknown as T) : null;
  }

  /** The file of the active leaf, or (when a side leaf is active) of the most recent root leaf. */
  getActiveFile(): TFile | null {
    const leaf = this.activeLeaf?.area === 'root' ? this.activeLeaf : this.getMostRecentLeaf();
    const view = leaf?.view;
    return view instanceof FileView ? view.file : null;
  }

  iterateRootLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
    for (const l of this.leaves.filter((x) => x.area === 'root')) callback(l as unknown as O.WorkspaceLeaf);
  }

  iterateAllLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
    for (const l of [...this.leaves]) callback(l as unknown as O.WorkspaceLeaf);
  }

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === viewType);
  }

  detachLeavesOfType(viewType: string): void {
    for (const l of this.getLeavesOfType(viewType)) l.detach();
  }

  async revealLeaf(leaf: O.WorkspaceLeaf): Promise<void> {
    this.revealed.push(leaf as unknown as WorkspaceLeaf);
  }

  getLastOpenFiles(): string[] {
    return [...this.lastOpenFiles].reverse().slice(0, 10);
  }

  updateOptions(): void {}

  /** Fake-internal (Plugin.registerView). */
  _registerView(type: string, creator: O.ViewCreator): void {
    if (this.viewCreators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.viewCreators.set(type, creator);
  }

  /** Fake-internal: leaves still showing an unregistered type are emptied, as when a plugin is disabled. */
  _unregisterView(type: string): void {
    this.viewCreators.delete(type);
    for (const leaf of this.getLeavesOfType(type)) void leaf.setViewState({ type: 'empty' });
  }

  _viewCreator(type: string): O.ViewCreator | undefined {
    return this.viewCreators.get(type);
  }

  /** Fake-internal (Plugin.registerExtensions). */
  _registerExtensions(extensions: string[], viewType: string): void {
    for (const ext of extensions) {
      if (this.extensions.has(ext)) throw new Error(`Attempting to register an existing file extension "${ext}"`);
      this.extensions.set(ext, viewType);
    }
  }

  _unregisterExtensions(extensions: string[]): void {
    for (const ext of extensions) this.extensions.delete(ext);
  }

  _viewTypeForExtension(extension: string): string {
    return this.extensions.get(extension) ?? 'empty';
  }

  /** Fake-internal: fires 'file-open' when the active file changed (Obsidian's rule). */
  _checkActiveFile(): void {
    // A leaf still loading its view has no settled file yet; it checks again when done.
    if (this.activeLeaf && this.activeLeaf._pending > 0) return;
    const file = this.getActiveFile();
    if (file === this.lastActiveFile) return;
    this.lastActiveFile = file;
    if (file) {
      const i = this.lastOpenFiles.indexOf(file.path);
      if (i >= 0) this.lastOpenFiles.splice(i, 1);
      this.lastOpenFiles.push(file.path);
    }
    this.trigger('file-open', file);
  }

  _removeLeaf(leaf: WorkspaceLeaf): void {
    this.leaves.splice(this.leaves.indexOf(leaf), 1);
    const r = this.recentRootLeaves.indexOf(leaf);
    if (r >= 0) this.recentRootLeaves.splice(r, 1);
    if (this.activeLeaf === leaf) {
      this.activeLeaf = null;
      const next = this.getMostRecentLeaf();
      if (next) this.setActiveLeaf(next as unknown as O.WorkspaceLeaf);
      else {
        this.trigger('active-leaf-change', null);
        this._checkActiveFile();
      }
    }
    this.trigger('layout-change');
  }

  private createLeaf(area: Area): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, area);
    this.leaves.push(leaf);
    this.containerEl.appendChild(leaf.containerEl);
    if (area === 'root' && !this.recentRootLeaves.includes(leaf)) this.recentRootLeaves.unshift(leaf);
    return leaf;
  }
}
