import type { PostReport } from './types';

const when = (p: PostReport): string | null => p.time ?? p.date;

/**
 * Main, thread or reply (DESIGN.md section 4). The first post is the main one; the main author's
 * posts that continue it before anyone else speaks form the thread; everything else replies.
 * Ads are not someone speaking. A post dated before the main one cannot continue it.
 * `nested` layouts (comments) keep their structural depth; flat layouts reply at depth 1.
 */
export function assignRoles(posts: PostReport[], nested: boolean): void {
  if (!posts.length) return;
  const [main, ...rest] = posts;
  main.role = 'main';
  main.depth = 0;
  const mainWhen = when(main);
  const mainHandle = main.author.handle;
  // Lower-cased once: most posts of a capture are compared with it.
  const mainLower = mainHandle ? mainHandle.toLowerCase() : null;
  let othersSpoke = false;
  for (const post of rest) {
    const handle = post.author.handle;
    const byMain = !!handle && !!mainLower && (handle === mainHandle || handle.toLowerCase() === mainLower);
    const postWhen = when(post);
    const continues =
      byMain && !othersSpoke && !post.promoted && post.depth <= 1 && !nested && !(mainWhen && postWhen && postWhen < mainWhen);
    post.role = continues ? 'thread' : 'reply';
    post.depth = continues ? 0 : Math.max(1, post.depth);
    if (!byMain && !post.promoted) othersSpoke = true;
  }
}
