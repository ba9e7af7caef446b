import { type App, PluginSettingTab, Setting } from 'obsidian';
import { DEFAULT_SETTINGS, LANGUAGE_MODES, type LanguageMode } from '../settings';
import type { XCapturePluginApi } from './plugin-api';

const MODE_LABELS: Record<LanguageMode, string> = {
  original: 'Original',
  translation: 'Translation',
  both: 'Both',
};

const folderList = (value: string): string[] =>
  value
    .split(/[\n,]/)
    .map((s) => s.trim().replace(/^\/+|\/+$/g, ''))
    .filter(Boolean);

/** The settings tab: every setting of the plugin, in sentence case, grouped by feature. */
export class XCaptureSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly plugin: XCapturePluginApi,
  ) {
    super(app, plugin);
  }

  override display(): void {
    const { containerEl } = this;
    const s = this.plugin.settings;
    const save = async (): Promise<void> => this.plugin.saveSettings();
    containerEl.empty();

    new Setting(containerEl).setName('Cards').setHeading();
    new Setting(containerEl)
      .setName('Open captures as cards')
      .setDesc('Notes detected as X captures open in the card view. The Markdown stays one click away.')
      .addToggle((t) =>
        t.setValue(s.openAsCards).onChange(async (v) => {
          s.openAsCards = v;
          await save();
        }),
      );
    new Setting(containerEl)
      .setName('Default language')
      .setDesc('What cards show for posts that carry a translation, until you choose for a note.')
      .addDropdown((d) => {
        for (const mode of LANGUAGE_MODES) d.addOption(mode, MODE_LABELS[mode]);
        d.setValue(s.defaultLanguageMode).onChange(async (v) => {
          s.defaultLanguageMode = v as LanguageMode;
          await save();
        });
      });
    new Setting(containerEl)
      .setName('Hide promoted posts')
      .setDesc('Leave ads out of the cards entirely instead of showing them collapsed.')
      .addToggle((t) =>
        t.setValue(s.hideAds).onChange(async (v) => {
          s.hideAds = v;
          await save();
        }),
      );

    new Setting(containerEl).setName('Tags').setHeading();
    new Setting(containerEl)
      .setName('Site tag')
      .setDesc('The tag that replaces the clipper\'s site label ("X (formerly Twitter)"). Leave empty to drop the label.')
      .addText((t) =>
        t.setPlaceholder(DEFAULT_SETTINGS.siteTag).setValue(s.siteTag).onChange(async (v) => {
          s.siteTag = v.trim();
          await save();
        }),
      );
    new Setting(containerEl)
      .setName('Replacement character')
      .setDesc('Put in place of spaces and punctuation that a tag cannot hold.')
      .addText((t) =>
        t.setPlaceholder('-').setValue(s.tagReplacement).onChange(async (v) => {
          s.tagReplacement = v;
          await save();
        }),
      );
    new Setting(containerEl)
      .setName('Lower-case tags')
      .setDesc('Write every normalized tag in lower case.')
      .addToggle((t) =>
        t.setValue(s.lowercaseTags).onChange(async (v) => {
          s.lowercaseTags = v;
          await save();
        }),
      );
    new Setting(containerEl)
      .setName('Drop numeric tags')
      .setDesc('Remove tags made only of digits, which Obsidian does not accept.')
      .addToggle((t) =>
        t.setValue(s.dropNumericTags).onChange(async (v) => {
          s.dropNumericTags = v;
          await save();
        }),
      );
    new Setting(containerEl)
      .setName('Hashtag prefix')
      .setDesc('Put before tags that came from hashtags in the clipper\'s tag line, for example "topic/". Empty for none.')
      .addText((t) =>
        t.setValue(s.hashtagPrefix).onChange(async (v) => {
          s.hashtagPrefix = v.trim();
          await save();
        }),
      );

    new Setting(containerEl).setName('Related captures').setHeading();
    new Setting(containerEl)
      .setName('Only these folders')
      .setDesc('Folders to index, one per line. Empty: the whole vault.')
      .addTextArea((t) =>
        t.setValue(s.includeFolders.join('\n')).onChange(async (v) => {
          s.includeFolders = folderList(v);
          await save();
        }),
      );
    new Setting(containerEl)
      .setName('Skip these folders')
      .setDesc('Folders never indexed, one per line.')
      .addTextArea((t) =>
        t.setValue(s.excludeFolders.join('\n')).onChange(async (v) => {
          s.excludeFolders = folderList(v);
          await save();
        }),
      );
    new Setting(containerEl)
      .setName('Captures linking to other notes')
      .setDesc('For a note that is not a capture, list the captures that link to it.')
      .addToggle((t) =>
        t.setValue(s.showBacklinkedCaptures).onChange(async (v) => {
          s.showBacklinkedCaptures = v;
          await save();
        }),
      );
  }
}
