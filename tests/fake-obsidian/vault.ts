import type * as O from 'obsidian';
import { Events } from './events';
import { normalizePath } from './functions';

let clock = 1_700_000_000_000;
/** Strictly increasing timestamps, so every write changes mtime even within one millisecond. */
function tick(): number {
  clock = Math.max(clock + 1, Date.now());
  return clock;
}

function splitPath(path: string): { name: string; parentPath: string } {
  const i = path.lastIndexOf('/');
  return { name: i < 0 ? path : path.slice(i + 1), parentPath: i < 0 ? '/' : path.slice(0, i) };
}

export abstract class TAbstractFile implements O.TAbstractFile {
  /** Typed as the real Vault so fake files pass wherever the API takes a TFile; it is the fake Vault. */
  vault: O.Vault;
  path: string;
  name: string;
  parent: TFolder | null = null;

  constructor(vault?: Vault, path = '') {
    this.vault = vault as unknown as O.Vault;
    this.path = path;
    this.name = splitPath(path).name;
  }

  /** Fake-internal: sets path and name (and basename/extension for files). */
  _setPath(path: string): void {
    this.path = path;
    this.name = path === '/' ? '' : splitPath(path).name;
  }
}

export class TFile extends TAbstractFile implements O.TFile {
  stat: O.FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = '';
  extension = '';

  constructor(vault?: Vault, path = '') {
    super(vault, path);
    this._setPath(path);
  }

  override _setPath(path: string): void {
    super._setPath(path);
    const dot = this.name.lastIndexOf('.');
    this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
    this.extension = dot > 0 ? this.name.slice(dot + 1) : '';
  }
}

export class TFolder extends TAbstractFile implements O.TFolder {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === '/';
  }
}

/**
 * An in-memory vault. Writes are atomic and fire the same events as Obsidian's vault
 * ('create', 'modify', 'delete', 'rename'), synchronously after the change is made.
 */
