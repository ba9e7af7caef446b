import type { Plugin } from 'obsidian';
import type { XCaptureSettings } from '../settings';

/** What feature modules need from the plugin, without importing main.ts (no cycles). */
export interface XCapturePluginApi extends Plugin {
  settings: XCaptureSettings;
  /** Persists `settings` and tells every open view to re-read them. */
  saveSettings(): Promise<void>;
}

/** Workspace event fired after settings change, so open views can refresh. */
export const SETTINGS_CHANGED_EVENT = 'x-capture-cards:settings-changed';
