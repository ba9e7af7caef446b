import { describe, expect, it } from 'vitest';
import { CaptureIndex, WEIGHTS, type RelatedResult } from '../../src/core/related';
import { capture } from '../fixtures/related/builders';
import { indexOf, notesOf, rankByFullScan, type Vault } from '../fixtures/related/vault';

const filler = (i: number) => capture({ posts: [{ handle: `filler${i}`, id: `9${i}`, text: `unrelated musing number ${i} about gardening` }], tags: ['clippings'] });
const fillers = (n: number): Vault => Object.fromEntries(Array.from({ length: n }, (_, i) => [`other/f${i}.md`, filler(i)]));

const reasonOf = (results: RelatedResult[], path: string, kind: string) => results.find((r) => r.path === path)?.reasons.find((x) => x.kind === kind);
const pathsOf = (results: RelatedResult[]) => results.map((r) => r.path);

/** Checks the index against the full scan for every capture of the vault, then returns the query's results. */
function related(vault: Vault, path: string, options = {}): RelatedResult[] {
  const index = indexOf(vault);
  for (const p of index.paths()) expect(index.related(p, options)).toEqual(rankByFullScan(p, notesOf(vault), options));
  return index.related(path, options);
}

describe('reasons', () => {
  it('same conversation: a shared status id of a post, a reply, a quote or the source', () => {
    const vault: Vault = {
      ...fillers(4),
      'a.md': capture({ posts: [{ handle: 'alice', id: '1', text: 'root post' }, { handle: 'bob', id: '2', text: 'a reply' }] }),
      'b.md': capture({ posts: [{ handle: 'carol', id: '3', text: 'later', quote: { handle: 'alice', id: '1' } }] }),
      'c.md': capture({ posts: [{ handle: 'bob', id: '2', text: 'a reply' }, { handle: 'dan', id: '4', text: 'below' }] }),
      'd.md': capture({ posts: [{ handle: 'erin', id: '5', text: 'x' }], sourceId: '2' }),
    };
    const results = related(vault, 'a.md');
    expect(reasonOf(results, 'b.md', 'conversation')?.shared).toEqual(['1']);
    expect(reasonOf(results, 'c.md', 'conversation')?.shared).toEqual(['2']);
    expect(reasonOf(results, 'd.md', 'conversation')?.shared).toEqual(['2']);
    expect(pathsOf(results).slice(0, 3).sort()).toEqual(['b.md', 'c.md', 'd.md']);
  });

  it('same author: the main post handle, case-insensitive', () => {
    const vault: Vault = {
      ...fillers(4),
      'a.md': capture({ posts: [{ handle: 'Karpathy', id: '1', text: 'one' }] }),
      'b.md': capture({ posts: [{ handle: 'karpathy', id: '2', text: 'two' }] }),
      'c.md': capture({ posts: [{ handle: 'someone', id: '3', text: 'three' }, { handle: 'karpathy', id: '4', text: 'reply' }] }),
    };
    const results = related(vault, 'a.md');
    expect(results[0].path).toBe('b.md');
    expect(results[0].reasons.map((r) => r.kind)).toEqual(['author']);
    expect(results[0].reasons[0].shared).toEqual(['karpathy']);
    // Alice only replied in c: that is shared people, not the same author.
    expect(reasonOf(results, 'c.md', 'author')).toBeUndefined();
    expect(reasonOf(results, 'c.md', 'people')?.shared).toEqual(['karpathy']);
  });

  it('shared people: participants and @mentions, not the shared author again', () => {
    const vault: Vault = {
      ...fillers(6),
      'a.md': capture({ posts: [{ handle: 'alice', id: '1', text: 'ask @zed' }, { handle: 'yan', id: '2', text: 'hm' }] }),
      'b.md': capture({ posts: [{ handle: 'bob', id: '3', text: 'cc @Yan' }, { handle: 'zed', id: '4', text: 'ok' }] }),
      'c.md': capture({ posts: [{ handle: 'alice', id: '5', text: 'solo' }] }),
    };
    const results = related(vault, 'a.md');
    expect(reasonOf(results, 'b.md', 'people')?.shared.sort()).toEqual(['yan', 'zed']);
    expect(reasonOf(results, 'c.md', 'people')).toBeUndefined();
  });

  it('shared tags: case-insensitive, a parent matching its nested tags, siblings not', () => {
    const vault: Vault = {
      ...fillers(6),
      'a.md': capture({ posts: [{ handle: 'a', id: '1', text: 'x' }], tags: ['AI'] }),
      'b.md': capture({ posts: [{ handle: 'b', id: '2', text: 'y' }], tags: ['ai/LLM'] }),
      'c.md': capture({ posts: [{ handle: 'c', id: '3', text: 'z' }], tags: ['ai/agents'] }),
      'd.md': capture({ posts: [{ handle: 'd', id: '4', text: 'w' }], tags: ['ai/llm/rag'] }),
    };
    const fromParent = related(vault, 'a.md');
    expect(pathsOf(fromParent).sort()).toEqual(['b.md', 'c.md', 'd.md']);
    expect(reasonOf(fromParent, 'b.md', 'tags')?.shared).toEqual(['ai']);
    const fromNested = related(vault, 'b.md');
    expect(reasonOf(fromNested, 'a.md', 'tags')?.shared).toEqual(['ai']);
    expect(reasonOf(fromNested, 'd.md', 'tags')?.shared).toEqual(['ai/llm']);
    expect(reasonOf(fromNested, 'c.md', 'tags')).toBeUndefined();
  });

  it('a tag most captures have tells nothing', () => {
    const vault: Vault = {
      ...fillers(8),
      'a.md': capture({ posts: [{ handle: 'a', id: '1', text: 'x' }], tags: ['clippings'] }),
    };
    expect(related(vault, 'a.md')).toEqual([]);
  });

  it('similar text: a shared rare term counts, shared common words do not', () => {
    const common = 'the people said that this was the thing and it is what it is';
    const vault: Vault = {
      ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`n${i}.md`, capture({ posts: [{ handle: `u${i}`, id: `7${i}`, text: `${common} ${i}` }] })])),
      'a.md': capture({ posts: [{ handle: 'a', id: '1', text: `${common} speculative decoding makes inference fast` }] }),
      'b.md': capture({ posts: [{ handle: 'b', id: '2', text: 'notes on speculative decoding and inference' }] }),
    };
    const results = related(vault, 'a.md');
    expect(pathsOf(results)).toEqual(['b.md']);
    expect(reasonOf(results, 'b.md', 'text')?.shared.slice(0, 3).sort()).toEqual(['decoding', 'inference', 'speculative']);
  });

  it('similar text across scripts: Chinese bigrams meet a translation', () => {
    const vault: Vault = {
      ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`n${i}.md`, capture({ posts: [{ handle: `u${i}`, id: `7${i}`, text: `今天的天气很好，我们去公园散步吧 ${i}` }] })])),
      'zh.md': capture({ posts: [{ handle: 'a', id: '1', text: '强化学习的奖励模型容易被钻空子' }] }),
      'en.md': capture({
        posts: [{ handle: 'b', id: '2', text: 'Reward models in reinforcement learning get hacked', translation: '强化学习中的奖励模型会被钻空子' }],
      }),
    };
    const results = related(vault, 'zh.md');
    expect(pathsOf(results)).toEqual(['en.md']);
    // Shared bigrams come back joined into the stretches both texts have.
    const shared = reasonOf(results, 'en.md', 'text')?.shared.join(' ');
    expect(shared).toMatch(/强化学习/);
    expect(shared).toMatch(/奖励模型/);
    expect(shared).toMatch(/钻空子/);
  });

  it('captures the note already links to are marked', () => {
    const vault: Vault = {
      ...fillers(4),
      'a.md': { report: capture({ posts: [{ handle: 'a', id: '1', text: 'x' }] }), links: ['clips/b'] },
      'clips/b.md': capture({ posts: [{ handle: 'b', id: '2', text: 'y' }] }),
      'c.md': capture({ posts: [{ handle: 'a', id: '3', text: 'z' }] }),
    };
    const results = related(vault, 'a.md');
    const b = results.find((r) => r.path === 'clips/b.md');
    expect(b?.linked).toBe(true);
    expect(b?.reasons.map((r) => r.kind)).toEqual(['linked']);
    expect(results.find((r) => r.path === 'c.md')?.linked).toBe(false);
  });
});

