import { describe, expect, it } from 'vitest';
import { assignRoles } from '../../src/core/roles';
import type { PostReport } from '../../src/core/types';

const post = (handle: string, date: string | null, extra: Partial<PostReport> = {}): PostReport => ({
  role: 'reply',
  depth: 1,
  author: { name: handle, handle },
  date,
  time: null,
  url: null,
  statusId: null,
  promoted: false,
  promotedSignals: [],
  media: [],
  quote: null,
  language: { original: 'en', translation: null },
  text: { original: 'x', translation: null },
  segments: [{ original: 'x', translation: null }],
  range: { start: 0, end: 0 },
  ...extra,
});
const roles = (posts: PostReport[], nested = false): string[] => {
  assignRoles(posts, nested);
  return posts.map((p) => `${p.role}/${p.depth}`);
};

describe('assignRoles', () => {
  it('the main author continues the thread until someone else speaks', () => {
    expect(roles([post('a', '2025-01-01'), post('A', '2025-01-01'), post('b', '2025-01-02'), post('a', '2025-01-02')])).toEqual([
      'main/0',
      'thread/0',
      'reply/1',
      'reply/1',
    ]);
  });

  it('an ad does not interrupt the thread', () => {
    expect(roles([post('a', '2025-01-01'), post('ad', null, { promoted: true }), post('a', '2025-01-01')])).toEqual([
      'main/0',
      'reply/1',
      'thread/0',
    ]);
  });

  it('a post older than the main one cannot continue it', () => {
    expect(roles([post('a', '2026-01-02'), post('a', '2025-09-19')])).toEqual(['main/0', 'reply/1']);
  });

  it('comments keep their structural depth', () => {
    expect(roles([post('a', '2026-01-01', { depth: 0 }), post('a', '2026-01-01', { depth: 1 }), post('b', '2026-01-01', { depth: 2 })], true)).toEqual([
      'main/0',
      'reply/1',
      'reply/2',
    ]);
  });
});
