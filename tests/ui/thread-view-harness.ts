/** Shared setup for the thread view's integration tests: the real plugin on the fake Obsidian. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkspaceLeaf as RealLeaf } from 'obsidian';
import manifest from '../../manifest.json';
import XCaptureCardsPlugin from '../../src/main';
import type { XCaptureSettings } from '../../src/settings';
import { VIEW_TYPE_CARDS, type ThreadView } from '../../src/ui/thread-view';
import { App, loadPlugin, type MarkdownView, type WorkspaceLeaf } from '../fake-obsidian';

// Relative to the repository root (vitest's working directory): under happy-dom, import.meta.url is not a file URL.
const fixture = (name: string): string => readFileSync(resolve('tests/fixtures/captures', name), 'utf8');

/** A thread with a translated reply ("Agreed. What about latency?" / "同意。延迟怎么样？") and an ad (BrandBot). */
export const THREAD = fixture('thread-self-reply-ad.md');
export const OTHER_CAPTURE = fixture('post-nested-comments.md');
/** Same frontmatter shape, but a web article: not a capture. */
export const NOT_A_CAPTURE = fixture('web-article.md');

export const PATHS = { thread: 'Clips/thread.md', other: 'Clips/other.md', article: 'Notes/article.md' } as const;

export interface Harness {
  app: App;
  plugin: XCaptureCardsPlugin;
}

/** An app whose vault holds the three notes. */
export function createApp(): App {
  const app = new App();
  app.vault.seed({ [PATHS.thread]: THREAD, [PATHS.other]: OTHER_CAPTURE, [PATHS.article]: NOT_A_CAPTURE });
  return app;
}

/** The plugin loaded (with `data` as its data.json) into `app`, and the layout ready. */
export async function startPlugin(data?: Partial<XCaptureSettings>, app = createApp()): Promise<Harness> {
  if (data) app.pluginData.set(manifest.id, JSON.stringify(data));
  const plugin = await loadPlugin(XCaptureCardsPlugin, app, manifest);
  app.workspace.markLayoutReady();
  return { app, plugin };
}

/** Opens a note in a leaf and waits until the leaf has settled (cards or Markdown). */
export async function open(app: App, path: string, newLeaf = false): Promise<WorkspaceLeaf> {
  const leaf = (await app.openFile(path, newLeaf)) as unknown as WorkspaceLeaf;
  await settle(leaf);
  return leaf;
}

/** Waits until no view switch is in progress on the leaf. */
export async function settle(leaf: WorkspaceLeaf): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (leaf._pending === 0) return;
  }
  throw new Error('the leaf did not settle');
}

export const isCards = (leaf: WorkspaceLeaf): boolean => leaf.view.getViewType() === VIEW_TYPE_CARDS;
export const cardsOf = (leaf: WorkspaceLeaf): ThreadView => leaf.view as unknown as ThreadView;
export const markdownOf = (leaf: WorkspaceLeaf): MarkdownView => leaf.view as unknown as MarkdownView;
export const real = (leaf: WorkspaceLeaf): RealLeaf => leaf as unknown as RealLeaf;

/** The text a reader sees: text nodes outside any element with the `hidden` attribute. */
export function visibleText(root: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof HTMLElement && node.hidden) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ');
}

/** The header button of the leaf's view with this label. */
export function action(leaf: WorkspaceLeaf, label: string): HTMLElement | null {
  return leaf.view.containerEl.querySelector<HTMLElement>(`.view-action[aria-label="${label}"]`);
}
