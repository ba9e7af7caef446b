/**
 * The browser harness: the fake Obsidian, and a CommonJS loader that runs the BUILT main.js the
 * way Obsidian does, with `require('obsidian')` as its only module. Anything else main.js
 * requires throws, and the page has no Buffer, process, fs or require globals, so loading proves
 * the bundle needs no Node builtin. Driven from tests/browser/plugin.test.ts through `window.xcap`.
 */
import type * as O from 'obsidian';
import * as obsidian from '../../fake-obsidian';
import { App, loadPlugin, type WorkspaceLeaf } from '../../fake-obsidian';

type PluginClass = new (app: O.App, manifest: O.PluginManifest) => O.Plugin;

/** Node globals that must not exist in the page (they do not on mobile). */
const NODE_GLOBALS = ['Buffer', 'process', 'require', 'module', 'global', 'fs', '__dirname', 'setImmediate'];

function loadMainJs(code: string, required: string[]): PluginClass {
  const module = { exports: {} as { default?: unknown } };
  const require = (name: string): unknown => {
    required.push(name);
    if (name === 'obsidian') return obsidian;
    throw new Error(`main.js requires '${name}', which Obsidian does not provide (only 'obsidian' is available)`);
  };
  // Obsidian evaluates plugins as a function of module, exports and require. A script element
  // defines that function here (the same as `new Function('module', 'exports', 'require', code)`,
  // which the lint rules forbid even in tests).
  const holder = globalThis as unknown as { __xcapMainJs?: (m: typeof module, e: typeof module.exports, r: typeof require) => void };
  const script = activeDocument.createElement('script');
  script.textContent = `globalThis.__xcapMainJs = function (module, exports, require) {\n${code}\n};`;
  activeDocument.head.appendChild(script);
  script.remove();
  const run = holder.__xcapMainJs;
  delete holder.__xcapMainJs;
  if (!run) throw new Error('main.js did not evaluate (syntax error?)');
  run(module, module.exports, require);
  const exported = module.exports.default ?? module.exports;
  if (typeof exported !== 'function') throw new Error('main.js does not export a plugin class');
  return exported as PluginClass;
}

async function settle(leaf: WorkspaceLeaf): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (leaf._pending === 0) return;
  }
  throw new Error('the leaf did not settle');
}

let app: App | null = null;
let plugin: O.Plugin | null = null;
const required: string[] = [];

const api = {
  /** Which Node globals the page has (must be none). */
  nodeGlobals(): string[] {
    return NODE_GLOBALS.filter((name) => name in globalThis);
  },

  /** Loads main.js into a fresh app whose vault holds `files`; returns the modules it required. */
  async start(code: string, manifest: O.PluginManifest, files: Record<string, string>, data?: unknown): Promise<string[]> {
    plugin?.unload();
    activeDocument.body.empty();
    app = new App();
    app.vault.seed(files);
    if (data !== undefined) app.pluginData.set(manifest.id, JSON.stringify(data));
    plugin = await loadPlugin(loadMainJs(code, required), app, manifest);
    app.workspace.markLayoutReady();
    return [...new Set(required)];
  },

  /** Opens a note in the one main leaf; returns the view type it ended up in. */
  async open(path: string): Promise<string> {
    if (!app) throw new Error('start() first');
    const file = app.vault.getFileByPath(path);
    if (!file) throw new Error(`no note '${path}'`);
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(file);
    await settle(leaf);
    return leaf.view.getViewType();
  },

  /** Runs a command by id (the part after 'x-capture-cards:'); false when it was not available. */
  async command(id: string): Promise<boolean> {
    if (!app) throw new Error('start() first');
    const ran = await app.commands.runCommand(id);
    const leaf = app.workspace.getMostRecentLeaf();
    if (leaf) await settle(leaf);
    return ran;
  },

  setTheme(theme: 'light' | 'dark'): void {
    activeDocument.body.removeClass('theme-light', 'theme-dark');
    activeDocument.body.addClass(`theme-${theme}`);
  },
};

export type HarnessApi = typeof api;

window.xcap = api;
