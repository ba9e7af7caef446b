import { relative, resolve, sep } from 'node:path';
import { parseArgs, positiveInteger } from '../args';
import type { CliCommand, CliIO } from '../command';
import { UsageError } from '../command';
import { describe, readNamedNote, readNote, vaultFiles } from '../files';
import { parseCapture } from '../../core/parse';
import { CaptureIndex, DEFAULT_LIMIT, extractNoteLinks, reasonDescription, type CaptureSummary, type RelatedResult } from '../../core/related';

const USAGE = `Usage: xcap related FILE --vault DIR [--json] [--limit N]

Lists the captures of the vault related to FILE, best first, with the reasons: same
conversation, same author, shared people (participants, @mentions), shared tags, similar text,
already linked from FILE. For a note that is not a capture, lists the captures that link to it.
  --vault DIR   the vault folder to index (.obsidian and other hidden folders skipped)
  --json        print { file, isCapture, captures, results, linkedFrom } as JSON
  --limit N     at most N results (default ${DEFAULT_LIMIT})
Exit code: 0 success, 1 when FILE is not a capture or a vault note could not be read,
2 bad usage, a FILE that cannot be read or a DIR that is not a folder.`;

interface Options {
  file: string;
  vault: string;
  json: boolean;
  limit: number;
}

function parseOptions(args: string[]): Options {
  const { flags, values, positional } = parseArgs(args, { '--vault': 'value', '--json': 'flag', '--limit': 'value' });
  const given = values.get('--limit');
  const limit = given === undefined ? DEFAULT_LIMIT : positiveInteger('--limit', given);
  if (positional.length !== 1) throw new UsageError(positional.length ? 'name one file' : 'name the file to find related captures for');
  const vault = values.get('--vault');
  if (vault === undefined) throw new UsageError('--vault DIR is required');
  return { file: positional[0], vault, json: flags.has('--json'), limit };
}

/** A path inside the vault as the index keys it: relative to the vault, forward slashes. */
const vaultPath = (vaultDir: string, file: string): string => relative(vaultDir, file).split(sep).join('/');

const byline = (c: CaptureSummary): string =>
  [c.title ?? '(untitled)', c.author.handle ? `@${c.author.handle}` : null, c.date].filter(Boolean).join(' · ');

function formatResults(results: RelatedResult[]): string[] {
  const width = String(results.length).length;
  return results.flatMap((r, i) => [
    `${String(i + 1).padStart(width)}. ${r.score.toFixed(2).padStart(5)}  ${r.path}`,
    `${' '.repeat(width + 9)}${byline(r)}`,
    `${' '.repeat(width + 9)}${r.reasons.map(reasonDescription).join('; ')}`,
  ]);
}

async function run(args: string[], io: CliIO): Promise<number> {
  const o = parseOptions(args);
  const { root: vaultDir, files } = vaultFiles(o.vault, io.cwd);
  const targetText = readNamedNote(o.file, io.cwd);
  const target = resolve(io.cwd, o.file);
  const index = new CaptureIndex();
  let unreadable = 0;
  for (const full of files) {
    if (full === target) continue;
    try {
      const text = readNote(full, io.cwd);
      index.add(vaultPath(vaultDir, full), parseCapture(text, vaultPath(io.cwd, full)), extractNoteLinks(text));
    } catch (err) {
      unreadable++;
      io.err(`xcap related: ${vaultPath(io.cwd, full)}: ${describe(err)}\n`);
    }
  }
  // FILE outside the vault is indexed under its path relative to the vault ("../note.md").
  const key = vaultPath(vaultDir, target);
  const report = parseCapture(targetText, o.file);
  index.add(key, report, extractNoteLinks(targetText));
  const results = index.related(key, { limit: o.limit });
  const linkedFrom = report.isCapture ? [] : index.linkingTo(key);

  if (o.json) {
    io.out(`${JSON.stringify({ file: key, isCapture: report.isCapture, captures: index.size, results, linkedFrom }, null, 2)}\n`);
  } else if (report.isCapture) {
    const lines = [`Related to ${key} (${byline(index.summary(key) as CaptureSummary)}), among ${index.size - 1} other captures:`];
    lines.push(...(results.length ? formatResults(results) : ['  nothing related found']));
    io.out(`${lines.join('\n')}\n`);
  } else {
    const lines = [`${key} is not a capture (${report.reasons.join('; ')}).`];
    lines.push(linkedFrom.length ? `Captures that link to it (${linkedFrom.length}):` : 'No capture links to it.');
    for (const c of linkedFrom) lines.push(`  ${c.path}  ${byline(c)}`);
    io.out(`${lines.join('\n')}\n`);
  }
  if (!report.isCapture) io.err(`xcap related: ${o.file} is not a capture\n`);
  return report.isCapture && unreadable === 0 ? 0 : 1;
}

export const relatedCommand: CliCommand = { name: 'related', summary: 'list the captures related to a note, with the reasons', usage: USAGE, run };
