import type { CliCommand, CliIO } from '../command';
import { parseArgs } from '../args';
import { UsageError } from '../command';
import { collectMarkdown, describe, readNote } from '../files';
import { parseCapture } from '../../core/parse';
import type { CaptureReport, PostReport } from '../../core/types';

const USAGE = `Usage: xcap inspect [--json] FILE|FOLDER...

Reads notes (folders are walked for .md files) and reports, for each, whether it is an X capture,
its layout, source, posts (role, author, date, language, ads, media, quotes), tags and warnings.
  --json   print the reports as one JSON array (the capture report of DESIGN.md)
Exit code: 0 success, 1 when a note could not be read, 2 bad usage or a path that does not exist
(the other files are still reported).`;

function postLine(p: PostReport, i: number): string {
  const indent = '  '.repeat(p.depth);
  const who = `${p.author.name ?? '?'} @${p.author.handle ?? '?'}`;
  const lang = p.language.original ? `${p.language.original}${p.language.translation ? `→${p.language.translation}` : ''}` : '-';
  const flags = [
    p.promoted ? `AD (${p.promotedSignals.join(', ')})` : '',
    p.media.length ? `${p.media.length} media` : '',
    p.quote ? `quotes ${p.quote.author?.handle ? `@${p.quote.author.handle}` : 'a post'} ${p.quote.date ?? ''}`.trim() : '',
  ].filter(Boolean);
  const first = p.text.original.split('\n').find((l) => l.trim()) ?? '';
  const excerpt = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  return `  ${String(i + 1).padStart(3)}. ${indent}${p.role.padEnd(6)} ${who}  ${p.date ?? 'no date'}  ${lang}${flags.length ? `  [${flags.join('; ')}]` : ''}\n        ${indent}${excerpt}`;
}

/** A readable summary of one report. */
export function summarize(r: CaptureReport): string {
  const lines = [`${r.file}`];
  if (!r.isCapture) {
    lines.push(`  not a capture: ${r.reasons.join('; ')}`);
  } else {
    lines.push(`  ${r.layout} capture of @${r.source.handle ?? r.posts[0]?.author.handle ?? '?'}${r.source.statusId ? ` (status ${r.source.statusId})` : ''}: ${r.posts.length} post${r.posts.length === 1 ? '' : 's'}`);
    lines.push(`  why: ${r.reasons.join('; ')}`);
    r.posts.forEach((p, i) => lines.push(postLine(p, i)));
  }
  if (r.tags.current.length || r.tags.normalized.length) {
    const same = JSON.stringify(r.tags.current) === JSON.stringify(r.tags.normalized);
    lines.push(`  tags: ${r.tags.current.join(', ') || '(none)'}${same ? '' : `  →  ${r.tags.normalized.join(', ') || '(none)'}`}`);
  }
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positional: paths } = parseArgs(args, { '--json': 'flag' });
  const json = flags.has('--json');
  if (!paths.length) throw new UsageError('name at least one file or folder');
  const { files, errors: missing } = collectMarkdown(paths, io.cwd);
  const failed: string[] = [];
  const reports: CaptureReport[] = [];
  for (const file of files) {
    try {
      reports.push(parseCapture(readNote(file, io.cwd), file));
    } catch (err) {
      failed.push(`${file}: ${describe(err)}`);
    }
  }
  for (const e of [...missing, ...failed]) io.err(`xcap inspect: ${e}\n`);
  io.out(json ? `${JSON.stringify(reports, null, 2)}\n` : reports.map(summarize).join('\n\n') + (reports.length ? '\n' : ''));
  return missing.length ? 2 : failed.length ? 1 : 0;
}

export const inspectCommand: CliCommand = { name: 'inspect', summary: 'report what the notes are: captures, posts, tags', usage: USAGE, run };
