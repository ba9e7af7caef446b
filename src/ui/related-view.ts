import { debounce, ItemView, TFile, type Events, type WorkspaceLeaf } from 'obsidian';
import { REASON_KINDS, reasonDescription, type CaptureSummary, type ReasonKind, type RelatedResult } from '../core/related';
import { SETTINGS_CHANGED_EVENT, type XCapturePluginApi } from './plugin-api';
import { REASON_NAMES, reasonChip } from './related-labels';
import { INDEX_UPDATED, type VaultIndex } from './vault-index';

export const VIEW_TYPE_RELATED = 'x-capture-related';
export const RELATED_ICON = 'waypoints';

/** Results asked of the index per note. */
const RESULT_LIMIT = 50;
/** Wait after the active note or the index changed before rendering again. */
const REFRESH_MS = 150;

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');

/**
 * The "Related captures" side panel: follows the active note and lists the captures related to
 * it with their reasons, filterable by reason; for a note that is not a capture, the captures
 * linking to it. Click opens (Ctrl/Cmd or middle click: a new tab), hover previews, dragging
 * into a note inserts a link.
 */
export class RelatedView extends ItemView {
  private current: string | null = null;
  private readonly filter = new Set<ReasonKind>();
  // Not reset by each call: while the index builds, the panel still shows its progress.
  private readonly refreshSoon = debounce(() => this.refresh(), REFRESH_MS, false);

  constructor(
    leaf: WorkspaceLeaf,
    private readonly plugin: XCapturePluginApi,
    private readonly vaultIndex: VaultIndex,
  ) {
    super(leaf);
    this.icon = RELATED_ICON;
  }

  getViewType(): string {
    return VIEW_TYPE_RELATED;
  }

  getDisplayText(): string {
    return 'Related captures';
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass('x-cap-related');
    const { workspace } = this.app;
    this.registerEvent(workspace.on('file-open', () => this.refreshSoon()));
    this.registerEvent(this.vaultIndex.on(INDEX_UPDATED, () => this.refreshSoon()));
    // The plugin's own workspace event is not among Workspace.on's typed names.
    const events: Events = workspace;
    this.registerEvent(events.on(SETTINGS_CHANGED_EVENT, () => this.refreshSoon()));
    this.registerDomEvent(this.contentEl, 'click', (evt) => this.onClick(evt));
    this.registerDomEvent(this.contentEl, 'auxclick', (evt) => {
      if (evt.button === 1) this.onClick(evt);
    });
    this.registerDomEvent(this.contentEl, 'keydown', (evt) => {
      if ((evt.key === 'Enter' || evt.key === ' ') && this.itemOf(evt)) this.onClick(evt);
    });
    this.registerDomEvent(this.contentEl, 'mouseover', (evt) => this.onHover(evt));
    this.registerDomEvent(this.contentEl, 'dragstart', (evt) => this.onDragStart(evt));
    this.refresh();
  }

  override async onClose(): Promise<void> {
    this.refreshSoon.cancel();
  }

  /** Renders the panel for the active note now. */
  refresh(): void {
    const file = this.app.workspace.getActiveFile();
    const path = file && file.extension === 'md' ? file.path : null;
    if (path !== this.current) this.filter.clear();
    this.current = path;
    const root = this.contentEl;
    root.empty();
    if (path === null) {
      this.empty(root, 'Open a note to see the captures related to it.');
      return;
    }
    const progress = this.vaultIndex.progress;
    if (this.vaultIndex.has(path)) this.renderRelated(root, path);
    else if (progress.state !== 'ready') this.renderProgress(root, 'Indexing captures…');
    else this.renderNotACapture(root, path);
    if (progress.state === 'indexing' && this.vaultIndex.has(path)) this.renderProgress(root, 'Still indexing; more may appear.');
  }

  private empty(root: HTMLElement, text: string): HTMLElement {
    return root.createDiv({ cls: 'pane-empty x-cap-related-empty', text });
  }

  private renderProgress(root: HTMLElement, text: string): void {
    const { done, total } = this.vaultIndex.progress;
    const box = this.empty(root, text);
    box.addClass('x-cap-related-indexing');
    if (total > 0) {
      box.createEl('progress', { cls: 'x-cap-related-progress', attr: { value: done, max: total, 'aria-label': `Indexing: ${done} of ${total} notes` } });
      box.createDiv({ cls: 'x-cap-related-progress-text', text: `${done.toLocaleString()} of ${total.toLocaleString()} notes` });
    }
  }

  private renderNotACapture(root: HTMLElement, path: string): void {
    const inFolders = this.vaultIndex.inFolders(path);
    this.empty(root, inFolders ? 'This note is not an X capture.' : 'This note is in a folder the related-captures index skips (see the settings).');
    if (!this.plugin.settings.showBacklinkedCaptures) return;
    const linking = this.vaultIndex.linkingTo(path);
    if (linking.length === 0) return;
    root.createDiv({ cls: 'x-cap-related-count', text: `${linking.length} ${linking.length === 1 ? 'capture links' : 'captures link'} to this note` });
    const list = root.createDiv({ cls: 'x-cap-related-list' });
    for (const c of linking) this.renderItem(list, c.path, c);
  }

