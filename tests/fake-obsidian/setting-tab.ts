import type * as O from 'obsidian';
import type { App } from './app';

/** Obsidian's SettingTab: `display()` fills `containerEl`; `hide()` empties it. */
export abstract class SettingTab implements Pick<O.SettingTab, 'icon' | 'containerEl' | 'display' | 'hide'> {
  icon = 'settings';
  app: App;
  containerEl: HTMLElement;
  /** Fake-internal: the owning plugin's id (for app.setting.openTabById). */
  _pluginId = '';

  constructor(app: O.App) {
    this.app = app as unknown as App;
    this.containerEl = activeDocument.createElement('div');
    this.containerEl.addClass('vertical-tab-content');
  }

  abstract display(): void;

  hide(): void {
    this.containerEl.empty();
  }
}

export abstract class PluginSettingTab extends SettingTab {
  plugin: O.Plugin;

  constructor(app: O.App, plugin: O.Plugin) {
    super(app);
    this.plugin = plugin;
    this._pluginId = plugin.manifest.id;
  }
}
