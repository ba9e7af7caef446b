import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PathError } from './command';

/** Markdown files named by the arguments (folders walked), and the arguments that could not be read. */
export interface Collected {
  files: string[];
  /** One line per argument that could not be read ("PATH: no such file or folder"). */
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
      const base = resolve(cwd, p);
      if (statSync(base).isDirectory()) {
        const found: string[] = [];
        walk(base, found);
        files.push(...found.map((f) => join(p, relative(base, f))));
      } else files.push(p);
    } catch (err) {
      errors.push(`${p}: ${describe(err)}`);
    }
  }
  return { files, errors };
}

/** Reads a note as UTF-8 text, as Obsidian would. */
export const readNote = (path: string, cwd: string): string => readFileSync(resolve(cwd, path), 'utf8');

/**
 * Reads the one note a command was named (`xcap render FILE`, `xcap related FILE`); a FILE that
 * is missing, a folder or unreadable is a PathError (exit 2), not a failed note.
 */
export function readNamedNote(path: string, cwd: string): string {
  try {
    return readNote(path, cwd);
  } catch (err) {
    throw new PathError(`${path}: ${describe(err)}`);
  }
}

/**
 * The markdown files of the vault folder a command was named (`--vault DIR`, `xcap scan DIR`),
 * as absolute paths so the walk does not depend on the working folder; a DIR that is missing or
 * not a folder is a PathError (exit 2).
 */
export function vaultFiles(dir: string, cwd: string): { root: string; files: string[] } {
  const root = resolve(cwd, dir);
  try {
    if (!statSync(root).isDirectory()) throw new PathError(`${dir}: not a folder`);
    const files: string[] = [];
    walk(root, files);
    return { root, files };
  } catch (err) {
    throw err instanceof PathError ? err : new PathError(`${dir}: ${describe(err)}`);
  }
}

/** A file-system error in a few words ("no such file", "permission denied"). */
export function describe(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return err instanceof Error ? err.message : String(err);
}
