/**
 * A typed fake of the Obsidian API for tests (vitest aliases 'obsidian' here; browser harnesses
 * bundle it in place of the app). Same names and signatures as obsidian.d.ts for what the plugin
 * uses; members not in the real API are marked "Test helper" or "Fake-internal".
 * Extend it additively: add the member to the class that has it in obsidian.d.ts, add its name
 * to the class's `implements Pick<...>` list, and cover it in fake.test.ts.
 */
import './dom-helpers';

export { App, Commands, FileManager, SettingsWindow } from './app';
export { Component, fakeStats } from './component';
export { Editor } from './editor';
export { Events, listenerErrors, type FakeEventRef } from './events';
export { debounce, getLanguage, getLinkpath, normalizePath, parseLinktext, Platform, setIcon, setLanguage, setTooltip } from './functions';
export { computeCache, MetadataCache } from './metadata-cache';
export { loadPlugin, Plugin, TEST_MANIFEST } from './plugin';
export { Scope } from './scope';
export {
  AbstractTextComponent, BaseComponent, ButtonComponent, DropdownComponent, ExtraButtonComponent, SearchComponent, Setting,
  SliderComponent, TextAreaComponent, TextComponent, ToggleComponent, ValueComponent,
} from './setting';
export { PluginSettingTab, SettingTab } from './setting-tab';
export { Menu, MenuItem, Modal, Notice } from './ui';
export { TAbstractFile, TFile, TFolder, Vault } from './vault';
export { EditableFileView, EmptyView, FileView, ItemView, MarkdownView, TextFileView, View } from './views';
export { Workspace, WorkspaceLeaf } from './workspace';
