// @vitest-environment happy-dom
import type * as O from 'obsidian';
// Plugin code is written against the real API types; at run time 'obsidian' is this fake.
import { Plugin, TextFileView } from 'obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  App, debounce, fakeStats, ItemView, listenerErrors, loadPlugin, MarkdownView, Modal, normalizePath, Notice, Setting, TFile,
} from './index';
import * as viaAlias from 'obsidian';

class CardsView extends TextFileView {
  renders: string[] = [];
  getViewType(): string {
    return 'cards';
  }
  getViewData(): string {
    return this.data;
  }
  setViewData(data: string): void {
    this.renders.push(data);
    this.contentEl.setText(data);
  }
  clear(): void {}
}

class TestPlugin extends Plugin {
  ran: string[] = [];
  override async onload(): Promise<void> {
    await Promise.resolve();
    this.registerView('cards', (leaf) => new CardsView(leaf));
    this.registerEvent(this.app.vault.on('modify', () => this.ran.push('modify')));
    this.registerDomEvent(activeDocument, 'click', () => this.ran.push('click'));
    this.addCommand({ id: 'always', name: 'Always', callback: () => this.ran.push('always') });
    this.addCommand({ id: 'never', name: 'Never', checkCallback: () => false });
    this.addCommand({ id: 'edit', name: 'Edit', editorCallback: (editor) => editor.replaceRange('!', { line: 0, ch: 0 }) });
    this.addRibbonIcon('dice', 'Roll', () => this.ran.push('ribbon'));
  }
}

let app: App;
beforeEach(() => {
  app = new App();
  Notice.messages.length = 0;
  listenerErrors.length = 0;
});
afterEach(() => {
  document.body.empty();
  expect(listenerErrors).toEqual([]);
});

describe('module identity', () => {
  it("is what 'obsidian' resolves to in tests", () => {
    expect(viaAlias.TFile).toBe(TFile);
  });
});

describe('DOM helpers', () => {
  it('build elements like Obsidian', () => {
    const root = createDiv({ cls: 'a b' });
    const span = root.createSpan({ text: 'hi', attr: { 'data-x': 1, hidden: null } });
    root.createEl('p', { text: 'first', prepend: true });
    expect(root.className).toBe('a b');
    expect(root.firstElementChild?.tagName).toBe('P');
    expect(span.getAttr('data-x')).toBe('1');
    span.toggleClass('on', true);
    expect(span.hasClass('on')).toBe(true);
    root.empty();
    expect(root.childNodes.length).toBe(0);
    expect(activeDocument).toBe(document);
    expect(root.instanceOf(HTMLDivElement)).toBe(true);
  });
});

describe('Vault', () => {
  it('writes atomically through process and fires events with the old path on rename', async () => {
    const events: string[] = [];
    app.vault.on('modify', (f: O.TAbstractFile) => events.push(`modify ${f.path}`));
    app.vault.on('rename', (f: O.TAbstractFile, old: string) => events.push(`rename ${old}->${f.path}`));
    const file = await app.vault.create('a/b.md', 'one');
    expect(file.parent?.path).toBe('a');
    expect(await app.vault.process(file, (t) => t + ' two')).toBe('one two');
    await app.vault.rename(file, 'c/d.md');
    expect([file.path, file.basename, file.extension]).toEqual(['c/d.md', 'd', 'md']);
    expect(app.vault.getAbstractFileByPath('a/b.md')).toBeNull();
    expect(events).toEqual(['modify a/b.md', 'rename a/b.md->c/d.md']);
    await expect(app.vault.create('c/d.md', '')).rejects.toThrow('already exists');
  });
});

describe('MetadataCache', () => {
  it('reads frontmatter with the project reader, links, and fires changed after the vault', async () => {
    app.vault.seed({ 'target.md': 'x' });
    const file = await app.vault.create('n.md', '---\nauthor:\n  - "[[target]]"\ntitle: T\n---\nSee [[target|it]] and [t](target.md)\n');
    const cache = app.metadataCache.getFileCache(file);
    expect(cache?.frontmatter).toMatchObject({ title: 'T' });
    expect(cache?.frontmatterLinks?.[0]).toMatchObject({ key: 'author.0', link: 'target' });
    expect(cache?.links?.map((l) => l.link)).toEqual(['target', 'target.md']);
    expect(app.metadataCache.resolvedLinks['n.md']).toEqual({ 'target.md': 3 });
    await app.metadataCache.settled();
    const changed = vi.fn();
    app.metadataCache.on('changed', changed);
    const written = app.vault.modify(file, 'plain');
    expect(app.metadataCache.getFileCache(file)).toEqual({});
    expect(changed).not.toHaveBeenCalled();
    await written;
    await app.metadataCache.settled();
    expect(changed).toHaveBeenCalledWith(file, 'plain', {});
  });
});

