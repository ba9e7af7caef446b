import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from '../args';
import type { CliCommand, CliIO } from '../command';
import { UsageError } from '../command';
import { describe, readNamedNote } from '../files';
import { parseCapture } from '../../core/parse';
import { buildStandalonePage, type PageTheme } from '../../render/standalone';
import { DEFAULT_SETTINGS, LANGUAGE_MODES, type LanguageMode } from '../../settings';
import styles from '../../../styles.css';

const USAGE = `Usage: xcap render FILE [--out PAGE.html] [--mode original|translation|both]
                   [--theme light|dark|auto] [--hide-ads] [--locale TAG]

Writes a capture as a standalone HTML page: the same cards as the plugin's thread view, with the
plugin's stylesheet and a stand-in for Obsidian's theme. The page works offline from disk (images
load from X when online) and runs only its own script (Content-Security-Policy).
  --out PAGE.html   write the page there (default: print it to standard output)
  --mode MODE       language shown first: original, translation or both (default: ${DEFAULT_SETTINGS.defaultLanguageMode})
  --theme THEME     light, dark, or auto to follow the system (default: auto)
  --hide-ads        leave promoted posts out (default: shown collapsed with an "Ad" badge)
  --locale TAG      BCP 47 language for dates and language names (default: the browser's)
Exit code: 0; 1 when FILE is not an X capture (the page is still written and says so);
2 for bad usage or a FILE that cannot be read.`;

const THEMES: readonly PageTheme[] = ['light', 'dark', 'auto'];

interface RenderArgs {
  file: string;
  out: string | null;
  mode: LanguageMode;
  theme: PageTheme;
  hideAds: boolean;
  locale: string | undefined;
}

const OPTIONS = { '--out': 'value', '--mode': 'value', '--theme': 'value', '--hide-ads': 'flag', '--locale': 'value' } as const;

/** `value` if it is one of `allowed`, else a UsageError naming them. */
function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function parseOptions(args: string[]): RenderArgs {
  const { flags, values, positional } = parseArgs(args, OPTIONS, { '-o': '--out' });
  if (positional.length === 0) throw new UsageError('name the capture to render');
  if (positional.length > 1) throw new UsageError('render one file at a time');
  const locale = values.get('--locale');
  let canonical: string | undefined;
  try {
    canonical = locale === undefined ? undefined : Intl.getCanonicalLocales(locale)[0];
  } catch {
    throw new UsageError(`--locale: "${locale}" is not a BCP 47 language tag`);
  }
  return {
    file: positional[0],
    out: values.get('--out') ?? null,
    mode: oneOf('--mode', values.get('--mode'), LANGUAGE_MODES, DEFAULT_SETTINGS.defaultLanguageMode),
    theme: oneOf('--theme', values.get('--theme'), THEMES, 'auto'),
    hideAds: flags.has('--hide-ads'),
    locale: canonical,
  };
}

/** The bundled page script, built by `npm run build` beside the CLI bundle (dist/render-page.js). */
function readPageScript(): string | null {
  /* global __dirname -- the CLI is a CommonJS bundle: its folder is dist/, beside render-page.js */
  const path = join(__dirname, 'render-page.js');
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

const sha256Base64 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

async function run(args: string[], io: CliIO): Promise<number> {
  const opts = parseOptions(args);
  const text = readNamedNote(opts.file, io.cwd);
  const script = readPageScript();
  if (script === null) {
    io.err('xcap render: the page script (dist/render-page.js) is missing; run `npm run build` first.\n');
    return 2;
  }
  const report = parseCapture(text, opts.file);
  const page = buildStandalonePage({
    payload: { report, mode: opts.mode, hideAds: opts.hideAds, locale: opts.locale },
    css: styles,
    script,
    theme: opts.theme,
    sha256Base64,
  });
  if (opts.out === null) io.out(page);
  else {
    try {
      writeFileSync(resolve(io.cwd, opts.out), page, 'utf8');
    } catch (err) {
      io.err(`xcap render: cannot write ${opts.out}: ${describe(err)}\n`);
      return 2;
    }
  }
  if (!report.isCapture) {
    io.err(`xcap render: ${basename(opts.file)} is not an X capture (${report.reasons.join('; ') || 'no reason given'}); the page says so.\n`);
    return 1;
  }
  return 0;
}

export const renderCommand: CliCommand = { name: 'render', summary: 'write a capture as a standalone HTML page of cards', usage: USAGE, run };