  private renderRelated(root: HTMLElement, path: string): void {
    const results = this.vaultIndex.related(path, { limit: RESULT_LIMIT });
    if (results.length === 0) {
      this.empty(root, 'No related captures: no other capture shares its conversation, author, people, tags or words.');
      return;
    }
    const shown = this.filter.size === 0 ? results : results.filter((r) => r.reasons.some((x) => this.filter.has(x.kind)));
    const count = shown.length === results.length ? `${results.length}` : `${shown.length} of ${results.length}`;
    root.createDiv({ cls: 'x-cap-related-count', text: `${count} related ${results.length === 1 ? 'capture' : 'captures'}` });
    this.renderFilters(root, results);
    const list = root.createDiv({ cls: 'x-cap-related-list' });
    for (const r of shown) this.renderItem(list, r.path, r);
  }

  private renderFilters(root: HTMLElement, results: RelatedResult[]): void {
    const bar = root.createDiv({ cls: 'x-cap-related-filters', attr: { role: 'group', 'aria-label': 'Filter by reason' } });
    for (const kind of REASON_KINDS) {
      const n = results.filter((r) => r.reasons.some((x) => x.kind === kind)).length;
      if (n === 0) continue;
      const on = this.filter.has(kind);
      bar.createEl('button', {
        cls: `x-cap-related-filter x-cap-related-reason-${kind}${on ? ' is-active' : ''}`,
        text: `${REASON_NAMES[kind]} ${n}`,
        attr: { 'aria-pressed': on ? 'true' : 'false', 'data-reason': kind },
      });
    }
  }

  private renderItem(list: HTMLElement, path: string, c: CaptureSummary & Partial<RelatedResult>): void {
    const item = list.createDiv({
      cls: 'x-cap-related-item tree-item-self is-clickable',
      attr: { 'data-path': path, draggable: 'true', tabindex: '0', role: 'link' },
    });
    item.createDiv({ cls: 'x-cap-related-title', text: c.title ?? basename(path) });
    const meta = [c.author.handle ? `@${c.author.handle}` : c.author.name, c.date].filter(Boolean).join(' · ');
    if (meta) item.createDiv({ cls: 'x-cap-related-meta', text: meta });
    if (c.excerpt) item.createDiv({ cls: 'x-cap-related-excerpt', text: c.excerpt });
    if (!c.reasons) return;
    const chips = item.createDiv({ cls: 'x-cap-related-reasons' });
    for (const reason of c.reasons) {
      chips.createSpan({ cls: `x-cap-related-reason x-cap-related-reason-${reason.kind}`, text: reasonChip(reason), attr: { 'aria-label': reasonDescription(reason) } });
    }
  }

  /**
   * The element of the panel an event happened in, found with Obsidian's cross-window checks:
   * in a popout window, the panel's nodes are not instances of the main window's HTMLElement.
   */
  private closest(evt: UIEvent, selector: string): HTMLElement | null {
    const target = evt.targetNode;
    return target?.instanceOf(HTMLElement) ? target.closest<HTMLElement>(selector) : null;
  }

  private itemOf(evt: UIEvent): HTMLElement | null {
    return this.closest(evt, '.x-cap-related-item');
  }

  private onClick(evt: MouseEvent | KeyboardEvent): void {
    const filter = this.closest(evt, '.x-cap-related-filter');
    const kind = filter?.dataset.reason as ReasonKind | undefined;
    if (kind) {
      if (this.filter.has(kind)) this.filter.delete(kind);
      else this.filter.add(kind);
      this.refresh();
      return;
    }
    const item = this.itemOf(evt);
    const path = item?.dataset.path;
    if (!path) return;
    evt.preventDefault();
    const newTab = evt.ctrlKey || evt.metaKey || (evt.instanceOf(MouseEvent) && evt.button === 1);
    void this.app.workspace.openLinkText(path, this.current ?? '', newTab ? 'tab' : false);
  }

  private onHover(evt: MouseEvent): void {
    const item = this.itemOf(evt);
    const path = item?.dataset.path;
    if (!item || !path) return;
    // Moving between the item's own children is not a new hover. The item's own window's Node:
    // the panel may sit in a popout window.
    const from = evt.relatedTarget;
    if (from instanceof (item.win as typeof window).Node && item.contains(from)) return;
    this.app.workspace.trigger('hover-link', { event: evt, source: VIEW_TYPE_RELATED, hoverParent: this.leaf, targetEl: item, linktext: path, sourcePath: this.current ?? '' });
  }

  private onDragStart(evt: DragEvent): void {
    const path = this.itemOf(evt)?.dataset.path;
    const file = path ? this.app.vault.getAbstractFileByPath(path) : null;
    if (!(file instanceof TFile) || !evt.dataTransfer) return;
    evt.dataTransfer.setData('text/plain', this.app.fileManager.generateMarkdownLink(file, this.current ?? ''));
    evt.dataTransfer.effectAllowed = 'copyLink';
  }
}