describe('Workspace and views', () => {
  it('opens a note in Markdown, fires file-open once, and swaps views on setViewState', async () => {
    const file = app.vault.seed({ 'n.md': 'hello' })[0];
    const opened: (string | undefined)[] = [];
    app.workspace.on('file-open', (f: TFile | null) => opened.push(f?.path));
    const plugin = await loadPlugin(TestPlugin, app);
    const leaf = await app.openFile('n.md');
    expect(leaf.view).toBeInstanceOf(MarkdownView);
    expect((leaf.view as unknown as MarkdownView).editor.getValue()).toBe('hello');
    await leaf.setViewState({ type: 'cards', state: leaf.view.getState() });
    const cards = leaf.view as unknown as CardsView;
    expect(cards).toBeInstanceOf(CardsView);
    expect(cards.contentEl.getText()).toBe('hello');
    expect(opened).toEqual(['n.md']);
    await app.vault.modify(file, 'changed');
    expect(cards.renders).toEqual(['hello', 'changed']);
    plugin.unload();
    expect(app.workspace.getLeavesOfType('cards')).toEqual([]);
  });

  it('fires editor-change at once and saves after the debounce; undo restores the text', async () => {
    vi.useFakeTimers();
    try {
      const file = app.vault.seed({ 'n.md': 'abc' })[0];
      const leaf = await app.openFile(file);
      const view = leaf.view as unknown as MarkdownView;
      const changes = vi.fn();
      app.workspace.on('editor-change', changes);
      view.editor.replaceRange('X', view.editor.offsetToPos(1), view.editor.offsetToPos(2));
      expect(changes).toHaveBeenCalledTimes(1);
      expect(app.vault.readSync(file)).toBe('abc');
      await vi.advanceTimersByTimeAsync(2000);
      expect(app.vault.readSync(file)).toBe('aXc');
      view.editor.undo();
      expect(view.editor.getValue()).toBe('abc');
    } finally {
      vi.useRealTimers();
    }
  });

  it('adds header actions to item views', async () => {
    class V extends ItemView {
      getViewType(): string {
        return 'v';
      }
      getDisplayText(): string {
        return 'V';
      }
    }
    const leaf = app.workspace.getLeaf(true);
    const view = new V(leaf as unknown as O.WorkspaceLeaf);
    const cb = vi.fn();
    view.addAction('book', 'Read', cb).click();
    expect(cb).toHaveBeenCalled();
    expect(view.containerEl.querySelector('.view-action')?.getAttribute('aria-label')).toBe('Read');
  });
});

describe('Plugin', () => {
  it('runs commands honouring their callbacks and removes everything on unload', async () => {
    const listenersBefore = app.listenerCount();
    const domBefore = fakeStats.domListeners;
    const plugin = await loadPlugin(TestPlugin, app);
    expect(app.commands.executeCommandById('test-plugin:always')).toBe(true);
    expect(app.commands.isAvailable('never')).toBe(false);
    expect(app.commands.executeCommandById('test-plugin:edit')).toBe(false);
    const leaf = await app.openFile(app.vault.seed({ 'n.md': 'a' })[0]);
    expect(await app.commands.runCommand('edit')).toBe(true);
    expect((leaf.view as unknown as MarkdownView).editor.getValue()).toBe('!a');
    document.body.click();
    expect(plugin.ran).toEqual(['always', 'click']);
    plugin.unload();
    expect(app.commands.listCommands()).toEqual([]);
    // Only the Markdown view opened meanwhile still listens to the vault (rename, delete, modify).
    expect(app.listenerCount()).toBe(listenersBefore + 3);
    expect(fakeStats.domListeners).toBe(domBefore);
    expect(document.querySelector('[aria-label="Roll"]')).toBeNull();
  });

  it('keeps data as JSON', async () => {
    const plugin = await loadPlugin(TestPlugin, app);
    await plugin.saveData({ a: 1, d: new Date(0) });
    expect(await plugin.loadData()).toEqual({ a: 1, d: '1970-01-01T00:00:00.000Z' });
  });
});

describe('Setting, Modal, Notice', () => {
  it('builds readable setting rows whose controls fire onChange', () => {
    const el = createDiv();
    const onChange = vi.fn();
    new Setting(el).setName('Open as cards').setDesc('Why').addToggle((t) => t.setValue(true).onChange(onChange));
    expect(el.querySelector('.setting-item-name')?.textContent).toBe('Open as cards');
    (el.querySelector('.checkbox-container') as HTMLElement).click();
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('opens and closes modals, records notices', () => {
    const closed = vi.fn();
    const modal = new Modal(app as unknown as O.App);
    modal.onClose = closed;
    modal.open();
    expect(Modal.openModals).toEqual([modal]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(closed).toHaveBeenCalled();
    new Notice('Done');
    expect(Notice.messages).toEqual(['Done']);
  });
});

describe('functions', () => {
  it('normalizePath and debounce behave like Obsidian', () => {
    expect(normalizePath('//a\\b//c/')).toBe('a/b/c');
    expect(normalizePath('')).toBe('/');
    vi.useFakeTimers();
    try {
      const cb = vi.fn();
      const d = debounce(cb, 100, true);
      d(1);
      vi.advanceTimersByTime(60);
      d(2);
      vi.advanceTimersByTime(60);
      expect(cb).not.toHaveBeenCalled();
      vi.advanceTimersByTime(40);
      expect(cb).toHaveBeenCalledExactlyOnceWith(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
