// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeStats, listenerErrors, Notice } from '../fake-obsidian';
import { action, cardsOf, createApp, isCards, markdownOf, open, PATHS, settle, startPlugin, visibleText } from './thread-view-harness';

const EN = 'Agreed. What about latency?';
const ZH = '同意。延迟怎么样？';

afterEach(() => {
  document.body.empty();
  Notice.messages.length = 0;
  expect(listenerErrors.splice(0)).toEqual([]);
});

describe('opening notes', () => {
  it('registers the view and its commands when the plugin loads', async () => {
    const { app } = await startPlugin();
    expect(app.commands.listCommands()).toEqual(
      expect.arrayContaining(['toggle-card-view', 'show-original', 'show-translation', 'show-both'].map((id) => `x-capture-cards:${id}`)),
    );
  });

  it('opens a capture as cards', async () => {
    const { app } = await startPlugin();
    const leaf = await open(app, PATHS.thread);
    expect(isCards(leaf)).toBe(true);
    const content = cardsOf(leaf).contentEl;
    expect(content.querySelectorAll('.x-cap-card').length).toBeGreaterThanOrEqual(4);
    expect(visibleText(content)).toContain('Small models are underrated.');
    expect(cardsOf(leaf).file?.path).toBe(PATHS.thread);
  });

  it('leaves a note that is not a capture in the editor, without a cards button', async () => {
    const { app } = await startPlugin();
    const leaf = await open(app, PATHS.article);
    expect(leaf.view.getViewType()).toBe('markdown');
    expect(action(leaf, 'Open as cards')).toBeNull();
  });

  it('sends a non-capture opened directly in the card view back to Markdown', async () => {
    const { app } = await startPlugin();
    const leaf = app.workspace.getLeaf(true);
    await leaf.setViewState({ type: 'x-capture-cards-view', state: { file: PATHS.article }, active: true });
    await settle(leaf);
    expect(leaf.view.getViewType()).toBe('markdown');
  });
});

describe('switching between cards and Markdown', () => {
  it('switches with the header buttons, and the Markdown choice sticks for that leaf only', async () => {
    const { app } = await startPlugin();
    const leaf = await open(app, PATHS.thread);
    action(leaf, 'Open as Markdown')?.click();
    await settle(leaf);
    expect(leaf.view.getViewType()).toBe('markdown');
    expect(markdownOf(leaf).editor.getValue()).toContain('Small models are underrated.');

    // Away and back in the same leaf: still Markdown. Another capture in that leaf: cards.
    await leaf.openFile(app.vault.getFileByPath(PATHS.other)!);
    await settle(leaf);
    expect(isCards(leaf)).toBe(true);
    await leaf.openFile(app.vault.getFileByPath(PATHS.thread)!);
    await settle(leaf);
    expect(leaf.view.getViewType()).toBe('markdown');

    // The same note in a new leaf opens as cards.
    const second = await open(app, PATHS.thread, true);
    expect(isCards(second)).toBe(true);

    app.workspace.setActiveLeaf(leaf as never);
    await settle(leaf);
    expect(leaf.view.getViewType()).toBe('markdown');
    action(leaf, 'Open as cards')?.click();
    await settle(leaf);
    expect(isCards(leaf)).toBe(true);
  });

  it('toggles with the command, both ways, only where it applies', async () => {
    const { app } = await startPlugin();
    const leaf = await open(app, PATHS.thread);
    expect(await app.commands.runCommand('toggle-card-view')).toBe(true);
    await settle(leaf);
    expect(leaf.view.getViewType()).toBe('markdown');
    expect(await app.commands.runCommand('toggle-card-view')).toBe(true);
    await settle(leaf);
    expect(isCards(leaf)).toBe(true);
    await open(app, PATHS.article);
    expect(app.commands.isAvailable('toggle-card-view')).toBe(false);
  });
});

describe('language modes', () => {
  it('shows the original, the translation or both, from the commands and the header control', async () => {
    const { app } = await startPlugin();
    const leaf = await open(app, PATHS.thread);
    const content = cardsOf(leaf).contentEl;
    expect(visibleText(content)).toContain(EN);
    expect(visibleText(content)).toContain(ZH);

    await app.commands.runCommand('show-original');
    expect(visibleText(content)).toContain(EN);
    expect(visibleText(content)).not.toContain(ZH);

    await app.commands.runCommand('show-translation');
    expect(visibleText(content)).not.toContain(EN);
    expect(visibleText(content)).toContain(ZH);

    content.querySelector<HTMLElement>('.x-cap-header [data-x-cap-mode="both"]')?.click();
    expect(visibleText(content)).toContain(EN);
    expect(visibleText(content)).toContain(ZH);
  });

  it('offers the language commands only in the card view', async () => {
    const { app } = await startPlugin();
    await open(app, PATHS.article);
    expect(app.commands.isAvailable('show-original')).toBe(false);
  });

  it('remembers the mode per note, in plugin data, and keeps it through a rename', async () => {
    const { app, plugin } = await startPlugin({ defaultLanguageMode: 'both' });
    const leaf = await open(app, PATHS.thread);
    await app.commands.runCommand('show-original');
    expect(plugin.settings.languageModes).toEqual({ [PATHS.thread]: 'original' });
    expect(JSON.parse(app.pluginData.get('x-capture-cards') ?? '{}')).toMatchObject({ languageModes: { [PATHS.thread]: 'original' } });

    const other = await open(app, PATHS.other, true);
    expect(cardsOf(other).mode).toBe('both');

    await app.vault.rename(app.vault.getFileByPath(PATHS.thread)!, 'Archive/renamed.md');
    await settle(leaf);
    expect(plugin.settings.languageModes).toEqual({ 'Archive/renamed.md': 'original' });
    leaf.detach();
    const reopened = await open(app, 'Archive/renamed.md', true);
    expect(cardsOf(reopened).mode).toBe('original');
    expect(visibleText(cardsOf(reopened).contentEl)).not.toContain(ZH);
  });

  it('forgets the mode of a deleted note', async () => {
    const { app, plugin } = await startPlugin({ languageModes: { [PATHS.thread]: 'translation', 'Keep.md': 'original' } });
    await app.vault.delete(app.vault.getFileByPath(PATHS.thread)!);
    expect(plugin.settings.languageModes).toEqual({ 'Keep.md': 'original' });
  });
});

