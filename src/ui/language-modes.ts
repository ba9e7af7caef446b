import { TFolder, type TAbstractFile } from 'obsidian';
import type { LanguageMode, XCaptureSettings } from '../settings';
import type { XCapturePluginApi } from './plugin-api';

/** The mode a note opens in: the one remembered for it, else the default from settings. */
export function modeFor(settings: XCaptureSettings, path: string): LanguageMode {
  return settings.languageModes[path] ?? settings.defaultLanguageMode;
}

/** Remembers `mode` for the note at `path` (plugin data) and tells open views. No-op when unchanged. */
export async function rememberMode(plugin: XCapturePluginApi, path: string, mode: LanguageMode): Promise<void> {
  if (plugin.settings.languageModes[path] === mode) return;
  plugin.settings.languageModes[path] = mode;
  await plugin.saveSettings();
}

/**
 * The remembered modes after `oldPath` became `newPath`: the note's own entry, or for a folder
 * every entry under it. Returns null when nothing moves.
 */
export function movedModes(
  modes: Readonly<Record<string, LanguageMode>>,
  oldPath: string,
  newPath: string,
  isFolder: boolean,
): Record<string, LanguageMode> | null {
  const out: Record<string, LanguageMode> = {};
  let moved = false;
  for (const [path, mode] of Object.entries(modes)) {
    let next = path;
    if (path === oldPath && !isFolder) next = newPath;
    else if (isFolder && path.startsWith(`${oldPath}/`)) next = newPath + path.slice(oldPath.length);
    if (next !== path) moved = true;
    out[next] = mode;
  }
  return moved ? out : null;
}

/** The remembered modes without the deleted note (or everything under a deleted folder); null when none. */
export function withoutModes(
  modes: Readonly<Record<string, LanguageMode>>,
  path: string,
  isFolder: boolean,
): Record<string, LanguageMode> | null {
  const gone = (p: string): boolean => (isFolder ? p.startsWith(`${path}/`) : p === path);
  const keys = Object.keys(modes);
  if (!keys.some(gone)) return null;
  return Object.fromEntries(keys.filter((k) => !gone(k)).map((k) => [k, modes[k]]));
}

/** Keeps remembered modes with their notes: moved on rename, dropped on delete. */
export function registerModeMemory(plugin: XCapturePluginApi): void {
  const { vault } = plugin.app;
  const replace = async (next: Record<string, LanguageMode> | null): Promise<void> => {
    if (!next) return;
    plugin.settings.languageModes = next;
    await plugin.saveSettings();
  };
  plugin.registerEvent(
    vault.on('rename', (file: TAbstractFile, oldPath: string) => {
      void replace(movedModes(plugin.settings.languageModes, oldPath, file.path, file instanceof TFolder));
    }),
  );
  plugin.registerEvent(
    vault.on('delete', (file: TAbstractFile) => {
      void replace(withoutModes(plugin.settings.languageModes, file.path, file instanceof TFolder));
    }),
  );
}
