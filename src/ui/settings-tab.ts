import { type App, PluginSettingTab, Setting } from 'obsidian';
import { DEFAULT_SETTINGS, LANGUAGE_MODES, type LanguageMode, type XCaptureSettings } from '../settings';
import type { XCapturePluginApi } from './plugin-api';

const MODE_LABELS: Record<LanguageMode, string> = {
  original: 'Original',
  translation: 'Translation',
  both: 'Both',
};

/** The settings of exactly type T, so a control can only be bound to a setting that holds what it gives. */
type KeysOf<T> = { [K in keyof XCaptureSettings]: XCaptureSettings[K] extends T ? (T extends XCaptureSettings[K] ? K : never) : never }[keyof XCaptureSettings];

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
    containerEl.empty();

    new Setting(containerEl).setName('Cards').setHeading();
    this.toggle('openAsCards', 'Open captures as cards', 'Notes detected as X captures open in the card view. The Markdown stays one click away.');
    new Setting(containerEl)
      .setName('Default language')
      .setDesc('What cards show for posts that carry a translation, until you choose for a note.')
      .addDropdown((d) => {
        for (const mode of LANGUAGE_MODES) d.addOption(mode, MODE_LABELS[mode]);
        d.setValue(s.defaultLanguageMode).onChange(async (v) => {
          s.defaultLanguageMode = v as LanguageMode;
          await this.plugin.saveSettings();
        });
      });
    this.toggle('hideAds', 'Hide promoted posts', 'Leave ads out of the cards entirely instead of showing them collapsed.');

    new Setting(containerEl).setName('Tags').setHeading();
    this.text('siteTag', 'Site tag', 'The tag that replaces the clipper\'s site label ("X (formerly Twitter)"). Leave empty to drop the label.', DEFAULT_SETTINGS.siteTag, (v) => v.trim());
    this.text('tagReplacement', 'Replacement character', 'Put in place of spaces and punctuation that a tag cannot hold.', DEFAULT_SETTINGS.tagReplacement, (v) => v);
    this.toggle('lowercaseTags', 'Lower-case tags', 'Write every normalized tag in lower case.');
    this.toggle('dropNumericTags', 'Drop numeric tags', 'Remove tags made only of digits, which Obsidian does not accept.');
    this.text('hashtagPrefix', 'Hashtag prefix', 'Put before tags that came from hashtags in the clipper\'s tag line, for example "topic/". Empty for none.', '', (v) => v.trim());

    new Setting(containerEl).setName('Related captures').setHeading();
    this.folders('includeFolders', 'Only these folders', 'Folders to index, one per line. Empty: the whole vault.');
    this.folders('excludeFolders', 'Skip these folders', 'Folders never indexed, one per line.');
    this.toggle('showBacklinkedCaptures', 'Captures linking to other notes', 'For a note that is not a capture, list the captures that link to it.');
  }

  private toggle(key: KeysOf<boolean>, name: string, desc: string): void {
    const s = this.plugin.settings;
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(desc)
      .addToggle((t) =>
        t.setValue(s[key]).onChange(async (v) => {
          s[key] = v;
          await this.plugin.saveSettings();
        }),
      );
  }

  /** A one-line text setting; `clean` turns what was typed into the stored value. */
  private text(key: KeysOf<string>, name: string, desc: string, placeholder: string, clean: (value: string) => string): void {
    const s = this.plugin.settings;
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((t) =>
        t.setPlaceholder(placeholder).setValue(s[key]).onChange(async (v) => {
          s[key] = clean(v);
          await this.plugin.saveSettings();
        }),
      );
  }

  private folders(key: KeysOf<string[]>, name: string, desc: string): void {
    const s = this.plugin.settings;
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(desc)
      .addTextArea((t) =>
        t.setValue(s[key].join('\n')).onChange(async (v) => {
          s[key] = folderList(v);
          await this.plugin.saveSettings();
        }),
      );
  }
}
