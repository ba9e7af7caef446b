import type * as O from 'obsidian';
import type { Command } from 'obsidian';
import { MetadataCache } from './metadata-cache';
import { Scope } from './scope';
import type { SettingTab } from './setting-tab';
import { Vault, type TFile } from './vault';
import { MarkdownView } from './views';
import { Workspace } from './workspace';

/** Obsidian's FileManager over the fake vault (renames do not rewrite links). */
export class FileManager implements Pick<O.FileManager, 'getNewFileParent' | 'renameFile' | 'trashFile' | 'generateMarkdownLink' | 'promptForDeletion'> {
  constructor(private readonly app: App) {}

  getNewFileParent(): O.TFolder {
    return this.app.vault.getRoot();
  }

  async renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
    await this.app.vault.rename(file, newPath);
  }

  async trashFile(file: O.TAbstractFile): Promise<void> {
    await this.app.vault.trash(file);
  }

  async promptForDeletion(file: O.TAbstractFile): Promise<boolean> {
    await this.app.vault.trash(file);
    return true;
  }

  generateMarkdownLink(file: O.TFile, sourcePath: string, subpath = '', alias?: string): string {
    const target = this.app.metadataCache.fileToLinktext(file, sourcePath);
    return `[[${target}${subpath}${alias ? `|${alias}` : ''}]]`;
  }
}

/**
 * The command registry (Obsidian's internal app.commands). `executeCommandById` honours
 * checkCallback, editorCallback and editorCheckCallback the way the command palette does.
 */
export class Commands {
  readonly commands: Record<string, Command> = {};

  constructor(private readonly app: App) {}

  /** Test helper: the ids of every registered command. */
  listCommands(): string[] {
    return Object.keys(this.commands);
  }

  /** Test helper: a command by its full id or by the part after 'plugin-id:'. */
  find(id: string): Command | undefined {
    return this.commands[id] ?? Object.values(this.commands).find((c) => c.id.endsWith(`:${id}`));
  }

  /** Whether the palette would list the command now (the `checking` pass). */
  isAvailable(id: string): boolean {
    return this.run(id, true).ran;
  }

  executeCommandById(id: string): boolean {
    return this.run(id, false).ran;
  }

  /** Test helper: runs a command and waits for what its callback returned (async commands). */
  async runCommand(id: string): Promise<boolean> {
    const { ran, result } = this.run(id, false);
    await result;
    return ran;
  }

  private run(id: string, checking: boolean): { ran: boolean; result: unknown } {
    const cmd = this.find(id);
    if (!cmd) return { ran: false, result: undefined };
    if (cmd.editorCallback || cmd.editorCheckCallback) {
      const view = this.app.workspace.getActiveViewOfType(MarkdownView as unknown as O.Constructor<O.MarkdownView>);
      if (!view) return { ran: false, result: undefined };
      if (cmd.editorCheckCallback) {
        if (!cmd.editorCheckCallback(true, view.editor, view)) return { ran: false, result: undefined };
        return { ran: true, result: checking ? undefined : cmd.editorCheckCallback(false, view.editor, view) };
      }
      return { ran: true, result: checking ? undefined : cmd.editorCallback?.(view.editor, view) };
    }
    if (cmd.checkCallback) {
      if (!cmd.checkCallback(true)) return { ran: false, result: undefined };
      return { ran: true, result: checking ? undefined : cmd.checkCallback(false) };
    }
    if (!cmd.callback) return { ran: false, result: undefined };
    return { ran: true, result: checking ? undefined : cmd.callback() };
  }
}

/** The settings window (Obsidian's internal app.setting): plugin tabs, opened by a test helper. */
export class SettingsWindow {
  readonly tabs: SettingTab[] = [];
  activeTab: SettingTab | null = null;

  /** Test helper: shows a plugin's tab (display() into its containerEl) and returns it. */
  openTabById(pluginId: string): SettingTab {
    const tab = this.tabs.find((t) => t._pluginId === pluginId);
    if (!tab) throw new Error(`No settings tab for plugin '${pluginId}'`);
    this.activeTab?.hide();
    this.activeTab = tab;
    tab.display();
    return tab;
  }

  close(): void {
    this.activeTab?.hide();
    this.activeTab = null;
  }
}

/** The app: an in-memory vault, its metadata cache, a workspace, plus the internals plugins touch. */
export class App implements Pick<O.App, 'isDarkMode' | 'loadLocalStorage' | 'saveLocalStorage'> {
  vault: Vault;
  metadataCache: MetadataCache;
  workspace: Workspace;
  fileManager: FileManager;
  scope = new Scope();
  lastEvent: O.UserEvent | null = null;
  /** Internal registries (not in obsidian.d.ts, but exist in the app) used by the fake and tests. */
  readonly commands: Commands;
  readonly setting = new SettingsWindow();
  /** Fake-internal: each plugin's data.json, as JSON text. */
  readonly pluginData = new Map<string, string>();
  private readonly localStorage = new Map<string, unknown>();

  constructor(vaultName?: string) {
    this.vault = new Vault(vaultName);
    this.metadataCache = new MetadataCache(this.vault);
    this.workspace = new Workspace(this);
    this.fileManager = new FileManager(this);
    this.commands = new Commands(this);
  }

  isDarkMode(): boolean {
    return typeof activeDocument !== 'undefined' && activeDocument.body.hasClass('theme-dark');
  }

  loadLocalStorage(key: string): unknown {
    return this.localStorage.get(key) ?? null;
  }

  saveLocalStorage(key: string, data: unknown): void {
    if (data === null) this.localStorage.delete(key);
    else this.localStorage.set(key, data);
  }

  /** Test helper: opens a note in a leaf (the active one by default) and waits for it to load. */
  async openFile(path: string | TFile, newLeaf: O.PaneType | boolean = false): Promise<O.WorkspaceLeaf> {
    const file = typeof path === 'string' ? this.vault.getFileByPath(path) : path;
    if (!file) throw new Error(`No such file '${typeof path === 'string' ? path : path.path}'`);
    const leaf = this.workspace.getLeaf(newLeaf);
    await leaf.openFile(file);
    return leaf as unknown as O.WorkspaceLeaf;
  }

  /** Test helper: every listener still registered on the app's event emitters. */
  listenerCount(): number {
    const leaves = this.workspace.leaves.reduce((n, l) => n + l.listenerCount(), 0);
    return this.vault.listenerCount() + this.metadataCache.listenerCount() + this.workspace.listenerCount() + leaves;
  }
}
