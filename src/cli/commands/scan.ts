import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import { relative } from 'node:path';
import { parseArgs, positiveInteger } from '../args';
import type { CliCommand, CliIO } from '../command';
import { UsageError } from '../command';
import { describe, readNote, vaultFiles } from '../files';
import { parseCapture } from '../../core/parse';
import { formatScan, ScanTally } from '../scan-summary';

const USAGE = `Usage: xcap scan DIR [--json] [--top N]

Summarizes a vault: notes and captures, captures by layout, language pairs of the main posts
(original→translation), promoted posts, tag problems, the most clipped authors, and the time it took.
  --json    print the summary as JSON
  --top N   how many authors and problem tags to list (default 10)
Exit code: 0 success, 1 when a note could not be read, 2 bad usage or a DIR that is not a folder.`;

function parseOptions(args: string[]): { dir: string; json: boolean; top: number } {
  const { flags, values, positional } = parseArgs(args, { '--json': 'flag', '--top': 'value' });
  const given = values.get('--top');
  const top = given === undefined ? 10 : positiveInteger('--top', given);
  if (positional.length !== 1) throw new UsageError('name one vault folder');
  return { dir: positional[0], json: flags.has('--json'), top };
}

async function run(args: string[], io: CliIO): Promise<number> {
  const o = parseOptions(args);
  const start = performance.now();
  const { files } = vaultFiles(o.dir, io.cwd);
  const tally = new ScanTally();
  let unreadable = 0;
  for (const file of files) {
    try {
      const text = readNote(file, io.cwd);
      tally.add(parseCapture(text, file), Buffer.byteLength(text, 'utf8'));
    } catch (err) {
      unreadable++;
      io.err(`xcap scan: ${relative(io.cwd, file)}: ${describe(err)}\n`);
    }
  }
  const summary = tally.summary(o.top, unreadable, performance.now() - start);
  io.out(o.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatScan(summary)}\n`);
  return unreadable ? 1 : 0;
}

export const scanCommand: CliCommand = { name: 'scan', summary: 'summarize a vault: captures, layouts, languages, ads, tags, authors', usage: USAGE, run };
