import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Markdown files named by the arguments (folders walked), and the arguments that could not be read. */
export interface Collected {
  files: string[];
  errors: string[];
}

const SKIP_DIR = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIR(entry.name)) walk(path, out);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(path);
  }
}

/**
 * Expands files and folders into markdown files (folders walked, hidden folders such as
 * `.obsidian` skipped, sorted), resolving against `cwd` but keeping paths as the user wrote them.
 */
export function collectMarkdown(paths: string[], cwd: string): Collected {
  const files: string[] = [];
  const errors: string[] = [];
  for (const p of paths) {
    try {
      const st = statSync(resolve(cwd, p));
      if (st.isDirectory()) {
        const found: string[] = [];
        walk(resolve(cwd, p), found);
        const base = resolve(cwd, p);
        files.push(...found.map((f) => join(p, relative(base, f))));
      }
      else files.push(p);
    } catch (err) {
      errors.push(`${p}: ${describe(err)}`);
    }
  }
  return { files, errors };
}

/** Reads a note as UTF-8 text, as Obsidian would. */
export const readNote = (path: string, cwd: string): string => readFileSync(resolve(cwd, path), 'utf8');

/** A file-system error in a few words ("no such file", "permission denied"). */
export function describe(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return err instanceof Error ? err.message : String(err);
}