export class Vault extends Events implements Pick<O.Vault,
  'configDir' | 'getName' | 'getFileByPath' | 'getFolderByPath' | 'getAbstractFileByPath' | 'getRoot' | 'create' |
  'createFolder' | 'read' | 'cachedRead' | 'getResourcePath' | 'delete' | 'trash' | 'rename' | 'modify' | 'append' |
  'process' | 'getAllLoadedFiles' | 'getAllFolders' | 'getMarkdownFiles' | 'getFiles' | 'on'> {
  configDir = '.obsidian';
  private readonly root: TFolder;
  private readonly entries = new Map<string, TAbstractFile>();
  private readonly contents = new Map<TFile, string>();
  /** Test helper: every write the vault performed, in order (path and kind). */
  readonly writes: { kind: 'create' | 'modify' | 'delete' | 'rename'; path: string }[] = [];

  constructor(private readonly name = 'Test vault') {
    super();
    this.root = new TFolder(this, '/');
    this.root.name = '';
    this.entries.set('/', this.root);
  }

  getName(): string {
    return this.name;
  }

  getRoot(): O.TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.entries.get(normalizePath(path)) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFile ? f : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFolder ? f : null;
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.entries.values()];
  }

  getAllFolders(includeRoot = false): TFolder[] {
    return [...this.entries.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
  }

  getFiles(): TFile[] {
    return [...this.contents.keys()];
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  getResourcePath(file: O.TFile): string {
    return `app://fake-vault/${encodeURI(file.path)}?${file.stat.mtime}`;
  }

  async createFolder(path: string): Promise<TFolder> {
    path = normalizePath(path);
    if (this.entries.has(path)) throw new Error('Folder already exists.');
    return this.ensureFolder(path);
  }

  async create(path: string, data: string): Promise<TFile> {
    return this.createSync(path, data);
  }

  /** Test helper: `create` without waiting (throws when the path exists). */
  createSync(path: string, data: string): TFile {
    path = normalizePath(path);
    if (this.entries.has(path)) throw new Error('File already exists.');
    const { parentPath } = splitPath(path);
    const parent = this.ensureFolder(parentPath);
    const file = new TFile(this, path);
    const now = tick();
    file.stat = { ctime: now, mtime: now, size: data.length };
    file.parent = parent;
    parent.children.push(file);
    this.entries.set(path, file);
    this.contents.set(file, data);
    this.writes.push({ kind: 'create', path });
    this.trigger('create', file);
    return file;
  }

  async read(file: O.TFile): Promise<string> {
    return this.readSync(file);
  }

  async cachedRead(file: O.TFile): Promise<string> {
    return this.readSync(file);
  }

  /** Test helper (and used by the fake's metadata cache): the current text of a file. */
  readSync(file: O.TFile): string {
    const text = this.contents.get(file as TFile);
    if (text === undefined) throw new Error(`ENOENT: no such file '${file.path}'`);
    return text;
  }

  async modify(file: O.TFile, data: string): Promise<void> {
    this.writeSync(file as TFile, data);
  }

  async append(file: O.TFile, data: string): Promise<void> {
    this.writeSync(file as TFile, this.readSync(file) + data);
  }

  /** Reads, transforms and writes in one step, as Obsidian does: nothing can write in between. */
  async process(file: O.TFile, fn: (data: string) => string): Promise<string> {
    const next = fn(this.readSync(file));
    this.writeSync(file as TFile, next);
    return next;
  }

  async delete(file: O.TAbstractFile): Promise<void> {
    const f = file as TAbstractFile;
    if (f instanceof TFolder) for (const child of [...f.children]) await this.delete(child);
    if (!this.entries.has(f.path)) throw new Error(`ENOENT: no such file '${f.path}'`);
    this.entries.delete(f.path);
    if (f instanceof TFile) this.contents.delete(f);
    f.parent?.children.splice(f.parent.children.indexOf(f), 1);
    this.writes.push({ kind: 'delete', path: f.path });
    this.trigger('delete', f);
  }

  async trash(file: O.TAbstractFile): Promise<void> {
    await this.delete(file);
  }

  async rename(file: O.TAbstractFile, newPath: string): Promise<void> {
    const f = file as TAbstractFile;
    newPath = normalizePath(newPath);
    if (this.entries.has(newPath)) throw new Error('Destination file already exists!');
    const oldPath = f.path;
    const parent = this.ensureFolder(splitPath(newPath).parentPath);
    f.parent?.children.splice(f.parent.children.indexOf(f), 1);
    f.parent = parent;
    parent.children.push(f);
    this.movePath(f, newPath);
    this.writes.push({ kind: 'rename', path: newPath });
    this.trigger('rename', f, oldPath);
  }

  /** Test helper: writes files without waiting, e.g. `vault.seed({ 'a.md': '...' })`. */
  seed(files: Record<string, string>): TFile[] {
    return Object.entries(files).map(([path, text]) => this.createSync(path, text));
  }

  private movePath(f: TAbstractFile, newPath: string): void {
    this.entries.delete(f.path);
    f._setPath(newPath);
    this.entries.set(newPath, f);
    if (f instanceof TFolder) for (const child of f.children) this.movePath(child, `${newPath}/${child.name}`);
  }

  private writeSync(file: TFile, data: string): void {
    if (!this.contents.has(file)) throw new Error(`ENOENT: no such file '${file.path}'`);
    this.contents.set(file, data);
    file.stat = { ...file.stat, mtime: tick(), size: data.length };
    this.writes.push({ kind: 'modify', path: file.path });
    this.trigger('modify', file);
  }

  private ensureFolder(path: string): TFolder {
    if (path === '/' || path === '') return this.root;
    const existing = this.entries.get(path);
    if (existing instanceof TFolder) return existing;
    if (existing) throw new Error(`'${path}' is a file, not a folder`);
    const { parentPath } = splitPath(path);
    const parent = this.ensureFolder(parentPath);
    const folder = new TFolder(this, path);
    folder.parent = parent;
    parent.children.push(folder);
    this.entries.set(path, folder);
    this.trigger('create', folder);
    return folder;
  }
}
