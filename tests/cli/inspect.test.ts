import { describe, expect, it } from 'vitest';
import type { CaptureReport } from '../../src/core/types';
import { P, thread } from '../fixtures/related/notes';
import { cliSandbox } from './sandbox';

const { xcap, write } = cliSandbox('xcap-inspect-');

describe('xcap inspect', () => {
  it('reports every note of a folder, a binary .md as not a capture, and exits 0', async () => {
    write('v/a.md', thread([P('alice', '1900000000000000001', 'Hello.')]));
    write('v/binary.md', new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 255, 254]));
    const { code, out, err } = await xcap('inspect', '--json', 'v');
    expect(err).toBe('');
    expect(code).toBe(0);
    const reports = JSON.parse(out) as CaptureReport[];
    expect(reports.map((r) => [r.file, r.isCapture])).toEqual([
      ['v/a.md', true],
      ['v/binary.md', false],
    ]);
  });

  it('exits 2 for a path that does not exist, still reporting the others', async () => {
    write('a.md', thread([P('alice', '1900000000000000001', 'Hello.')]));
    const { code, out, err } = await xcap('inspect', 'nope.md', 'a.md');
    expect(code).toBe(2);
    expect(err).toBe('xcap inspect: nope.md: no such file or folder\n');
    expect(out).toMatch(/^a\.md\n {2}thread capture of @alice/);
  });

  it('exits 2 with the usage for an unknown option or no path', async () => {
    const unknown = await xcap('inspect', '--bogus', 'a.md');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^xcap inspect: unknown option --bogus\n\nUsage: xcap inspect/);
    expect((await xcap('inspect')).code).toBe(2);
  });
});
