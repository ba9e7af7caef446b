import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaptureIndex, rankByFullScan, type ScannedNote } from '../../src/core/related';
import { capture, type PostSpec } from '../fixtures/related/builders';

const PATHS = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'dir/a.md', 'dir/f.md', 'g.md'];
const WORDS = ['diffusion', 'transformer', 'the', 'and', 'scaling', 'agent', '强化学习', '奖励模型', 'の研究', 'model', 'models', 'inference'];

const handle = fc.constantFrom('alice', 'Bob', 'carol', 'dan', 'erin', null);
const id = fc.option(fc.integer({ min: 1, max: 12 }).map(String), { nil: null });
const text = fc.array(fc.constantFrom(...WORDS, '@carol', '@zed'), { maxLength: 8 }).map((w) => w.join(' '));
const post: fc.Arbitrary<PostSpec> = fc.record({
  handle,
  id,
  text,
  translation: fc.option(text, { nil: null }),
  promoted: fc.boolean(),
  quote: fc.option(fc.record({ handle, id, text }), { nil: null }),
});
const note = fc.record({
  posts: fc.array(post, { minLength: 1, maxLength: 3 }),
  tags: fc.subarray(['AI', 'ai/llm', 'ai/agents', 'ml', 'clippings']),
  isCapture: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
  links: fc.subarray(['a', 'dir/a', 'f', 'g', 'nowhere']),
});
type NoteSpec = typeof note extends fc.Arbitrary<infer T> ? T : never;

const op = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('add' as const), path: fc.constantFrom(...PATHS), note }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...PATHS) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('rename' as const), path: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS) }), weight: 2 },
);

const scanned = (path: string, n: NoteSpec): ScannedNote => ({ path, report: capture({ posts: n.posts, tags: n.tags, isCapture: n.isCapture }), links: n.links });

describe('incremental updates', () => {
  it('give the results of a rebuild and of the full scan, for every capture', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const index = new CaptureIndex();
        const model = new Map<string, ScannedNote>();
        for (const o of ops) {
          if (o.kind === 'add') {
            const n = scanned(o.path, o.note);
            index.add(o.path, n.report, n.links);
            if (n.report.isCapture) model.set(o.path, n);
            else model.delete(o.path);
          } else if (o.kind === 'remove') {
            index.remove(o.path);
            model.delete(o.path);
          } else {
            index.rename(o.path, o.to);
            const moved = model.get(o.path);
            if (moved && o.path !== o.to) {
              model.delete(o.path);
              model.set(o.to, { ...moved, path: o.to });
            }
          }
        }
        const notes = [...model.values()];
        const rebuilt = new CaptureIndex();
        for (const n of [...notes].reverse()) rebuilt.add(n.path, n.report, n.links);
        expect(index.paths()).toEqual(notes.map((n) => n.path).sort());
        for (const path of index.paths()) {
          const options = { limit: Infinity };
          const results = index.related(path, options);
          expect(results).toEqual(rebuilt.related(path, options));
          expect(results).toEqual(rankByFullScan(path, notes, options));
          for (const target of PATHS) expect(index.linkingTo(target)).toEqual(rebuilt.linkingTo(target));
        }
      }),
      { numRuns: 300 },
    );
  });
});