describe('ranking', () => {
  const vault: Vault = {
    ...fillers(6),
    'q.md': capture({ posts: [{ handle: 'alice', id: '1', text: 'diffusion transformers scale' }, { handle: 'bob', id: '2', text: 'agreed' }], tags: ['ml'] }),
    'conv.md': capture({ posts: [{ handle: 'zoe', id: '3', text: 'hi', quote: { handle: 'alice', id: '1' } }] }),
    'author-b.md': capture({ posts: [{ handle: 'alice', id: '4', text: 'cooking' }] }),
    'author-a.md': capture({ posts: [{ handle: 'alice', id: '5', text: 'baking' }] }),
    'author-tag.md': capture({ posts: [{ handle: 'alice', id: '6', text: 'gardening' }], tags: ['ml'] }),
    'soft.md': capture({ posts: [{ handle: 'yan', id: '7', text: 'diffusion transformers scale well' }, { handle: 'bob', id: '8', text: 'yes' }], tags: ['ml'] }),
  };

  it('puts the conversation first, then the author (softer evidence, then path), then the rest', () => {
    const results = related(vault, 'q.md');
    expect(pathsOf(results)).toEqual(['conv.md', 'author-tag.md', 'author-a.md', 'author-b.md', 'soft.md']);
    expect(results[2].score).toBe(results[3].score);
  });

  it('scores are the sum of the reasons, each weight times a strength in [0, 1]', () => {
    for (const r of related(vault, 'q.md')) {
      expect(r.score).toBeCloseTo(r.reasons.reduce((s, x) => s + x.score, 0), 12);
      for (const reason of r.reasons) {
        expect(reason.score).toBeGreaterThan(0);
        expect(reason.score).toBeLessThanOrEqual(WEIGHTS[reason.kind]);
      }
    }
  });

  it('filters by reason and limits', () => {
    expect(pathsOf(related(vault, 'q.md', { reasons: ['tags'] }))).toEqual(['author-tag.md', 'soft.md']);
    expect(pathsOf(related(vault, 'q.md', { limit: 2 }))).toEqual(['conv.md', 'author-tag.md']);
  });

  it('returns the summary of each result', () => {
    const [first] = related(vault, 'q.md');
    expect(first).toMatchObject({ path: 'conv.md', title: 'Thread by @zoe', author: { name: 'zoe', handle: 'zoe' }, date: '2025-01-02', excerpt: 'hi' });
  });
});

