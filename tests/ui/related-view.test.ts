// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import manifest from '../../manifest.json';
import XCaptureCardsPlugin from '../../src/main';
import type { XCaptureSettings } from '../../src/settings';
import { RelatedView, VIEW_TYPE_RELATED } from '../../src/ui/related-view';
import { App, listenerErrors, loadPlugin, type WorkspaceLeaf } from '../fake-obsidian';
import { P, relatedVault, thread } from '../fixtures/related/notes';

interface Harness {
  app: App;
  plugin: XCaptureCardsPlugin;
}

/** The plugin on a vault of related captures; cards off so notes stay in Markdown views. */
async function start(settings: Partial<XCaptureSettings> = {}, ready = true): Promise<Harness> {
  const app = new App();
  app.vault.seed(relatedVault());
  app.pluginData.set(manifest.id, JSON.stringify({ openAsCards: false, ...settings }));
  const plugin = await loadPlugin(XCaptureCardsPlugin, app, manifest);
  if (ready) app.workspace.markLayoutReady();
  return { app, plugin };
}

/** Polls until `check` passes (the panel refreshes after a short debounce). */
async function until(check: () => void, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

async function openPanel(app: App): Promise<WorkspaceLeaf> {
  expect(await app.commands.runCommand('open-related-captures')).toBe(true);
  const [leaf] = app.workspace.getLeavesOfType(VIEW_TYPE_RELATED);
  return leaf;
}

const panel = (leaf: WorkspaceLeaf): HTMLElement => (leaf.view as unknown as RelatedView).contentEl;
const items = (leaf: WorkspaceLeaf): string[] => [...panel(leaf).querySelectorAll<HTMLElement>('.x-cap-related-item')].map((el) => el.dataset.path ?? '');
const item = (leaf: WorkspaceLeaf, path: string): HTMLElement => panel(leaf).querySelector<HTMLElement>(`.x-cap-related-item[data-path="${path}"]`) as HTMLElement;

afterEach(() => {
  document.body.empty();
  expect(listenerErrors).toEqual([]);
  listenerErrors.length = 0;
});

describe('vault index', () => {
  it('is not built while the plugin loads; once the layout is ready it reads only candidate notes', async () => {
    const app = new App();
    app.vault.seed(relatedVault());
    const read = vi.spyOn(app.vault, 'cachedRead');
    const plugin = await loadPlugin(XCaptureCardsPlugin, app, manifest);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(read).not.toHaveBeenCalled();
    app.workspace.markLayoutReady();
    await until(() => expect(read.mock.calls.length).toBe(11));
    expect(read.mock.calls.map(([f]) => f.path)).not.toContain('Topics/LLM.md');
    plugin.unload();
  });

  it('rebuilds once after a burst of settings changes (a folder name typed letter by letter)', async () => {
    const { app, plugin } = await start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const listed = vi.spyOn(app.vault, 'getMarkdownFiles');
    for (const prefix of ['C', 'Cl', 'Cli', 'Clip', 'Clippings']) {
      plugin.settings.includeFolders = [prefix];
      await plugin.saveSettings();
    }
    await until(() => expect(listed).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(listed).toHaveBeenCalledTimes(1);
    plugin.unload();
  });
});

describe('Related captures view', () => {
  it('opens in the right sidebar from the command and the ribbon', async () => {
    const { app } = await start();
    const leaf = await openPanel(app);
    expect(leaf.area).toBe('right');
    await until(() => expect(app.workspace.revealed).toContain(leaf));
    const ribbon = app.workspace.containerEl.querySelector<HTMLElement>('[aria-label="Open related captures"]');
    ribbon?.click();
    await until(() => expect(app.workspace.getLeavesOfType(VIEW_TYPE_RELATED)).toHaveLength(1));
    expect(app.workspace._hoverLinkSources.get(VIEW_TYPE_RELATED)).toEqual({ display: 'Related captures', defaultMod: true });
  });

  it('follows the active note: conversation first, then author, with reasons and a count', async () => {
    const { app } = await start();
    const leaf = await openPanel(app);
    await until(() => expect(panel(leaf).textContent).toContain('Open a note to see the captures related to it.'));
    await app.openFile('Clippings/q.md');
    await until(() => expect(items(leaf).slice(0, 3)).toEqual(['Clippings/conv.md', 'Clippings/author.md', 'Clippings/topic.md']));
    expect(panel(leaf).querySelector('.x-cap-related-count')?.textContent).toBe('4 related captures');
    const conv = item(leaf, 'Clippings/conv.md');
    expect(conv.querySelector('.x-cap-related-title')?.textContent).toBe('Thread by @bob');
    expect(conv.querySelector('.x-cap-related-meta')?.textContent).toBe('@bob · 2025-04-10');
    expect(conv.querySelector('.x-cap-related-excerpt')?.textContent).toBe('Nice.');
    const chips = [...conv.querySelectorAll('.x-cap-related-reason')].map((c) => c.textContent);
    expect(chips).toEqual(['Same conversation', '@bob']);
    expect(item(leaf, 'Clippings/linked.md').textContent).toContain('Already linked');
    expect(item(leaf, 'Clippings/topic.md').querySelector('[aria-label^="Shared tags"]')?.textContent).toBe('#ai');

    await app.openFile('Clippings/author.md');
    await until(() => expect(items(leaf)[0]).toBe('Clippings/q.md'));
  });

  it('filters by reason with the chips', async () => {
    const { app } = await start();
    const leaf = await openPanel(app);
    await app.openFile('Clippings/q.md');
    await until(() => expect(items(leaf)).toHaveLength(4));
    const author = panel(leaf).querySelector<HTMLElement>('.x-cap-related-filter[data-reason="author"]');
    expect(author?.textContent).toBe('Author 1');
    author?.click();
    expect(items(leaf)).toEqual(['Clippings/author.md']);
    expect(panel(leaf).querySelector('.x-cap-related-count')?.textContent).toBe('1 of 4 related captures');
    expect(panel(leaf).querySelector('.x-cap-related-filter[data-reason="author"]')?.getAttribute('aria-pressed')).toBe('true');
    panel(leaf).querySelector<HTMLElement>('.x-cap-related-filter[data-reason="author"]')?.click();
    expect(items(leaf)).toHaveLength(4);
  });

  it('updates when notes change, move or go', async () => {
    const { app } = await start();
    const leaf = await openPanel(app);
    await app.openFile('Clippings/q.md');
    await until(() => expect(items(leaf)).toContain('Clippings/author.md'));
    // The author clip now has someone else's post: no longer related.
    await app.vault.modify(app.vault.getFileByPath('Clippings/author.md')!, thread([P('zed', '1900000000000000010', 'Gardening notes for spring.')]));
    await until(() => expect(items(leaf)).not.toContain('Clippings/author.md'));
    // A new clip by the same author appears.
    await app.vault.create('Clippings/new.md', thread([P('alice', '1900000000000000099', 'Another thought.')]));
    await until(() => expect(items(leaf)).toContain('Clippings/new.md'));
    await app.vault.rename(app.vault.getFileByPath('Clippings/new.md')!, 'Archive/moved.md');
    await until(() => expect(items(leaf)).toContain('Archive/moved.md'));
    expect(items(leaf)).not.toContain('Clippings/new.md');
    await app.vault.rename(app.vault.getFolderByPath('Archive')!, 'Old');
    await until(() => expect(items(leaf)).toContain('Old/moved.md'));
    await app.fileManager.trashFile(app.vault.getFileByPath('Old/moved.md')!);
    await until(() => expect(items(leaf)).not.toContain('Old/moved.md'));
  });

  it('opens a result on click, in a new tab with Ctrl/Cmd, and by keyboard', async () => {
    const { app } = await start();
    const leaf = await openPanel(app);
    await app.openFile('Clippings/q.md');
    await until(() => expect(items(leaf)).toHaveLength(4));
    const tabs = () => app.workspace.leaves.filter((l) => l.area === 'root').length;
    const before = tabs();
    item(leaf, 'Clippings/conv.md').querySelector<HTMLElement>('.x-cap-related-title')?.click();
    await until(() => expect(app.workspace.getActiveFile()?.path).toBe('Clippings/conv.md'));
    expect(tabs()).toBe(before);
    await until(() => expect(items(leaf)).toContain('Clippings/q.md'));
    item(leaf, 'Clippings/q.md').dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    await until(() => expect(tabs()).toBe(before + 1));
    await until(() => expect(app.workspace.getActiveFile()?.path).toBe('Clippings/q.md'));
    await until(() => expect(items(leaf)).toContain('Clippings/author.md'));
    item(leaf, 'Clippings/author.md').dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
    await until(() => expect(app.workspace.getActiveFile()?.path).toBe('Clippings/author.md'));
  });

  it('asks for a page preview on hover and drags a link', async () => {
    const { app } = await start();
    const leaf = await openPanel(app);
    await app.openFile('Clippings/q.md');
    await until(() => expect(items(leaf)).toHaveLength(4));
    const hovers: unknown[] = [];
    app.workspace.on('hover-link', (info: unknown) => hovers.push(info));
    const conv = item(leaf, 'Clippings/conv.md');
    conv.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(hovers).toEqual([expect.objectContaining({ source: VIEW_TYPE_RELATED, hoverParent: leaf, linktext: 'Clippings/conv.md', sourcePath: 'Clippings/q.md', targetEl: conv })]);
    // The pointer moving onto the item's own title is the same hover.
    conv.querySelector('.x-cap-related-title')?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: conv }));
    expect(hovers).toHaveLength(1);

    const data = new Map<string, string>();
    const drag = new MouseEvent('dragstart', { bubbles: true });
    Object.defineProperty(drag, 'dataTransfer', { value: { setData: (k: string, v: string) => data.set(k, v), effectAllowed: 'none' } });
    conv.dispatchEvent(drag);
    expect(data.get('text/plain')).toBe('[[conv]]');
  });

  it('for a note that is not a capture, says so and lists the captures linking to it (a setting)', async () => {
    const { app, plugin } = await start();
    const leaf = await openPanel(app);
    await app.openFile('Topics/LLM.md');
    await until(() => expect(panel(leaf).textContent).toContain('This note is not an X capture.'));
    expect(panel(leaf).textContent).toContain('1 capture links to this note');
    expect(items(leaf)).toEqual(['Clippings/topic-link.md']);
    plugin.settings.showBacklinkedCaptures = false;
    await plugin.saveSettings();
    await until(() => expect(items(leaf)).toEqual([]));
    expect(panel(leaf).textContent).toBe('This note is not an X capture.');
  });

  it('says when nothing is related and when a folder is not indexed', async () => {
    const { app, plugin } = await start();
    await app.vault.create('Clippings/alone.md', thread([P('solo', '1900000000000000077', 'Zymurgy.')]));
    const leaf = await openPanel(app);
    await app.openFile('Clippings/alone.md');
    await until(() => expect(panel(leaf).textContent).toContain('No related captures'));
    plugin.settings.excludeFolders = ['Clippings'];
    await plugin.saveSettings();
    await until(() => expect(panel(leaf).textContent).toContain('in a folder the related-captures index skips'));
  });

  it('shows indexing progress while the vault is read', async () => {
    const { app } = await start({}, false);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = app.vault.cachedRead.bind(app.vault);
    vi.spyOn(app.vault, 'cachedRead').mockImplementation(async (f) => {
      await gate;
      return read(f);
    });
    app.workspace.markLayoutReady();
    const leaf = await openPanel(app);
    await app.openFile('Clippings/q.md');
    await until(() => expect(panel(leaf).textContent).toContain('Indexing captures…'));
    expect(panel(leaf).querySelector('progress')?.getAttribute('max')).toBe('11');
    expect(panel(leaf).textContent).toContain('0 of 11 notes');
    release();
    await until(() => expect(items(leaf)).toHaveLength(4));
  });

  it('leaves no listener behind when the plugin unloads', async () => {
    const app = new App();
    const listeners = () => app.vault.listenerCount() + app.metadataCache.listenerCount() + app.workspace.listenerCount();
    const baseline = listeners();
    app.vault.seed(relatedVault());
    const plugin = await loadPlugin(XCaptureCardsPlugin, app, manifest);
    app.workspace.markLayoutReady();
    const leaf = await openPanel(app);
    await app.openFile('Clippings/q.md');
    await until(() => expect(items(leaf)).toHaveLength(4));
    expect(listeners()).toBeGreaterThan(baseline);
    plugin.unload();
    // The Markdown tab is not the plugin's: closing it drops the vault listeners of its view.
    app.workspace.iterateRootLeaves((l) => l.detach());
    expect(listeners()).toBe(baseline);
    expect(app.workspace.getLeavesOfType(VIEW_TYPE_RELATED)).toEqual([]);
  });
});
