import { describe, expect, it } from 'vitest';
import type { ScanSummary } from '../../src/cli/scan-summary';
import { cliSandbox } from './sandbox';

// `xcap scan` (the vault summary written with the related-captures feature).
const { xcap, write } = cliSandbox('xcap-scan-');

const thread = (handle: string, id: string, body: string, tags: string[]): string =>
  [
    '---',
    `title: "Thread by @${handle}"`,
    `source: "https://x.com/${handle}/status/${id}"`,
    'tags:',
    ...tags.map((t) => `  - "${t}"`),
    '---',
    `**${handle}** @${handle} [2025-04-10](https://x.com/${handle}/status/${id})`,
    '',
    body,
    '',
  ].join('\n');

const AD = '\n---\n\n**Brand** @brand\n\nSupercharge your productivity! https://brand.example/?twclid=abc #ad\n';

function vault(): void {
  write('v/a.md', thread('alice', '1900000000000000001', 'An English post about models.', ['ai']));
  write('v/b.md', thread('Alice', '1900000000000000002', '一条关于模型的中文帖子，内容足够长以便识别语言。', ['X (formerly Twitter) #AI #模型']) + AD);
  write('v/sub/c.md', thread('bob', '1900000000000000003', 'Another English post.', ['ai', 'AI']));
  write('v/plain.md', '# Just a note\n\nNothing from X here.\n');
}

describe('xcap scan', () => {
  it('summarizes layouts, languages, ads, tag problems and authors, with the time', async () => {
    vault();
    const { code, out, err } = await xcap('scan', 'v');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^Scanned 4 notes \(0\.0 MB\) in \d+ ms: 3 captures, 1 other notes\.$/m);
    expect(out).toContain('Layouts: thread 3, post 0, article 0, other 0');
    expect(out).toContain('Languages (main post, original→translation): en 2, zh 1');
    expect(out).toContain('Ads: 1 promoted posts in 1 captures (0 captures are only an ad)');
    expect(out).toContain('Tags: 2 captures would change when normalized; 1 invalid tags, 1 duplicates, 0 captures without tags');
    expect(out).toContain('Most common invalid tags: "X (formerly Twitter) #AI #模型" 1');
    expect(out).toContain('Top authors: @alice 2, @bob 1');
  });

  it('prints JSON and honours --top', async () => {
    vault();
    const { code, out } = await xcap('scan', 'v', '--json', '--top', '1');
    expect(code).toBe(0);
    const s = JSON.parse(out) as ScanSummary;
    expect(s).toMatchObject({ notes: 4, captures: 3, layouts: { thread: 3 }, ads: { posts: 1, captures: 1, adOnly: 0 }, authors: [['alice', 2]] });
    expect(s.ms).toBeGreaterThan(0);
  });

  it('rejects bad usage and a missing folder', async () => {
    expect((await xcap('scan')).code).toBe(2);
    expect((await xcap('scan', 'v', '--top', 'x')).code).toBe(2);
    const missing = await xcap('scan', 'nowhere');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('xcap scan: nowhere: no such file or folder\n');
    write('note.md', 'Just a note.\n');
    const file = await xcap('scan', 'note.md');
    expect(file.code).toBe(2);
    expect(file.err).toBe('xcap scan: note.md: not a folder\n');
  });
});
