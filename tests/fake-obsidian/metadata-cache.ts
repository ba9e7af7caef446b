import type * as O from 'obsidian';
import { readFrontmatter } from '../../src/core/frontmatter';
import { Events } from './events';
import { parseLinktext } from './functions';
import { TFile, type TAbstractFile, type Vault } from './vault';

const WIKILINK = /(!?)\[\[([^\]\n]+?)\]\]/g;
const MDLINK = /(!?)\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const FENCE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm;

function locator(text: string): (offset: number) => O.Loc {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, col: offset - starts[lo], offset };
  };
}

function splitWikilink(inner: string): { link: string; displayText: string } {
  const bar = inner.indexOf('|');
  const link = (bar < 0 ? inner : inner.slice(0, bar)).trim();
  return { link, displayText: bar < 0 ? link : inner.slice(bar + 1) };
}

function frontmatterLinks(data: Record<string, unknown>): O.FrontmatterLinkCache[] {
  const out: O.FrontmatterLinkCache[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(WIKILINK)) out.push({ key, original: m[0], ...splitWikilink(m[2]) });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${key}.${i}`));
  };
  for (const [key, value] of Object.entries(data)) visit(value, key);
  return out;
}

/** What the fake's metadata cache knows of a note: frontmatter (the project's reader), links, embeds. */
export function computeCache(text: string): O.CachedMetadata {
  const fm = readFrontmatter(text);
  const loc = locator(text);
  const cache: O.CachedMetadata = {};
  if (fm.present && fm.range) {
    cache.frontmatter = fm.data;
    cache.frontmatterPosition = { start: loc(fm.range.start), end: loc(fm.range.end) };
    const fl = frontmatterLinks(fm.data);
    if (fl.length) cache.frontmatterLinks = fl;
  }
  // Links inside fenced code are not links; blank them out, keeping offsets.
  const body = text.slice(0, fm.bodyStart).replace(/[^\n]/g, ' ') + text.slice(fm.bodyStart).replace(FENCE, (m) => m.replace(/[^\n]/g, ' '));
  const links: O.LinkCache[] = [];
  const embeds: O.EmbedCache[] = [];
  const add = (embed: boolean, ref: O.Reference, start: number, end: number): void => {
    (embed ? embeds : links).push({ ...ref, position: { start: loc(start), end: loc(end) } });
  };
  for (const m of body.matchAll(WIKILINK)) add(m[1] === '!', { original: m[0], ...splitWikilink(m[2]) }, m.index, m.index + m[0].length);
  for (const m of body.matchAll(MDLINK)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(m[3])) continue; // external URL, not a link to a note
    let link = m[3];
    try {
      link = decodeURI(link);
    } catch {
      // keep the raw target
    }
    add(m[1] === '!', { original: m[0], link, displayText: m[2] }, m.index, m.index + m[0].length);
  }
  const byOffset = (a: O.ReferenceCache, b: O.ReferenceCache): number => a.position.start.offset - b.position.start.offset;
  if (links.length) cache.links = links.sort(byOffset);
  if (embeds.length) cache.embeds = embeds.sort(byOffset);
  return cache;
}

/**
 * The metadata cache over the fake vault. `getFileCache` is always current (computed from the
 * vault's text on demand); the 'changed' and 'resolved' events arrive asynchronously, as in
 * Obsidian, after the vault event (await `settled()` in tests).
 */
export class MetadataCache extends Events implements Pick<O.MetadataCache,
  'getFirstLinkpathDest' | 'getFileCache' | 'getCache' | 'fileToLinktext' | 'resolvedLinks' | 'unresolvedLinks' | 'on'> {
  private resolved: Record<string, Record<string, number>> = {};
  private unresolved: Record<string, Record<string, number>> = {};
  private linksDirty = true;
  private readonly caches = new Map<TFile, { mtime: number; cache: O.CachedMetadata }>();
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly vault: Vault) {
    super();
    vault.on('create', (f: TAbstractFile) => this.changed(f));
    vault.on('modify', (f: TAbstractFile) => this.changed(f));
    vault.on('rename', (f: TAbstractFile) => {
      this.linksDirty = true;
      this.changed(f);
    });
    vault.on('delete', (f: TAbstractFile) => {
      if (!(f instanceof TFile)) return;
      const prev = this.caches.get(f)?.cache ?? null;
      this.caches.delete(f);
      this.linksDirty = true;
      this.later(() => {
        this.trigger('deleted', f, prev);
        this.trigger('resolved');
      });
    });
  }

  get resolvedLinks(): Record<string, Record<string, number>> {
    this.resolveAll();
    return this.resolved;
  }

  get unresolvedLinks(): Record<string, Record<string, number>> {
    this.resolveAll();
    return this.unresolved;
  }

  getFileCache(file: O.TFile): O.CachedMetadata | null {
    const f = file as TFile;
    if (f.extension !== 'md' || !this.vault.getFileByPath(f.path)) return null;
    const hit = this.caches.get(f);
    if (hit && hit.mtime === f.stat.mtime) return hit.cache;
    const cache = computeCache(this.vault.readSync(f));
    this.caches.set(f, { mtime: f.stat.mtime, cache });
    return cache;
  }

  getCache(path: string): O.CachedMetadata | null {
    const f = this.vault.getFileByPath(path);
    return f ? this.getFileCache(f) : null;
  }

  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const path = parseLinktext(linkpath).path.trim();
    if (path === '') return this.vault.getFileByPath(sourcePath);
    const folder = sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/') + 1) : '';
    for (const candidate of [path, `${path}.md`, `${folder}${path}`, `${folder}${path}.md`]) {
      const f = this.vault.getFileByPath(candidate);
      if (f) return f;
    }
    const lower = path.toLowerCase();
    const matches = this.vault
      .getFiles()
      .filter((f) => {
        const p = f.path.toLowerCase();
        return p === lower || p === `${lower}.md` || p.endsWith(`/${lower}`) || p.endsWith(`/${lower}.md`);
      })
      .sort((a, b) => a.path.length - b.path.length);
    return matches.find((f) => f.path.startsWith(folder)) ?? matches[0] ?? null;
  }

  fileToLinktext(file: O.TFile, sourcePath: string, omitMdExtension = true): string {
    const strip = (p: string): string => (omitMdExtension && file.extension === 'md' ? p.slice(0, -3) : p);
    const sameName = this.vault.getFiles().filter((f) => f.name === file.name);
    if (sameName.length === 1) return strip(file.name);
    return this.getFirstLinkpathDest(strip(file.name), sourcePath) === file ? strip(file.name) : strip(file.path);
  }

  /** Test helper: resolves once every pending 'changed'/'resolved' event has been delivered. */
  async settled(): Promise<void> {
    let last: Promise<void>;
    do {
      last = this.pending;
      await last;
    } while (last !== this.pending);
  }

  private changed(f: TAbstractFile): void {
    if (!(f instanceof TFile) || f.extension !== 'md') return;
    const cache = this.getFileCache(f);
    this.linksDirty = true;
    const data = this.vault.readSync(f);
    this.later(() => {
      this.trigger('changed', f, data, cache);
      this.trigger('resolve', f);
      this.trigger('resolved');
    });
  }

  private later(fn: () => void): void {
    this.pending = this.pending.then(fn);
  }

  /** Link resolution is recomputed lazily, so seeding thousands of notes stays linear. */
  private resolveAll(): void {
    if (!this.linksDirty) return;
    this.linksDirty = false;
    this.resolved = {};
    this.unresolved = {};
    for (const f of this.vault.getMarkdownFiles()) {
      const resolved: Record<string, number> = {};
      const unresolved: Record<string, number> = {};
      const cache = this.getFileCache(f);
      for (const ref of [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])]) {
        const dest = this.getFirstLinkpathDest(ref.link, f.path);
        const bucket = dest ? resolved : unresolved;
        const key = dest ? dest.path : parseLinktext(ref.link).path;
        bucket[key] = (bucket[key] ?? 0) + 1;
      }
      this.resolved[f.path] = resolved;
      this.unresolved[f.path] = unresolved;
    }
  }
}
