import { describe, expect, it } from 'vitest';
import type { RelatedResult } from '../../src/core/related';
import { P, relatedVault, thread } from '../fixtures/related/notes';
import { cliSandbox } from './sandbox';

const { xcap, write } = cliSandbox('xcap-related-');

function vault(): void {
  for (const [path, text] of Object.entries(relatedVault())) write(path, text);
  write('.hidden/hidden.md', thread([P('alice', '1900000000000000050', 'Hidden.')]));
}

describe('xcap related', () => {
  it('lists the conversation, then the author, then softer reasons, with the reasons', async () => {
    vault();
    const { code, out, err } = await xcap('related', 'Clippings/q.md', '--vault', '.');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Related to Clippings/q.md (Thread by @alice · @alice · 2025-04-10), among 10 other captures:');
    const paths = [...out.matchAll(/^\s*\d+\.\s+[\d.]+\s+(\S+)$/gm)].map((m) => m[1]);
    expect(paths.slice(0, 3)).toEqual(['Clippings/conv.md', 'Clippings/author.md', 'Clippings/topic.md']);
    expect(paths).toContain('Clippings/linked.md');
    expect(paths).not.toContain('.hidden/hidden.md');
    expect(out).toContain('Same conversation: shares post 1900000000000000002; Shared people: @bob');
    expect(out).toContain('Same author: @alice');
    expect(out).toMatch(/Shared tags: #ai; Similar text, sharing: .*decoding/);
    expect(out).toContain('This note already links to it');
  });

  it('prints JSON and honours --limit', async () => {
    vault();
    const { code, out } = await xcap('related', 'Clippings/q.md', '--vault', '.', '--json', '--limit', '2');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { file: string; isCapture: boolean; captures: number; results: RelatedResult[] };
    expect(json).toMatchObject({ file: 'Clippings/q.md', isCapture: true, captures: 11 });
    expect(json.results.map((r) => r.path)).toEqual(['Clippings/conv.md', 'Clippings/author.md']);
    expect(json.results[0].reasons.map((r) => r.kind)).toEqual(['conversation', 'people']);
  });

  it('for a note that is not a capture, lists the captures linking to it and exits 1', async () => {
    vault();
    const { code, out, err } = await xcap('related', 'Topics/LLM.md', '--vault', '.');
    expect(code).toBe(1);
    expect(out).toContain('Topics/LLM.md is not a capture');
    expect(out).toContain('Captures that link to it (1):\n  Clippings/topic-link.md  Thread by @frank · @frank · 2025-04-10');
    expect(err).toContain('is not a capture');
  });

  it('rejects bad usage and missing files clearly', async () => {
    expect((await xcap('related', 'q.md')).code).toBe(2);
    expect((await xcap('related', '--vault', '.')).code).toBe(2);
    expect((await xcap('related', 'q.md', '--vault', '.', '--limit', '0')).code).toBe(2);
    const missing = await xcap('related', 'nope.md', '--vault', '.');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('xcap related: nope.md: no such file or folder\n');
    const noVault = await xcap('related', 'nope.md', '--vault', 'nowhere');
    expect(noVault.code).toBe(2);
    expect(noVault.err).toBe('xcap related: nowhere: no such file or folder\n');
    write('Clippings/q.md', thread([P('alice', '1900000000000000001', 'Hello.')]));
    const folderAsFile = await xcap('related', 'Clippings', '--vault', '.');
    expect(folderAsFile.code).toBe(2);
    expect(folderAsFile.err).toBe('xcap related: Clippings: is a folder\n');
    const fileAsVault = await xcap('related', 'Clippings/q.md', '--vault', 'Clippings/q.md');
    expect(fileAsVault.code).toBe(2);
    expect(fileAsVault.err).toBe('xcap related: Clippings/q.md: not a folder\n');
  });
});
