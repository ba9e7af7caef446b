import { getLanguage, TextFileView, type Editor, type Events, type MarkdownFileInfo, type TAbstractFile, type WorkspaceLeaf } from 'obsidian';
import { parseCapture } from '../core/parse';
import { tagOptionsFromSettings } from '../core/tags';
import type { CaptureReport } from '../core/types';
import { renderCapture, type RenderHandle } from '../render';
import type { LanguageMode } from '../settings';
import { modeFor, rememberMode } from './language-modes';
import { SETTINGS_CHANGED_EVENT, type XCapturePluginApi } from './plugin-api';

export const VIEW_TYPE_CARDS = 'x-capture-cards-view';

/** What the card view asks of whoever switches leaves between cards and Markdown. */
export interface CardLeafSwitcher {
  /** Shows the leaf's note as Markdown and remembers that choice for the leaf. */
  showMarkdown(leaf: WorkspaceLeaf): Promise<void>;
}

/**
 * A capture as threaded cards (read-only). The note's text arrives through setViewData: when the
 * file loads, when the vault says it changed, and at each keystroke in a Markdown editor on the
 * same note ('editor-change'), so edits show at once. Parsing happens here and nowhere else.
 */
export class ThreadView extends TextFileView {
  private handle: RenderHandle | null = null;
  /** The settings the cards were drawn with; a change in them means drawing again. */
  private renderedWith = '';

  constructor(
    leaf: WorkspaceLeaf,
    private readonly plugin: XCapturePluginApi,
    private readonly switcher: CardLeafSwitcher,
  ) {
    super(leaf);
    this.icon = 'messages-square';
  }

  getViewType(): string {
    return VIEW_TYPE_CARDS;
  }

  override getDisplayText(): string {
    return this.file?.basename ?? 'X capture';
  }

  override canAcceptExtension(extension: string): boolean {
    return extension === 'md';
  }

  override onload(): void {
    super.onload();
    this.contentEl.addClass('x-cap-view');
    this.addAction('file-text', 'Open as Markdown', () => void this.switcher.showMarkdown(this.leaf));
    const { workspace, vault } = this.app;
    // The plugin's own workspace event is not among Workspace.on's typed names.
    const events: Events = workspace;
    this.registerEvent(events.on(SETTINGS_CHANGED_EVENT, () => this.applySettings()));
    this.registerEvent(
      workspace.on('editor-change', (editor: Editor, info: MarkdownFileInfo) => {
        if (info.file && info.file === this.file) this.update(editor.getValue());
      }),
    );
    // Obsidian also reloads text views on outside changes; reading here keeps the cards current
    // whichever way the file changed.
    this.registerEvent(
      vault.on('modify', (file: TAbstractFile) => {
        if (file !== this.file) return;
        const current = this.file;
        void vault.cachedRead(current).then((text) => {
          if (this.file === current) this.update(text);
        });
      }),
    );
  }

  override onunload(): void {
    this.clear();
  }

  getViewData(): string {
    return this.data;
  }

  setViewData(data: string, clear: boolean): void {
    this.data = data;
    this.draw(clear);
  }

  clear(): void {
    this.handle?.destroy();
    this.handle = null;
    this.renderedWith = '';
    this.contentEl.empty();
  }

  /** The view never edits the note, so it never writes it (not even unchanged text on close). */
  override async save(): Promise<void> {}

  /** The language mode of the note shown. */
  get mode(): LanguageMode {
    return this.file ? modeFor(this.plugin.settings, this.file.path) : this.plugin.settings.defaultLanguageMode;
  }

  /** Shows the note in `mode` and remembers it for the note. */
  async setMode(mode: LanguageMode): Promise<void> {
    this.handle?.setMode(mode);
    if (this.file) await rememberMode(this.plugin, this.file.path, mode);
  }

  private update(text: string): void {
    if (text === this.data) return;
    this.setViewData(text, false);
  }

  private settingsKey(): string {
    const s = this.plugin.settings;
    return JSON.stringify([s.hideAds, tagOptionsFromSettings(s)]);
  }

  private applySettings(): void {
    if (this.settingsKey() !== this.renderedWith) this.draw(false);
    else if (this.handle && this.handle.mode !== this.mode) this.handle.setMode(this.mode);
  }

  private draw(loading: boolean): void {
    const scrollTop = this.contentEl.scrollTop;
    this.clear();
    const file = this.file;
    if (!file) return;
    const report: CaptureReport = parseCapture(this.data, file.path, tagOptionsFromSettings(this.plugin.settings));
    if (!report.isCapture) {
      // Opening a note that is not a capture: it belongs in the editor. After an edit that made
      // it stop being one: say so, and leave the switch to the reader.
      if (loading) void this.switcher.showMarkdown(this.leaf);
      else this.drawNotACapture();
      return;
    }
    this.renderedWith = this.settingsKey();
    this.handle = renderCapture(this.contentEl, report, {
      mode: this.mode,
      hideAds: this.plugin.settings.hideAds,
      locale: getLanguage(),
      onModeChange: (mode) => void this.setMode(mode),
      // Large captures render in slices: restore the reader's place once every card exists.
      onComplete: loading ? undefined : () => (this.contentEl.scrollTop = scrollTop),
    });
    if (!loading) this.contentEl.scrollTop = scrollTop;
  }

  private drawNotACapture(): void {
    const empty = this.contentEl.createDiv({ cls: 'pane-empty' });
    empty.createEl('p', { text: 'This note is no longer an X capture.' });
    const button = empty.createEl('button', { text: 'Open as Markdown' });
    button.addEventListener('click', () => void this.switcher.showMarkdown(this.leaf));
  }
}
