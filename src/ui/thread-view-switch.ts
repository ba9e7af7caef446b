import { MarkdownView, type TAbstractFile, type WorkspaceLeaf } from 'obsidian';
import { detectCapture } from '../core/detect';
import type { XCapturePluginApi } from './plugin-api';
import { ThreadView, VIEW_TYPE_CARDS, type CardLeafSwitcher } from './thread-view';

/**
 * Decides which leaves show cards and switches them, without patching Obsidian: when a note opens
 * (or a leaf becomes active) in the Markdown view and it is a capture, the leaf switches to cards,
 * unless the reader chose Markdown for that note in that leaf. Markdown views of captures get an
 * "Open as cards" header button. On unload, card leaves go back to Markdown and the buttons go.
 */
export class ThreadViewSwitcher implements CardLeafSwitcher {
  /** Per leaf, the notes the reader chose to read as Markdown there. */
  private readonly markdownChosen = new WeakMap<WorkspaceLeaf, Set<string>>();
  /** The "Open as cards" buttons added to Markdown views (weak: a closed view takes its button along). */
  private readonly actions = new WeakMap<MarkdownView, HTMLElement>();
  /** Leaves being switched now: events fired during a switch must not start another one. */
  private readonly switching = new WeakSet<WorkspaceLeaf>();
  /** Last detection per Markdown view, so palette checks and layout changes do not re-detect. */
  private readonly detected = new WeakMap<MarkdownView, { text: string; isCapture: boolean }>();

  constructor(private readonly plugin: XCapturePluginApi) {}

  /** Registers the workspace listeners and the unload cleanup. */
  install(): void {
    const { plugin } = this;
    const { workspace, vault } = plugin.app;
    const onActive = (): void => {
      const view = workspace.getActiveViewOfType(MarkdownView);
      if (view) void this.openAsCardsIfCapture(view.leaf);
      this.refreshActions();
    };
    plugin.registerEvent(workspace.on('file-open', onActive));
    plugin.registerEvent(workspace.on('active-leaf-change', onActive));
    plugin.registerEvent(workspace.on('layout-change', () => this.refreshActions()));
    plugin.registerEvent(vault.on('rename', (file: TAbstractFile, oldPath: string) => this.renamed(oldPath, file.path)));
    workspace.onLayoutReady(() => {
      // Notes restored with the layout: the visible ones switch now, the others when activated.
      workspace.iterateRootLeaves((leaf) => void this.openAsCardsIfCapture(leaf));
      this.refreshActions();
    });
    plugin.register(() => this.uninstall());
  }

  /** Whether the leaf shows a note that can switch between cards and Markdown. */
  canToggle(leaf: WorkspaceLeaf): boolean {
    const view = leaf.view;
    if (view instanceof ThreadView) return view.file !== null;
    return view instanceof MarkdownView && this.isCapture(view);
  }

  /** Cards to Markdown or Markdown to cards, for the leaf's note. */
  async toggle(leaf: WorkspaceLeaf): Promise<void> {
    if (leaf.view instanceof ThreadView) await this.showMarkdown(leaf);
    else if (leaf.view instanceof MarkdownView && this.isCapture(leaf.view)) await this.showCards(leaf);
  }

  async showMarkdown(leaf: WorkspaceLeaf): Promise<void> {
    const view = leaf.view;
    if (!(view instanceof ThreadView) || !view.file) return;
    const path = view.file.path;
    let chosen = this.markdownChosen.get(leaf);
    if (!chosen) this.markdownChosen.set(leaf, (chosen = new Set()));
    chosen.add(path);
    await this.switchLeaf(leaf, 'markdown', { ...view.getState(), file: path });
  }

  async showCards(leaf: WorkspaceLeaf): Promise<void> {
    const view = leaf.view;
    if (!(view instanceof MarkdownView) || !view.file) return;
    const path = view.file.path;
    this.markdownChosen.get(leaf)?.delete(path);
    await this.switchLeaf(leaf, VIEW_TYPE_CARDS, { file: path });
  }

  private async switchLeaf(leaf: WorkspaceLeaf, type: string, state: Record<string, unknown>): Promise<void> {
    if (this.switching.has(leaf)) return;
    this.switching.add(leaf);
    try {
      await leaf.setViewState({ type, state, pinned: leaf.getViewState().pinned });
    } finally {
      this.switching.delete(leaf);
    }
  }

  private async openAsCardsIfCapture(leaf: WorkspaceLeaf): Promise<void> {
    const view = leaf.view;
    if (!this.plugin.settings.openAsCards || !(view instanceof MarkdownView) || !view.file) return;
    if (this.markdownChosen.get(leaf)?.has(view.file.path)) return;
    if (this.isCapture(view)) await this.showCards(leaf);
  }

  private isCapture(view: MarkdownView): boolean {
    if (!view.file || view.file.extension !== 'md') return false;
    const text = view.getViewData();
    const last = this.detected.get(view);
    if (last && last.text === text) return last.isCapture;
    const isCapture = detectCapture(text).isCapture;
    this.detected.set(view, { text, isCapture });
    return isCapture;
  }

  /** Adds the header button to Markdown views of captures, removes it where it no longer belongs. */
  private refreshActions(): void {
    this.forEachMarkdownView((view) => {
      const button = this.actions.get(view);
      const wanted = this.isCapture(view);
      if (wanted && !button) {
        this.actions.set(view, view.addAction('messages-square', 'Open as cards', () => void this.showCards(view.leaf)));
      } else if (!wanted && button) {
        button.remove();
        this.actions.delete(view);
      }
    });
  }

  private forEachMarkdownView(callback: (view: MarkdownView) => void): void {
    this.plugin.app.workspace.iterateAllLeaves((leaf) => {
      if (leaf.view instanceof MarkdownView) callback(leaf.view);
    });
  }

  private renamed(oldPath: string, newPath: string): void {
    this.plugin.app.workspace.iterateAllLeaves((leaf) => {
      const chosen = this.markdownChosen.get(leaf);
      if (chosen?.delete(oldPath)) chosen.add(newPath);
    });
  }

  private uninstall(): void {
    this.forEachMarkdownView((view) => {
      this.actions.get(view)?.remove();
      this.actions.delete(view);
    });
    // Leave the notes open, as Markdown: a card view without its plugin would be an empty tab.
    for (const leaf of this.plugin.app.workspace.getLeavesOfType(VIEW_TYPE_CARDS)) {
      const state = leaf.view.getState();
      void leaf.setViewState({ type: 'markdown', state, pinned: leaf.getViewState().pinned });
    }
  }
}

/**
 * Installs the switching and the "Toggle card view" command (cards and Markdown, active note).
 * Call after registering the card view, so on unload the leaves go back to Markdown before the
 * view type disappears.
 */
export function registerViewSwitching(plugin: XCapturePluginApi, switcher: ThreadViewSwitcher): void {
  switcher.install();
  plugin.addCommand({
    id: 'toggle-card-view',
    name: 'Toggle card view',
    checkCallback: (checking) => {
      const leaf = plugin.app.workspace.getMostRecentLeaf();
      if (!leaf || !switcher.canToggle(leaf)) return false;
      if (!checking) void switcher.toggle(leaf);
      return true;
    },
  });
}
