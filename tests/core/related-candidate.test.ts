import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/core/frontmatter';
import { parseCapture } from '../../src/core/parse';
import { inIndexedFolders, mayBeCapture } from '../../src/core/related';

describe('mayBeCapture', () => {
  it('takes notes whose frontmatter points at X', () => {
    expect(mayBeCapture({ source: 'https://x.com/a/status/1' })).toBe(true);
    expect(mayBeCapture({ 链接: 'https://twitter.com/a/status/1?s=46' })).toBe(true);
    expect(mayBeCapture({ tweet_id: 1596757194586062848 })).toBe(true);
    expect(mayBeCapture({ title: 'Thread by @rxin' })).toBe(true);
    expect(mayBeCapture({ title: 'K总 on X: "爆肝72小时" / X' })).toBe(true);
  });

  it('leaves other notes unread', () => {
    expect(mayBeCapture(undefined)).toBe(false);
    expect(mayBeCapture({})).toBe(false);
    expect(mayBeCapture({ source: 'https://www.youtube.com/watch?v=1', title: 'A video' })).toBe(false);
    expect(mayBeCapture({ source: 'https://example.com/x.com/a/status/1' })).toBe(false);
    expect(mayBeCapture({ title: 'Notes on X rays' })).toBe(false);
  });

  const real = fileURLToPath(new URL('../../../shared/fixtures/real', import.meta.url));
  it.skipIf(!existsSync(real))('lets through every real capture that has frontmatter (needs ../shared/fixtures)', () => {
    for (const name of readdirSync(real).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(`${real}/${name}`, 'utf8');
      const fm = readFrontmatter(text);
      if (fm.present && parseCapture(text, name).isCapture) expect(mayBeCapture(fm.data), name).toBe(true);
    }
  });
});

describe('inIndexedFolders', () => {
  it('reads everything by default, only the included folders, never the excluded ones', () => {
    expect(inIndexedFolders('a/b.md', [], [])).toBe(true);
    expect(inIndexedFolders('Clippings/x.md', ['Clippings/'], [])).toBe(true);
    expect(inIndexedFolders('Clippings2/x.md', ['Clippings'], [])).toBe(false);
    expect(inIndexedFolders('Clippings/old/x.md', ['Clippings'], ['/Clippings/old'])).toBe(false);
    expect(inIndexedFolders('top.md', ['/'], [])).toBe(true);
  });
});
