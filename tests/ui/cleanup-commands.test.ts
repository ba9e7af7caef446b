// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import XCaptureCardsPlugin from '../../src/main';
import { App, loadPlugin, Modal, Notice, type MarkdownView, type TFile } from '../fake-obsidian';

// Relative to the repository root (vitest's working directory): under happy-dom, import.meta.url is not a file URL.
const fixture = (name: string): string => readFileSync(resolve('tests/fixtures/edits/strip-promoted', name), 'utf8');

const AD_MIDDLE = fixture('thread-ad-middle.before.md');
const AD_MIDDLE_CLEAN = fixture('thread-ad-middle.after.md');
const NESTED = fixture('post-nested-comments.before.md');
const NESTED_CLEAN = fixture('post-nested-comments.after.md');
const MESSY_TAGS = AD_MIDDLE_CLEAN.replace('  - "clippings"', '  - "X (formerly Twitter) #GPT-4.5 #AI"');
const BROKEN = AD_MIDDLE.replace('tags:\n', 'tags: [unclosed\n');
const NOT_A_CAPTURE = '---\ntitle: Groceries\ntags: "#food, shopping list"\n---\n- milk\n';

const PATHS = {
  ad: 'Clips/ad-middle.md',
  nested: 'Clips/nested.md',
  tags: 'Clips/tags.md',
  broken: 'Clips/broken.md',
  clean: 'Clips/clean.md',
  groceries: 'Notes/groceries.md',
} as const;

let app: App;
let plugin: XCaptureCardsPlugin;

async function start(openAsCards = true): Promise<void> {
  app = new App();
  app.vault.seed({
    [PATHS.ad]: AD_MIDDLE,
    [PATHS.nested]: NESTED,
    [PATHS.tags]: MESSY_TAGS,
    [PATHS.broken]: BROKEN,
    [PATHS.clean]: AD_MIDDLE_CLEAN,
    [PATHS.groceries]: NOT_A_CAPTURE,
  });
  app.pluginData.set(manifest.id, JSON.stringify({ openAsCards }));
  plugin = await loadPlugin(XCaptureCardsPlugin, app, manifest);
  app.workspace.markLayoutReady();
}

function fileAt(path: string): TFile {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no note at ${path}`);
  return file;
}
const text = (path: string): string => app.vault.readSync(fileAt(path));
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Polls until `probe` gives a value (the commands run asynchronously). */
async function until<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value) return value;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}`);
}

const topModal = (): Modal | undefined => Modal.openModals[Modal.openModals.length - 1];
const modalTitled = (title: string): Modal | undefined => Modal.openModals.find((m) => m.titleEl.getText() === title);
const button = (modal: Modal, label: string): HTMLButtonElement | undefined =>
  [...modal.contentEl.querySelectorAll('button')].find((b) => b.getText().startsWith(label));

/** Runs a vault-wide command and waits for its preview to list what would change. */
async function preview(id: string, title: string): Promise<Modal> {
  expect(app.commands.executeCommandById(`${manifest.id}:${id}`)).toBe(true);
  return until(() => {
    const m = modalTitled(title);
    return m && button(m, m.contentEl.querySelector('.x-cap-cleanup-note') ? 'Apply to' : 'Close') ? m : null;
  }, 'the preview');
}

const rows = (modal: Modal): HTMLElement[] => [...modal.contentEl.querySelectorAll<HTMLElement>('.x-cap-cleanup-note')];
const rowFor = (modal: Modal, path: string): HTMLElement =>
  rows(modal).find((r) => r.querySelector('.x-cap-cleanup-note-path')?.getText() === path) as HTMLElement;

async function summary(title: string): Promise<Modal> {
  return until(() => {
    const m = topModal();
    return m && m.titleEl.getText() === title && m.contentEl.querySelector('.x-cap-cleanup-changed') ? m : null;
  }, `the summary "${title}"`);
}

beforeEach(() => {
  Notice.messages.length = 0;
});
afterEach(() => {
  for (const m of [...Modal.openModals]) m.close();
  plugin?.unload();
});

describe('cleanup commands', () => {
  it('registers the five commands without hotkeys', async () => {
    await start();
    const ids = ['strip-promoted', 'normalize-tags', 'strip-promoted-all', 'normalize-tags-all', 'undo-cleanup-all'];
    for (const id of ids) {
      const cmd = app.commands.find(`${manifest.id}:${id}`);
      expect(cmd, id).toBeDefined();
      expect(cmd?.hotkeys ?? []).toEqual([]);
    }
    expect(app.commands.isAvailable(`${manifest.id}:undo-cleanup-all`)).toBe(false);
  });
});