describe('CaptureIndex', () => {
  it('ignores notes that are not captures and unknown paths', () => {
    const index = new CaptureIndex();
    index.add('n.md', capture({ posts: [{ handle: 'a', id: '1' }], isCapture: false }));
    expect(index.size).toBe(0);
    expect(index.related('n.md')).toEqual([]);
  });

  it('drops a note that stops being a capture', () => {
    const index = new CaptureIndex();
    index.add('a.md', capture({ posts: [{ handle: 'a', id: '1' }] }));
    index.update('a.md', capture({ posts: [], isCapture: false }));
    expect(index.has('a.md')).toBe(false);
  });

  it('lists the captures that link to a note, by path', () => {
    const index = indexOf({
      'z.md': { report: capture({ posts: [{ handle: 'a', id: '1' }] }), links: ['topics/llm'] },
      'b.md': { report: capture({ posts: [{ handle: 'b', id: '2' }] }), links: ['llm', 'other'] },
      'c.md': { report: capture({ posts: [{ handle: 'c', id: '3' }] }), links: ['elsewhere/llm'] },
    });
    expect(index.linkingTo('topics/LLM.md').map((c) => c.path)).toEqual(['b.md', 'z.md']);
  });

  it('follows a rename', () => {
    const index = indexOf({
      'a.md': capture({ posts: [{ handle: 'a', id: '1' }] }),
      'b.md': capture({ posts: [{ handle: 'a', id: '2' }] }),
    });
    index.rename('b.md', 'dir/b2.md');
    expect(pathsOf(index.related('a.md'))).toEqual(['dir/b2.md']);
    expect(index.paths()).toEqual(['a.md', 'dir/b2.md']);
  });
});
