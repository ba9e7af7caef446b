import type * as O from 'obsidian';
import type { App } from './app';
import { Component } from './component';
import type { SettingTab } from './setting-tab';

/** The manifest the fake uses when a test does not pass one. */
export const TEST_MANIFEST: O.PluginManifest = Object.freeze({
  id: 'test-plugin',
  name: 'Test plugin',
  author: 'Tests',
  version: '0.0.0',
  minAppVersion: '1.0.0',
  description: 'A plugin under test.',
});

/**
 * Obsidian's Plugin. Everything it registers (commands, views, extensions, ribbon icons, setting
 * tabs, hover sources, events) is undone on unload, as in the app.
 */
export abstract class Plugin extends Component implements Pick<O.Plugin,
  'addRibbonIcon' | 'addStatusBarItem' | 'addCommand' | 'removeCommand' | 'addSettingTab' | 'registerView' |
  'registerHoverLinkSource' | 'registerExtensions' | 'loadData' | 'saveData' | 'onUserEnable'> {
  app: App;
  manifest: O.PluginManifest;
  /** Test helper: what the plugin registered that has no other place in the fake. */
  readonly registered = { postProcessors: [] as unknown[], codeBlockLanguages: [] as string[], editorExtensions: [] as unknown[], protocolHandlers: [] as string[] };

  constructor(app: O.App, manifest: O.PluginManifest) {
    super();
    this.app = app as unknown as App;
    this.manifest = manifest;
  }

  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the signature of obsidian.d.ts: plugins may load asynchronously
  override onload(): Promise<void> | void {}

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.app.workspace.containerEl.createDiv({ cls: 'side-dock-ribbon-action clickable-icon', attr: { 'aria-label': title } });
    el.createSpan({ cls: 'fake-icon', attr: { 'data-icon': icon } });
    el.addEventListener('click', callback);
    this.register(() => el.detach());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = this.app.workspace.containerEl.createDiv({ cls: 'status-bar-item' });
    this.register(() => el.detach());
    return el;
  }

  addCommand(command: O.Command): O.Command {
    const id = `${this.manifest.id}:${command.id}`;
    if (this.app.commands.commands[id]) throw new Error(`Command '${id}' already exists`);
    command.id = id;
    this.app.commands.commands[id] = command;
    this.register(() => this.removeCommand(id));
    return command;
  }

  removeCommand(commandId: string): void {
    const id = commandId.includes(':') ? commandId : `${this.manifest.id}:${commandId}`;
    delete this.app.commands.commands[id];
  }

  addSettingTab(settingTab: O.PluginSettingTab): void {
    const tab = settingTab as unknown as SettingTab;
    const tabs = this.app.setting.tabs;
    tabs.push(tab);
    this.register(() => {
      if (this.app.setting.activeTab === tab) this.app.setting.close();
      tabs.splice(tabs.indexOf(tab), 1);
    });
  }

  registerView(type: string, viewCreator: O.ViewCreator): void {
    this.app.workspace._registerView(type, viewCreator);
    this.register(() => this.app.workspace._unregisterView(type));
  }

  registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
    this.app.workspace._hoverLinkSources.set(id, info);
    this.register(() => this.app.workspace._hoverLinkSources.delete(id));
  }

  registerExtensions(extensions: string[], viewType: string): void {
    this.app.workspace._registerExtensions(extensions, viewType);
    this.register(() => this.app.workspace._unregisterExtensions(extensions));
  }

  registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor): O.MarkdownPostProcessor {
    this.registered.postProcessors.push(postProcessor);
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(language: string): void {
    this.registered.codeBlockLanguages.push(language);
  }

  registerEditorExtension(extension: unknown): void {
    this.registered.editorExtensions.push(extension);
  }

  registerObsidianProtocolHandler(action: string): void {
    this.registered.protocolHandlers.push(action);
  }

  /** The plugin's data.json (null when it has none), a fresh copy each time. */
  async loadData(): Promise<unknown> {
    const json = this.app.pluginData.get(this.manifest.id);
    return json === undefined ? null : JSON.parse(json);
  }

  /** Stored as JSON, as Obsidian writes data.json (so non-JSON values do not survive). */
  async saveData(data: unknown): Promise<void> {
    this.app.pluginData.set(this.manifest.id, JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {}
}

/**
 * Test helper: constructs a plugin class (written against the real API) with the fake app,
 * loads it and waits for its async onload.
 */
export async function loadPlugin<P extends O.Plugin>(
  PluginClass: new (app: O.App, manifest: O.PluginManifest) => P,
  app: App,
  manifest: O.PluginManifest = TEST_MANIFEST,
): Promise<P> {
  const plugin = new PluginClass(app as unknown as O.App, manifest);
  plugin.load();
  await (plugin as unknown as Component)._onloadResult;
  return plugin;
}