describe('the active note', () => {
  it('strips the ads through the editor, in one step that Ctrl/Cmd+Z undoes', async () => {
    await start(false);
    const leaf = await app.openFile(PATHS.ad);
    const editor = (leaf.view as unknown as MarkdownView).editor;
    editor.setCursor({ line: 12, ch: 4 });
    await app.commands.runCommand(`${manifest.id}:strip-promoted`);
    expect(editor.getValue()).toBe(AD_MIDDLE_CLEAN);
    expect(Notice.messages).toEqual(['Removed 1 promoted reply: @brand']);
    // Only the ad's lines were replaced: a cursor above them stays where it was.
    expect(editor.getCursor()).toEqual({ line: 12, ch: 4 });
    editor.undo();
    expect(editor.getValue()).toBe(AD_MIDDLE);
  });

  it('goes through the vault when the note is not open in an editor (the card view)', async () => {
    await start(true);
    await app.openFile(PATHS.nested);
    await until(() => app.workspace.getActiveFile()?.path === PATHS.nested, 'the note to open');
    await app.commands.runCommand(`${manifest.id}:strip-promoted`);
    expect(text(PATHS.nested)).toBe(NESTED_CLEAN);
    expect(Notice.messages).toEqual(['Removed 3 promoted replies: @brandtwo, @vpndeals, @brand']);
  });

  it('says when nothing needed changing, and why it refused', async () => {
    await start(false);
    await app.openFile(PATHS.clean);
    await app.commands.runCommand(`${manifest.id}:strip-promoted`);
    await app.openFile(PATHS.broken);
    await app.commands.runCommand(`${manifest.id}:strip-promoted`);
    await app.openFile(PATHS.groceries);
    await app.commands.runCommand(`${manifest.id}:strip-promoted`);
    expect(Notice.messages[0]).toBe('No promoted replies in this note');
    expect(Notice.messages[1]).toMatch(/^Promoted replies not removed: invalid frontmatter/);
    expect(Notice.messages[2]).toBe('This note is not an X capture: no promoted replies to remove');
    expect(text(PATHS.broken)).toBe(BROKEN);
  });

  it('normalizes the tags with the settings’ options', async () => {
    await start(false);
    plugin.settings.lowercaseTags = true;
    const leaf = await app.openFile(PATHS.tags);
    await app.commands.runCommand(`${manifest.id}:normalize-tags`);
    const editor = (leaf.view as unknown as MarkdownView).editor;
    expect(editor.getValue()).toBe(MESSY_TAGS.replace('  - "X (formerly Twitter) #GPT-4.5 #AI"', '  - "x"\n  - "gpt-4-5"\n  - "ai"'));
    expect(Notice.messages).toEqual(['Normalized tags: X (formerly Twitter) #GPT-4.5 #AI → x, gpt-4-5, ai']);
    await app.commands.runCommand(`${manifest.id}:normalize-tags`);
    expect(Notice.messages[1]).toBe('The tags are already normalized');
  });

  it('is offered only when a markdown note is active', async () => {
    await start();
    expect(app.commands.isAvailable(`${manifest.id}:strip-promoted`)).toBe(false);
    await app.openFile(PATHS.ad);
    await until(() => app.commands.isAvailable(`${manifest.id}:strip-promoted`), 'the command to be offered');
  });
});

