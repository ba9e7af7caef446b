import { describe, expect, it } from 'vitest';
import { findFrontmatter, getString, readFrontmatter } from '../../src/core/frontmatter';

describe('readFrontmatter', () => {
  it('reads properties and turns YAML dates into strings', () => {
    const fm = readFrontmatter('---\ntitle: a\npublished: 2025-01-02\n---\nbody');
    expect(fm.data).toEqual({ title: 'a', published: '2025-01-02' });
    expect(fm.bodyStart).toBe('---\ntitle: a\npublished: 2025-01-02\n---\n'.length);
  });

  it('understands BOM and CRLF', () => {
    const text = '\ufeff---\r\ntitle: "x"\r\n---\r\nbody';
    const fm = readFrontmatter(text);
    expect(fm.data.title).toBe('x');
    expect(text.slice(fm.bodyStart)).toBe('body');
  });

  it('reports invalid YAML instead of throwing', () => {
    const fm = readFrontmatter('---\ntitle: [a\n---\nx');
    expect(fm.error).toMatch(/^invalid frontmatter/);
    expect(fm.data).toEqual({});
  });

  it('never runs a code engine', () => {
    const fm = readFrontmatter('---javascript\n({ a: (() => { throw new Error("ran") })() })\n---\n');
    expect(fm.error).toMatch(/disabled/);
  });

  it('needs a closing delimiter, like Obsidian', () => {
    expect(findFrontmatter('---\ntitle: a\nno end')).toBeNull();
    expect(readFrontmatter('---\n---\nx').present).toBe(true);
  });

  it('knows the localized key names', () => {
    const fm = readFrontmatter('---\n标题: "标题一"\n链接: "https://x.com/a/status/1"\n摘要: "s"\n---\n');
    expect(getString(fm.data, 'title')).toBe('标题一');
    expect(getString(fm.data, 'source')).toBe('https://x.com/a/status/1');
    expect(getString(fm.data, 'description')).toBe('s');
  });
});
