import { Component, debounce, Events, TFile, TFolder, type CachedMetadata, type EventRef, type TAbstractFile } from 'obsidian';
import { parseCapture } from '../core/parse';
import { CaptureIndex, inIndexedFolders, linkKey, mayBeCapture, type LinkingCapture, type RelatedOptions, type RelatedResult } from '../core/related';
import { tagOptionsFromSettings } from '../core/tags';
import { Pacer } from './pacer';
import { SETTINGS_CHANGED_EVENT, type XCapturePluginApi } from './plugin-api';

/** Where the index is: waiting for the layout, reading the vault, or current. */
export interface IndexProgress {
  state: 'waiting' | 'indexing' | 'ready';
  /** Candidate notes read so far, of `total`. */
  done: number;
  total: number;
}

/** Fired (with no arguments) after the index or its progress changed. */
export const INDEX_UPDATED = 'updated';

/** Notes read at once while building (their reads overlap). */
const READ_BATCH = 32;
/** Longest stretch of parsing before the build gives the interface a frame. */
const SLICE_MS = 12;
/**
 * Quiet time after a settings change before rebuilding: the settings tab saves at each keystroke,
 * and typing a folder name must not start a vault-wide build per letter.
 */
const REBUILD_MS = 500;

/** Link keys of a note from the metadata cache: links, embeds and frontmatter links. */
function linkKeys(cache: CachedMetadata | null): string[] {
  if (!cache) return [];
  const refs = [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])];
  return [...new Set(refs.map((r) => linkKey(r.link)).filter(Boolean))];
}

/**
 * The vault's related-captures index. Built once the layout is ready (never while the plugin
 * loads): candidates come from the metadata cache's frontmatter, only they are read, in batches
 * that leave the interface responsive. Kept current from the metadata cache's `changed` and the
 * vault's `rename` and `delete`; rebuilt when the folder or tag settings change.
 */
export class VaultIndex extends Component {
  private index = new CaptureIndex();
  private readonly events = new Events();
  private generation = 0;
  private builtWith = '';
  /** Paths the events updated while a build runs: the build leaves them alone. */
  private readonly updatedDuringBuild = new Set<string>();
  private active = false;
  private readonly settingsChanged = debounce(() => this.rebuildIfOptionsChanged(), REBUILD_MS, true);
  progress: IndexProgress = { state: 'waiting', done: 0, total: 0 };

  constructor(private readonly plugin: XCapturePluginApi) {
    super();
  }

  override onload(): void {
    this.active = true;
    const { workspace, vault, metadataCache } = this.plugin.app;
    workspace.onLayoutReady(() => {
      if (!this.active) return;
      this.registerEvent(metadataCache.on('changed', (file, data, cache) => this.changed(file, data, cache)));
      this.registerEvent(vault.on('rename', (file, oldPath) => this.renamed(file, oldPath)));
      this.registerEvent(vault.on('delete', (file) => this.deleted(file)));
      // The plugin's own workspace event is not among Workspace.on's typed names.
      const events: Events = workspace;
      this.registerEvent(events.on(SETTINGS_CHANGED_EVENT, () => this.settingsChanged()));
      void this.build();
    });
  }

  override onunload(): void {
    this.active = false;
    this.settingsChanged.cancel();
    // Stops a build in progress at its next step.
    this.generation++;
  }

  /** Listens to INDEX_UPDATED; pass the ref to registerEvent. */
  on(name: typeof INDEX_UPDATED, callback: () => void): EventRef {
    return this.events.on(name, callback);
  }

  has(path: string): boolean {
    return this.index.has(path);
  }

  related(path: string, options?: RelatedOptions): RelatedResult[] {
    return this.index.related(path, options);
  }

  linkingTo(path: string): LinkingCapture[] {
    return this.index.linkingTo(path);
  }

  /** Whether the folder settings let the index read a note. */
  inFolders(path: string): boolean {
    const s = this.plugin.settings;
    return inIndexedFolders(path, s.includeFolders, s.excludeFolders);
  }

  private optionsKey(): string {
    const s = this.plugin.settings;
    return JSON.stringify([s.includeFolders, s.excludeFolders, tagOptionsFromSettings(s)]);
  }

  private candidate(file: TFile, cache: CachedMetadata | null): boolean {
    return file.extension === 'md' && this.inFolders(file.path) && mayBeCapture(cache?.frontmatter);
  }

