import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { statusTime, utcDay } from '../../src/core/dates';
import { readFrontmatter } from '../../src/core/frontmatter';
import { parseCapture } from '../../src/core/parse';
import type { CaptureReport } from '../../src/core/types';

// The demo vault is what a newcomer opens first: every capture in it must read cleanly, and
// together they must show every layout and feature the README promises.
const VAULT = fileURLToPath(new URL('../../demo-vault', import.meta.url));

function notes(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return notes(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const files = notes(VAULT).map((path) => ({
  name: relative(VAULT, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));
const reports = new Map<string, CaptureReport>(files.map((f) => [f.name, parseCapture(f.text, f.name)]));
const captures = [...reports.values()].filter((r) => r.isCapture);
const frontmatterOf = (name: string): Record<string, unknown> => readFrontmatter(files.find((f) => f.name === name)?.text ?? '').data;

describe('demo vault', () => {
  it('holds captures and ordinary notes', () => {
    expect(captures.length).toBeGreaterThanOrEqual(7);
    expect(files.length - captures.length).toBeGreaterThanOrEqual(3);
  });

  it.each(captures.map((r) => [r.file, r] as const))('%s parses with no warnings', (_name, report) => {
    expect(report.warnings).toEqual([]);
    expect(report.posts.length).toBeGreaterThan(0);
    expect(report.source.statusId).toMatch(/^\d{18,19}$/);
  });

  it('dates every post as its status id encodes it (real-shaped snowflake ids)', () => {
    for (const report of captures) {
      for (const post of report.posts) {
        if (!post.statusId) continue;
        const time = statusTime(post.statusId);
        expect(time, `${report.file}: ${post.statusId}`).not.toBeNull();
        expect(post.date, `${report.file}: ${post.statusId}`).toBe(utcDay(time as Date));
      }
    }
  });

  it('shows every layout the clipper writes', () => {
    const layouts = new Set(captures.map((r) => r.layout));
    expect([...layouts].sort()).toEqual(['article', 'post', 'thread']);
  });

  it('has a self-thread with replies and an ad in the thread layout', () => {
    const thread = captures.find(
      (r) => r.layout === 'thread' && r.posts.some((p) => p.role === 'thread') && r.posts.some((p) => p.promoted),
    );
    expect(thread?.posts.some((p) => p.role === 'reply' && !p.promoted)).toBe(true);
  });

  it('has a post-layout capture with comments, a nested reply and an ad comment', () => {
    const post = captures.find((r) => r.layout === 'post' && r.posts.some((p) => p.depth === 2) && r.posts.some((p) => p.promoted));
    expect(post).toBeDefined();
  });

  it('has a quoted post whose quote carries a page translation', () => {
    expect(captures.some((r) => r.posts.some((p) => p.quote?.split.translation))).toBe(true);
  });

  it('has Chinese and Japanese translations of posts', () => {
    const translations = new Set(captures.flatMap((r) => r.posts.map((p) => p.language.translation)));
    expect(translations.has('zh')).toBe(true);
    expect(translations.has('ja')).toBe(true);
  });

  it('has one conversation clipped twice (the same main post in two notes)', () => {
    const bySource = new Map<string, string[]>();
    for (const r of captures) bySource.set(r.source.statusId ?? '', [...(bySource.get(r.source.statusId ?? '') ?? []), r.file]);
    const twice = [...bySource.values()].find((names) => names.length === 2);
    expect(twice).toBeDefined();
    const [a, b] = (twice as string[]).map((name) => new Set(reports.get(name)?.posts.map((p) => p.statusId)));
    expect([...a].filter((id) => b.has(id)).length).toBeGreaterThanOrEqual(2);
  });

  it('has a capture clipped with localized frontmatter keys', () => {
    const keys = ['标题', '链接', '作者', '创建时间', '摘要'];
    const localized = captures.filter((r) => keys.every((key) => key in frontmatterOf(r.file)));
    expect(localized).toHaveLength(1);
    expect(localized[0].title).toMatch(/ on X: /);
  });

  it('has messy tags for the normalize-tags command to clean', () => {
    const current = captures.flatMap((r) => r.tags.current);
    expect(current.some((t) => t.startsWith('X (formerly Twitter) #'))).toBe(true);
    expect(current.some((t) => / /.test(t) && !t.includes('#'))).toBe(true);
    expect(files.some((f) => /^\s*- "#clippings"$/m.test(f.text))).toBe(true);
    expect(captures.some((r) => 'tag' in frontmatterOf(r.file))).toBe(true);
    expect(captures.filter((r) => r.tags.current.join() !== r.tags.normalized.join()).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps its ordinary notes out of the captures', () => {
    for (const name of ['Start here.md', 'Daily/2025-09-05.md', 'Clippings/Why our team writes docs in plain text.md']) {
      expect(reports.get(name)?.isCapture, name).toBe(false);
    }
    // The web article has the clipper's frontmatter shape; only its source tells it apart.
    expect(frontmatterOf('Clippings/Why our team writes docs in plain text.md')).toHaveProperty('source');
  });

  it('links every capture from "Start here"', () => {
    const start = files.find((f) => f.name === 'Start here.md')?.text ?? '';
    for (const r of captures) expect(start, r.file).toContain(`[[${r.file.replace(/^.*\//, '').replace(/\.md$/, '')}]]`);
  });

  it('enables the plugin in the vault configuration', () => {
    const read = (name: string): unknown => JSON.parse(readFileSync(join(VAULT, '.obsidian', name), 'utf8'));
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { id: string };
    expect(read('community-plugins.json')).toEqual([manifest.id]);
    expect(read('app.json')).toBeTypeOf('object');
    expect(read('appearance.json')).toBeTypeOf('object');
  });
});