describe('settings', () => {
  it('opens captures in the editor when "Open captures as cards" is off; the toggle still works', async () => {
    const { app } = await startPlugin({ openAsCards: false });
    const leaf = await open(app, PATHS.thread);
    expect(leaf.view.getViewType()).toBe('markdown');
    expect(action(leaf, 'Open as cards')).not.toBeNull();
    await app.commands.runCommand('toggle-card-view');
    await settle(leaf);
    expect(isCards(leaf)).toBe(true);
  });

  it('shows ads collapsed, or not at all when hidden, and redraws when the setting changes', async () => {
    const { app, plugin } = await startPlugin();
    const leaf = await open(app, PATHS.thread);
    const content = cardsOf(leaf).contentEl;
    expect(content.textContent).toContain('BrandBot');
    expect(visibleText(content)).not.toContain('Try our cloud');

    plugin.settings.hideAds = true;
    await plugin.saveSettings();
    expect(content.textContent).not.toContain('BrandBot');
    expect(visibleText(content)).toContain(EN);
  });

  it('follows a new default language for notes without a remembered mode', async () => {
    const { app, plugin } = await startPlugin();
    const leaf = await open(app, PATHS.thread);
    const card = cardsOf(leaf).contentEl.querySelector('.x-cap-card');
    plugin.settings.defaultLanguageMode = 'translation';
    await plugin.saveSettings();
    expect(cardsOf(leaf).contentEl.querySelector('.x-cap-card')).toBe(card); // mode only: no redraw
    expect(visibleText(cardsOf(leaf).contentEl)).not.toContain(EN);
  });
});

describe('live updates', () => {
  it('shows an edit made in Markdown in another leaf at once', async () => {
    const { app } = await startPlugin();
    const cards = await open(app, PATHS.thread);
    const md = await open(app, PATHS.thread, true);
    await app.commands.runCommand('toggle-card-view');
    await settle(md);
    const editor = markdownOf(md).editor;
    const at = editor.getValue().indexOf('Latency is fine');
    editor.replaceRange('Latency is great', editor.offsetToPos(at), editor.offsetToPos(at + 'Latency is fine'.length));
    expect(visibleText(cardsOf(cards).contentEl)).toContain('Latency is great on device.');
  });

  it('redraws when the file changes in the vault', async () => {
    const { app } = await startPlugin();
    const leaf = await open(app, PATHS.thread);
    const file = app.vault.getFileByPath(PATHS.thread)!;
    await app.vault.process(file, (text) => text.replace('Small models are underrated.', 'Small models are great.'));
    await settle(leaf);
    expect(visibleText(cardsOf(leaf).contentEl)).toContain('Small models are great.');
  });

  it('never writes the note', async () => {
    const { app } = await startPlugin();
    const leaf = await open(app, PATHS.thread);
    await app.commands.runCommand('show-original');
    leaf.detach();
    expect(app.vault.writes.filter((w) => w.kind !== 'create')).toEqual([]);
  });
});

describe('unload', () => {
  it('leaves no listener, view, button or command behind, and the notes open as Markdown', async () => {
    const app = createApp();
    const listeners = app.listenerCount();
    const dom = fakeStats.domListeners;
    const components = fakeStats.components;

    const { plugin } = await startPlugin(undefined, app);
    const cards = await open(app, PATHS.thread);
    const md = await open(app, PATHS.thread, true);
    await app.commands.runCommand('toggle-card-view');
    await settle(md);
    expect(isCards(cards)).toBe(true);
    expect(action(md, 'Open as cards')).not.toBeNull();

    plugin.unload();
    await settle(cards);
    expect(app.workspace.getLeavesOfType('x-capture-cards-view')).toEqual([]);
    expect(cards.view.getViewType()).toBe('markdown');
    expect(markdownOf(cards).file?.path).toBe(PATHS.thread);
    expect(document.querySelector('.view-action[aria-label="Open as cards"]')).toBeNull();
    expect(app.commands.listCommands()).toEqual([]);

    for (const leaf of [...app.workspace.leaves]) leaf.detach();
    expect(app.listenerCount()).toBe(listeners);
    expect(fakeStats.domListeners).toBe(dom);
    expect(fakeStats.components).toBe(components);
  });
});