  private indexText(file: TFile, text: string, cache: CachedMetadata | null): void {
    const report = parseCapture(text, file.path, tagOptionsFromSettings(this.plugin.settings));
    this.index.add(file.path, report, linkKeys(cache));
  }

  private notify(): void {
    this.events.trigger(INDEX_UPDATED);
  }

  private setProgress(state: IndexProgress['state'], done: number, total: number): void {
    this.progress = { state, done, total };
    this.notify();
  }

  /**
   * Reads every candidate note into a fresh index. Works in slices of SLICE_MS with a frame
   * between them (choosing candidates too: a vault may hold 50,000 notes); a newer build or
   * unload stops it.
   */
  private async build(): Promise<void> {
    const generation = ++this.generation;
    const { vault, metadataCache } = this.plugin.app;
    this.builtWith = this.optionsKey();
    this.index = new CaptureIndex();
    this.updatedDuringBuild.clear();
    this.setProgress('indexing', 0, 0);
    const pacer = new Pacer(SLICE_MS);
    /** Gives the interface a frame; false when this build is over. */
    const pause = async (done: number, total: number): Promise<boolean> => {
      if (total > 0) this.setProgress('indexing', done, total);
      await pacer.pause();
      return generation === this.generation;
    };

    const files: TFile[] = [];
    for (const file of vault.getMarkdownFiles()) {
      if (this.candidate(file, metadataCache.getFileCache(file))) files.push(file);
      if (pacer.due && !(await pause(0, 0))) return;
    }
    this.setProgress('indexing', 0, files.length);
    for (let i = 0; i < files.length; i += READ_BATCH) {
      const batch = files.slice(i, i + READ_BATCH);
      const texts = await Promise.all(batch.map((f) => vault.cachedRead(f).catch(() => null)));
      if (generation !== this.generation) return;
      for (let j = 0; j < batch.length; j++) {
        const file = batch[j];
        const text = texts[j];
        // Deleted or moved meanwhile, or already updated by an event (with newer text).
        if (text !== null && vault.getAbstractFileByPath(file.path) === file && !this.updatedDuringBuild.has(file.path)) {
          const cache = metadataCache.getFileCache(file);
          if (this.candidate(file, cache)) this.indexText(file, text, cache);
        }
        if (pacer.due && !(await pause(i + j + 1, files.length))) return;
      }
    }
    this.updatedDuringBuild.clear();
    this.setProgress('ready', files.length, files.length);
  }

  private changed(file: TFile, data: string, cache: CachedMetadata): void {
    if (this.progress.state === 'indexing') this.updatedDuringBuild.add(file.path);
    if (this.candidate(file, cache)) this.indexText(file, data, cache);
    else if (this.index.has(file.path)) this.index.remove(file.path);
    else return;
    this.notify();
  }

  private renamed(file: TAbstractFile, oldPath: string): void {
    if (file instanceof TFolder) {
      const prefix = `${oldPath}/`;
      for (const path of this.index.paths()) {
        if (path.startsWith(prefix)) this.moved(`${file.path}/${path.slice(prefix.length)}`, path);
      }
    } else if (file instanceof TFile) this.moved(file.path, oldPath, file);
    this.notify();
  }

  /** A note moved from `oldPath` to `path`: kept, dropped or read, as the folder settings say. */
  private moved(path: string, oldPath: string, file?: TFile): void {
    if (this.progress.state === 'indexing') this.updatedDuringBuild.add(path);
    const wanted = this.inFolders(path);
    if (this.index.has(oldPath)) {
      if (wanted) this.index.rename(oldPath, path);
      else this.index.remove(oldPath);
      return;
    }
    const { vault, metadataCache } = this.plugin.app;
    const target = file ?? vault.getFileByPath(path);
    if (target && this.candidate(target, metadataCache.getFileCache(target))) {
      void vault.cachedRead(target).then((text) => {
        if (!this.active || vault.getAbstractFileByPath(target.path) !== target) return;
        this.indexText(target, text, metadataCache.getFileCache(target));
        this.notify();
      });
    }
  }

  private deleted(file: TAbstractFile): void {
    const prefix = `${file.path}/`;
    for (const path of file instanceof TFolder ? this.index.paths().filter((p) => p.startsWith(prefix)) : [file.path]) this.index.remove(path);
    this.notify();
  }

  private rebuildIfOptionsChanged(): void {
    if (this.optionsKey() !== this.builtWith) void this.build();
  }
}
