import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCapture } from '../../src/core/parse';
import { CaptureIndex, extractNoteLinks, linkMatchesPath, type Reason } from '../../src/core/related';
import type { CaptureReport } from '../../src/core/types';

// The real captures of ../shared: every result must show a reason that holds when checked
// against the notes themselves, and same-author or same-conversation captures come first.
const root = fileURLToPath(new URL('../../../shared/fixtures', import.meta.url));
const HAVE = existsSync(resolve(root, 'real'));
if (!HAVE) console.warn(`\n*** SKIPPED the related-captures checks on real captures: ${root} is missing ***\n`);

interface Note {
  path: string;
  text: string;
  report: CaptureReport;
}

function load(): Note[] {
  return ['real', 'seed'].flatMap((dir) =>
    readdirSync(resolve(root, dir))
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const text = readFileSync(resolve(root, dir, f), 'utf8');
        return { path: `${dir}/${f}`, text, report: parseCapture(text, f) };
      }),
  );
}

const mainHandle = (r: CaptureReport): string | null => {
  const real = r.posts.filter((p) => !p.promoted);
  return ((real.find((p) => p.role === 'main') ?? real[0])?.author.handle ?? r.source.handle)?.toLowerCase() ?? null;
};

const statusIds = (r: CaptureReport): Set<string> => {
  const ids = new Set<string>();
  if (r.source.statusId) ids.add(r.source.statusId);
  for (const p of r.posts) {
    if (p.promoted) continue;
    if (p.statusId) ids.add(p.statusId);
    const quoted = p.quote?.url ? /\/status\/(\d+)/.exec(p.quote.url)?.[1] : undefined;
    if (quoted) ids.add(quoted);
  }
  return ids;
};

const hasTagOrNested = (r: CaptureReport, tag: string): boolean =>
  r.tags.normalized.some((t) => t.toLowerCase() === tag || t.toLowerCase().startsWith(`${tag}/`));

const folded = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\\(.)/g, '$1');

/** Whether the reason holds, checked on the notes and reports rather than on the index. */
function holds(reason: Reason, q: Note, d: Note): boolean {
  switch (reason.kind) {
    case 'author':
      return mainHandle(q.report) !== null && mainHandle(q.report) === mainHandle(d.report) && reason.shared[0].toLowerCase() === mainHandle(d.report);
    case 'conversation': {
      const theirs = statusIds(d.report);
      return reason.shared.length > 0 && reason.shared.every((id) => statusIds(q.report).has(id) && theirs.has(id));
    }
    case 'people':
      return reason.shared.length > 0 && reason.shared.every((h) => folded(q.text).includes(h) && folded(d.text).includes(h));
    case 'tags':
      return reason.shared.length > 0 && reason.shared.every((t) => hasTagOrNested(q.report, t) && hasTagOrNested(d.report, t));
    case 'text':
      return reason.shared.length > 0 && reason.shared.every((term) => folded(q.text).includes(term) && folded(d.text).includes(term));
    case 'linked':
      return extractNoteLinks(q.text).some((key) => linkMatchesPath(key, d.path));
  }
}

describe.skipIf(!HAVE)('related captures on the real captures of ../shared/fixtures', () => {
  const notes = HAVE ? load() : [];
  const byPath = new Map(notes.map((n) => [n.path, n]));
  const index = new CaptureIndex();
  for (const n of notes) index.add(n.path, n.report, extractNoteLinks(n.text));

  it('indexes the captures and only them', () => {
    expect(index.size).toBe(notes.filter((n) => n.report.isCapture).length);
    expect(index.size).toBeGreaterThan(15);
  });

  it('puts same-author and same-conversation captures first, each result with a reason that holds', () => {
    let results = 0;
    for (const path of index.paths()) {
      const q = byPath.get(path) as Note;
      const found = index.related(path, { limit: Infinity });
      const hard = found.map((r) => r.reasons.some((x) => x.kind === 'author' || x.kind === 'conversation'));
      expect(hard.indexOf(false) === -1 || hard.lastIndexOf(true) < hard.indexOf(false), path).toBe(true);
      for (const r of found) {
        results++;
        expect(r.reasons.length, `${path} -> ${r.path}`).toBeGreaterThan(0);
        for (const reason of r.reasons) expect(holds(reason, q, byPath.get(r.path) as Note), `${path} -> ${r.path}: ${JSON.stringify(reason)}`).toBe(true);
      }
    }
    expect(results).toBeGreaterThan(20);
  });

  it("relates each of karpathy's captures to his other captures first", () => {
    const karpathy = index.paths().filter((p) => mainHandle((byPath.get(p) as Note).report) === 'karpathy');
    expect(karpathy.length).toBeGreaterThanOrEqual(3);
    for (const path of karpathy) {
      const top = index.related(path, { limit: karpathy.length - 1 }).map((r) => r.path);
      expect(top.sort()).toEqual(karpathy.filter((p) => p !== path).sort());
    }
  });
});
