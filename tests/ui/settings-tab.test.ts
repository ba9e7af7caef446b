// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import XCaptureCardsPlugin from '../../src/main';
import { App, loadPlugin } from '../fake-obsidian';

async function openTab(stored: unknown = {}): Promise<{ app: App; plugin: XCaptureCardsPlugin; el: HTMLElement }> {
  const app = new App();
  app.pluginData.set(manifest.id, JSON.stringify(stored));
  const plugin = await loadPlugin(XCaptureCardsPlugin, app, manifest);
  const el = app.setting.openTabById(manifest.id).containerEl;
  return { app, plugin, el };
}

const settingEl = (el: HTMLElement, name: string): HTMLElement => {
  const found = [...el.querySelectorAll<HTMLElement>('.setting-item')].find((s) => s.querySelector('.setting-item-name')?.textContent === name);
  if (!found) throw new Error(`no setting "${name}"`);
  return found;
};

const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string): void => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
};

const stored = (app: App): Record<string, unknown> => JSON.parse(app.pluginData.get(manifest.id) ?? '{}') as Record<string, unknown>;

describe('settings tab', () => {
  it('lists every setting under three headings, each name in sentence case', async () => {
    const { el } = await openTab();
    const names = [...el.querySelectorAll('.setting-item-name')].map((n) => n.textContent ?? '');
    expect(names).toEqual([
      'Cards', 'Open captures as cards', 'Default language', 'Hide promoted posts',
      'Tags', 'Site tag', 'Replacement character', 'Lower-case tags', 'Drop numeric tags', 'Hashtag prefix',
      'Related captures', 'Only these folders', 'Skip these folders', 'Captures linking to other notes',
    ]);
    for (const name of names) expect(name.slice(1)).toBe(name.slice(1).toLowerCase());
  });

  it('shows the stored values and saves what the reader changes, cleaned', async () => {
    const { app, plugin, el } = await openTab({ hideAds: true, siteTag: 'twitter', excludeFolders: ['Archive'] });
    const hide = settingEl(el, 'Hide promoted posts').querySelector<HTMLElement>('.checkbox-container');
    expect(hide?.getAttribute('aria-checked')).toBe('true');
    hide?.click();
    const site = settingEl(el, 'Site tag').querySelector('input');
    expect(site?.value).toBe('twitter');
    if (site) type(site, '  x  ');
    const skip = settingEl(el, 'Skip these folders').querySelector('textarea');
    expect(skip?.value).toBe('Archive');
    if (skip) type(skip, 'Archive/\n /Old , Trash\n\n');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(plugin.settings).toMatchObject({ hideAds: false, siteTag: 'x', excludeFolders: ['Archive', 'Old', 'Trash'] });
    expect(stored(app)).toMatchObject({ hideAds: false, siteTag: 'x', excludeFolders: ['Archive', 'Old', 'Trash'] });
  });
});
