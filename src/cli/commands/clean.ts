import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from '../args';
import type { CliCommand, CliIO } from '../command';
import { UsageError } from '../command';
import { collectMarkdown, describe } from '../files';
import { normalizeTags, stripPromoted, type EditChange } from '../../core/edits';
import { changeDiff } from '../../core/edits/diff';
import { parseCapture } from '../../core/parse';

const USAGE = `Usage: xcap clean [--strip-promoted] [--normalize-tags] [--write] FILE|FOLDER...

Cleans X captures with the same edits as the plugin's commands. Folders are walked for .md files
(.obsidian and other hidden folders skipped); notes that are not captures are left alone.
  --strip-promoted   remove promoted posts (ads) with their separators
  --normalize-tags   rewrite the tags property as clean Obsidian tags (default tag options)
  --write            apply the changes; without it nothing is written (dry run)
With neither --strip-promoted nor --normalize-tags, both cleanups run.
Prints, for each note that changes, what changes (a short diff), then a summary line.
Exit code: 0 success, 1 when a note could not be read, cleaned or written, 2 bad usage or a path
that does not exist (the other paths are still cleaned).`;

/** Lines of a change shown in the diff before the rest is summarised. */
const DIFF_LINES = 6;

interface Options {
  strip: boolean;
  tags: boolean;
  write: boolean;
  paths: string[];
}

function parseOptions(args: string[]): Options {
  const { flags, positional: paths } = parseArgs(args, { '--strip-promoted': 'flag', '--normalize-tags': 'flag', '--write': 'flag' });
  if (!paths.length) throw new UsageError('name at least one file or folder');
  const strip = flags.has('--strip-promoted');
  const tags = flags.has('--normalize-tags');
  return { strip: strip || !tags, tags: tags || !strip, write: flags.has('--write'), paths };
}

/** One change as a heading and a short diff of the lines it removes and adds. */
function describeChange(change: EditChange): string[] {
  const what = change.kind === 'promoted-post' ? `removed ad ${change.summary}` : change.summary;
  return [`  ${what}`, ...changeDiff(change, DIFF_LINES).map((l) => `    ${l}`)];
}

type Outcome = 'changed' | 'unchanged' | 'not a capture' | 'failed';

interface Tally {
  notes: Record<Outcome, number>;
  ads: number;
  tagProperties: number;
}

/** Plans (and with --write applies) the cleanups for one note; prints what changes. */
function cleanNote(file: string, options: Options, io: CliIO, tally: Tally): Outcome {
  let raw: Buffer;
  try {
    raw = readFileSync(resolve(io.cwd, file));
  } catch (err) {
    io.err(`xcap clean: ${file}: ${describe(err)}\n`);
    return 'failed';
  }
  const text = raw.toString('utf8');
  const report = parseCapture(text, file);
  if (!report.isCapture) return 'not a capture';

  const changes: EditChange[] = [];
  let out = text;
  let ads = 0;
  if (options.strip) {
    const result = stripPromoted(out, report);
    if (result.error) {
      io.err(`xcap clean: ${file}: ${result.error}\n`);
      return 'failed';
    }
    out = result.text;
    ads = result.removed.length;
    changes.push(...result.changes);
  }
  if (options.tags) {
    // Runs after the ads are gone: the tags live in the frontmatter, ahead of every ad, so the
    // offsets of its changes hold for the original text too.
    const result = normalizeTags(out);
    if (result.error) {
      io.err(`xcap clean: ${file}: ${result.error}\n`);
      return 'failed';
    }
    out = result.text;
    changes.unshift(...result.changes);
  }
  if (out === text) return 'unchanged';

  if (options.write) {
    // A note that is not valid UTF-8 would be rewritten with replacement characters.
    if (!raw.equals(Buffer.from(text, 'utf8'))) {
      io.err(`xcap clean: ${file}: not valid UTF-8 text, left as it is\n`);
      return 'failed';
    }
    try {
      writeFileSync(resolve(io.cwd, file), out, 'utf8');
    } catch (err) {
      io.err(`xcap clean: ${file}: ${describe(err)}\n`);
      return 'failed';
    }
  }
  io.out([`${options.write ? 'changed' : 'would change'} ${file}`, ...changes.flatMap(describeChange), ''].join('\n'));
  tally.ads += ads;
  if (changes.some((c) => c.kind === 'tags')) tally.tagProperties++;
  return 'changed';
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

async function run(args: string[], io: CliIO): Promise<number> {
  const options = parseOptions(args);
  const { files, errors: missing } = collectMarkdown(options.paths, io.cwd);
  for (const e of missing) io.err(`xcap clean: ${e}\n`);
  const tally: Tally = { notes: { changed: 0, unchanged: 0, 'not a capture': 0, failed: 0 }, ads: 0, tagProperties: 0 };
  const seen = new Set<string>();
  for (const file of files) {
    const key = resolve(io.cwd, file);
    if (seen.has(key)) continue;
    seen.add(key);
    tally.notes[cleanNote(file, options, io, tally)]++;
  }
  const n = tally.notes;
  const what = [
    options.strip ? plural(tally.ads, 'ad') + (options.write ? ' removed' : ' to remove') : '',
    options.tags ? plural(tally.tagProperties, 'tags property', 'tags properties') + (options.write ? ' normalized' : ' to normalize') : '',
  ].filter(Boolean);
  io.out(
    `${plural(n.changed, 'note')} ${options.write ? 'changed' : 'would change'} (${what.join(', ')}), ` +
      `${n.unchanged} unchanged, ${plural(n['not a capture'], 'not a capture', 'not captures')}, ${n.failed} failed` +
      `${missing.length ? `, ${plural(missing.length, 'path')} not read` : ''}` +
      `${options.write || n.changed === 0 ? '' : '; run again with --write to apply'}\n`,
  );
  return missing.length ? 2 : n.failed ? 1 : 0;
}

export const cleanCommand: CliCommand = {
  name: 'clean',
  summary: 'strip promoted posts and normalize tags (dry run unless --write)',
  usage: USAGE,
  run,
};
