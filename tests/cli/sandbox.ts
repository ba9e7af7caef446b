import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../../src/cli/run';

/** What one in-process `xcap` run printed and returned. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** A fresh temporary folder per test, with `xcap` run in it in-process. */
export interface CliSandbox {
  /** The current test's folder (absolute). */
  readonly dir: string;
  /** Runs `xcap ARGS...` with the folder as working directory. */
  readonly xcap: (...args: string[]) => Promise<CliResult>;
  /** Writes a file under the folder (parents created); returns its absolute path. */
  readonly write: (path: string, text: string | Uint8Array) => string;
}

/** Registers the per-test folder (created before each test, removed after); call at a test file's top level. */
export function cliSandbox(prefix: string): CliSandbox {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    xcap: async (...args) => {
      let out = '';
      let err = '';
      const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd: dir });
      return { code, out, err };
    },
    write: (path, text) => {
      const full = join(dir, path);
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(full, text);
      return full;
    },
  };
}