describe('all captures', () => {
  it('previews every change, leaves out unticked notes, runs, and sums up', async () => {
    await start();
    const modal = await preview('strip-promoted-all', 'Strip promoted replies in all captures');
    expect(rows(modal).map((r) => r.querySelector('.x-cap-cleanup-note-path')?.getText())).toEqual([PATHS.ad, PATHS.nested]);
    expect(rowFor(modal, PATHS.nested).querySelector('.x-cap-cleanup-note-what')?.getText()).toBe(
      '3 promoted replies: @brandtwo, @vpndeals, @brand',
    );
    expect(modal.contentEl.querySelector('.x-cap-cleanup-failed')?.getText()).toContain(`${PATHS.broken}: invalid frontmatter`);

    const details = rowFor(modal, PATHS.ad).querySelector('details') as HTMLDetailsElement;
    expect(details.querySelector('pre')).toBeNull();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect(details.querySelector('pre')?.getText()).toContain('- **Brand** @brand');

    const box = rowFor(modal, PATHS.nested).querySelector('input') as HTMLInputElement;
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    expect(button(modal, 'Apply to')?.getText()).toBe('Apply to 1 note');
    button(modal, 'Apply to')?.click();

    const done = await summary('Strip promoted replies in all captures');
    expect(text(PATHS.ad)).toBe(AD_MIDDLE_CLEAN);
    expect(text(PATHS.nested)).toBe(NESTED);
    expect(done.contentEl.querySelector('.x-cap-cleanup-changed')?.getText()).toBe('Changed 1 note.');
    expect(done.contentEl.querySelector('.x-cap-cleanup-failed')?.getText()).toContain(PATHS.broken);
  });

  it('skips and reports a note edited between the preview and the run', async () => {
    await start();
    const modal = await preview('strip-promoted-all', 'Strip promoted replies in all captures');
    const edited = `${NESTED}\nA line the user added.\n`;
    await app.vault.modify(fileAt(PATHS.nested), edited);
    button(modal, 'Apply to')?.click();
    const done = await summary('Strip promoted replies in all captures');
    expect(text(PATHS.nested)).toBe(edited);
    expect(text(PATHS.ad)).toBe(AD_MIDDLE_CLEAN);
    expect(done.contentEl.querySelector('.x-cap-cleanup-skipped')?.getText()).toContain(`${PATHS.nested}: changed since the preview`);
  });

  it('stops when cancelled, leaving the rest as it was', async () => {
    await start();
    const modal = await preview('strip-promoted-all', 'Strip promoted replies in all captures');
    const process = app.vault.process.bind(app.vault);
    // The user clicks Cancel while the first note is being written.
    app.vault.process = async (file, fn) => {
      const progress = modalTitled('Strip promoted replies in all captures');
      if (progress) button(progress, 'Cancel')?.click();
      return process(file, fn);
    };
    button(modal, 'Apply to')?.click();
    const done = await summary('Strip promoted replies in all captures');
    expect(text(PATHS.ad)).toBe(AD_MIDDLE_CLEAN);
    expect(text(PATHS.nested)).toBe(NESTED);
    expect(done.contentEl.querySelector('.x-cap-cleanup-not-run')?.getText()).toBe('Cancelled: 1 note left unchanged.');
  });

  it('stops looking when the preview is closed, and changes nothing', async () => {
    await start();
    const cachedRead = app.vault.cachedRead.bind(app.vault);
    let reads = 0;
    app.vault.cachedRead = async (file) => {
      if (++reads === 2) topModal()?.close();
      return cachedRead(file);
    };
    app.commands.executeCommandById(`${manifest.id}:strip-promoted-all`);
    await until(() => reads >= 2, 'the search to start');
    for (let i = 0; i < 5; i++) await tick();
    expect(reads).toBe(2);
    expect(Modal.openModals).toEqual([]);
    expect(text(PATHS.ad)).toBe(AD_MIDDLE);
  });

  it('normalizes tags in captures only', async () => {
    await start();
    const modal = await preview('normalize-tags-all', 'Normalize tags in all captures');
    expect(rows(modal).map((r) => r.querySelector('.x-cap-cleanup-note-path')?.getText())).toEqual([PATHS.tags]);
    button(modal, 'Apply to')?.click();
    await summary('Normalize tags in all captures');
    expect(text(PATHS.tags)).toContain('tags:\n  - "x"\n  - "GPT-4-5"\n  - "AI"\n---');
    expect(text(PATHS.groceries)).toBe(NOT_A_CAPTURE);
  });

  it('says so when nothing needs changing', async () => {
    await start();
    const first = await preview('normalize-tags-all', 'Normalize tags in all captures');
    button(first, 'Apply to')?.click();
    await summary('Normalize tags in all captures');
    topModal()?.close();
    const second = await preview('normalize-tags-all', 'Normalize tags in all captures');
    expect(second.contentEl.getText()).toContain('Nothing to change in 5 captures.');
  });
});

describe('undo', () => {
  async function runStripAll(): Promise<Modal> {
    const modal = await preview('strip-promoted-all', 'Strip promoted replies in all captures');
    button(modal, 'Apply to')?.click();
    return summary('Strip promoted replies in all captures');
  }

  it('undoes the last run with one command, once', async () => {
    await start();
    await runStripAll();
    topModal()?.close();
    expect(text(PATHS.ad)).toBe(AD_MIDDLE_CLEAN);
    expect(app.commands.executeCommandById(`${manifest.id}:undo-cleanup-all`)).toBe(true);
    const done = await summary('Undo: Strip promoted replies in all captures');
    expect(done.contentEl.querySelector('.x-cap-cleanup-changed')?.getText()).toBe('Changed 2 notes.');
    expect(text(PATHS.ad)).toBe(AD_MIDDLE);
    expect(text(PATHS.nested)).toBe(NESTED);
    expect(button(done, 'Undo')).toBeUndefined();
    expect(app.commands.isAvailable(`${manifest.id}:undo-cleanup-all`)).toBe(false);
  });

  it('leaves a note changed since the run as it is, and says so', async () => {
    await start();
    const done = await runStripAll();
    const edited = `${AD_MIDDLE_CLEAN}More.\n`;
    await app.vault.modify(fileAt(PATHS.ad), edited);
    button(done, 'Undo these changes')?.click();
    const undone = await summary('Undo: Strip promoted replies in all captures');
    expect(text(PATHS.ad)).toBe(edited);
    expect(text(PATHS.nested)).toBe(NESTED);
    expect(undone.contentEl.querySelector('.x-cap-cleanup-skipped')?.getText()).toContain(`${PATHS.ad}: changed since the cleanup`);
  });
});

describe('unloading', () => {
  it('closes the cleanup modals', async () => {
    await start();
    await preview('strip-promoted-all', 'Strip promoted replies in all captures');
    plugin.unload();
    expect(Modal.openModals).toEqual([]);
  });
});
