import { Plugin } from 'obsidian';
import { migrateSettings, type XCaptureSettings } from './settings';
import { registerCleanupCommands } from './ui/cleanup-commands';
import { SETTINGS_CHANGED_EVENT, type XCapturePluginApi } from './ui/plugin-api';
import { registerRelatedCaptures } from './ui/related-captures';
import { registerThreadView } from './ui/register-thread-view';
import { XCaptureSettingTab } from './ui/settings-tab';

/** X Capture Cards: wires the features together; each feature lives in its own module. */
export default class XCaptureCardsPlugin extends Plugin implements XCapturePluginApi {
  override settings!: XCaptureSettings;

  override async onload(): Promise<void> {
    this.settings = migrateSettings(await this.loadData());
    this.addSettingTab(new XCaptureSettingTab(this.app, this));
    registerCleanupCommands(this);
    registerThreadView(this);
    registerRelatedCaptures(this);
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    this.app.workspace.trigger(SETTINGS_CHANGED_EVENT);
  }
}
