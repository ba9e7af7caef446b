import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox, type CliResult } from './sandbox';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/edits/strip-promoted/${name}`, import.meta.url), 'utf8');

const MESSY_TAGS = '---\ntitle: "Thread by @alice"\nsource: "https://x.com/alice/status/1900000000000000001"\ntags:\n  - "X (formerly Twitter) #GPT-4.5 #AI"\n---\n**Alice** @alice [2025-04-10](https://x.com/alice/status/1900000000000000001)\n\nHello.\n';

const sandbox = cliSandbox('xcap-clean-');
const xcap = (...args: string[]): Promise<CliResult> => sandbox.xcap('clean', ...args);
const { write } = sandbox;

describe('xcap clean', () => {
  it('dry-runs by default: prints a short diff per note and writes nothing', async () => {
    const note = write('ads.md', fixture('thread-ad-middle.before.md'));
    const { code, out } = await xcap('--strip-promoted', note);
    expect(code).toBe(0);
    expect(readFileSync(note, 'utf8')).toBe(fixture('thread-ad-middle.before.md'));
    expect(out).toContain(`would change ${note}`);
    expect(out).toContain('  removed ad @brand: Supercharge your productivity with Proxy.');
    expect(out).toContain('    - **Brand** @brand');
    expect(out.trimEnd().split('\n').pop()).toBe(
      '1 note would change (1 ad to remove), 0 unchanged, 0 not captures, 0 failed; run again with --write to apply',
    );
  });

  it('applies with --write, and a second run changes nothing', async () => {
    write('vault/ads.md', fixture('post-nested-comments.before.md'));
    write('vault/tags.md', MESSY_TAGS);
    write('vault/.hidden/skipped.md', fixture('thread-ad-last.before.md'));
    write('vault/.trash/skipped.md', fixture('thread-ad-last.before.md'));
    write('vault/groceries.md', '# Groceries\n\n- milk\n');
    const first = await xcap('--write', join(sandbox.dir, 'vault'));
    expect(first.code).toBe(0);
    expect(readFileSync(join(sandbox.dir, 'vault/ads.md'), 'utf8')).toBe(fixture('post-nested-comments.after.md'));
    expect(readFileSync(join(sandbox.dir, 'vault/tags.md'), 'utf8')).toContain('tags:\n  - "x"\n  - "GPT-4-5"\n  - "AI"\n---\n');
    expect(readFileSync(join(sandbox.dir, 'vault/.hidden/skipped.md'), 'utf8')).toBe(fixture('thread-ad-last.before.md'));
    expect(first.out.trimEnd().split('\n').pop()).toBe(
      '2 notes changed (3 ads removed, 1 tags property normalized), 0 unchanged, 1 not a capture, 0 failed',
    );
    const second = await xcap('--write', join(sandbox.dir, 'vault'));
    expect(second.code).toBe(0);
    expect(second.out).toBe(
      '0 notes changed (0 ads removed, 0 tags properties normalized), 2 unchanged, 1 not a capture, 0 failed\n',
    );
  });

  it('runs only the cleanup asked for', async () => {
    const note = write('both.md', fixture('thread-ad-middle.before.md').replace('  - "clippings"', '  - "#clippings"'));
    await xcap('--normalize-tags', '--write', note);
    const text = readFileSync(note, 'utf8');
    expect(text).toContain('  - "clippings"');
    expect(text).toContain('**Brand** @brand');
  });

  it('exits 1 when a note cannot be cleaned, still cleaning the others', async () => {
    const bad = write('bad.md', fixture('thread-ad-middle.before.md').replace('tags:\n', 'tags: [unclosed\n'));
    const good = write('good.md', fixture('thread-ad-last.before.md'));
    const { code, err, out } = await xcap('--strip-promoted', '--write', bad, good);
    expect(code).toBe(1);
    expect(err).toContain(`${bad}: invalid frontmatter`);
    expect(readFileSync(good, 'utf8')).toBe(fixture('thread-ad-last.after.md'));
    expect(out.trimEnd().split('\n').pop()).toMatch(/^1 note changed .*, 1 failed$/);
  });

  it('exits 2 for a path that does not exist, still cleaning the others', async () => {
    const bad = write('bad.md', fixture('thread-ad-middle.before.md').replace('tags:\n', 'tags: [unclosed\n'));
    const good = write('good.md', fixture('thread-ad-last.before.md'));
    const { code, err, out } = await xcap('--strip-promoted', '--write', bad, good, join(sandbox.dir, 'missing.md'));
    expect(code).toBe(2);
    expect(err).toContain('missing.md: no such file or folder');
    expect(readFileSync(good, 'utf8')).toBe(fixture('thread-ad-last.after.md'));
    expect(out.trimEnd().split('\n').pop()).toMatch(/^1 note changed .*, 1 failed, 1 path not read$/);
  });

  it('refuses to rewrite a note that is not valid UTF-8', async () => {
    const note = join(sandbox.dir, 'latin1.md');
    writeFileSync(note, Buffer.concat([Buffer.from(fixture('thread-ad-middle.before.md')), Buffer.from([0xe9, 0x0a])]));
    const { code, err } = await xcap('--write', note);
    expect(code).toBe(1);
    expect(err).toContain('not valid UTF-8');
  });

  it('exits 2 on bad usage', async () => {
    expect((await xcap('--strip-promoted')).code).toBe(2);
    const unknown = await xcap('--force', 'a.md');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown option --force');
    expect(unknown.err).toContain('Usage: xcap clean');
  });
});
