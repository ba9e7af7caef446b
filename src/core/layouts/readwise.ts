import { findImages, withoutImages } from '../markdown';
import type { Line } from '../lines';
import { parseStatusUrl } from '../x-url';
import type { LayoutResult, PostDraft } from './draft';

const VIEW_TWEET = /\s*\(\[View Tweet\]\((https?:\/\/[^)\s]+)\)\)\s*$/;

/** The tweet URL in a Readwise export's metadata (`- URL: https://twitter.com/...`), or null. */
export function readwiseSource(lines: Line[]): string | null {
  const meta = lines.findIndex((l) => /^##\s+Metadata\s*$/.test(l.text));
  if (meta < 0) return null;
  for (const l of lines.slice(meta + 1, meta + 12)) {
    const m = /^-\s+URL:\s*(https?:\/\/\S+)\s*$/.exec(l.text);
    if (m && parseStatusUrl(m[1])) return m[1];
  }
  return null;
}

/** Reads a Readwise tweet export: each `## Highlights` bullet ending in `([View Tweet](url))` is one post. */
export function readReadwise(lines: Line[]): LayoutResult {
  const start = lines.findIndex((l) => /^##\s+Highlights\s*$/.test(l.text));
  const drafts: PostDraft[] = [];
  let current: PostDraft | null = null;
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6}\s/.test(line.text)) break;
    const bullet = /^[-*]\s+(.*)$/.exec(line.text);
    const cont = /^\s{2,}(\S.*)$/.exec(line.text);
    if (!bullet && !(cont && current)) {
      if (line.text.trim() !== '') current = null;
      continue;
    }
    if (bullet) {
      current = {
        author: { name: null, handle: null },
        date: null,
        url: null,
        statusId: null,
        undated: false,
        depth: 0,
        body: [],
        range: { start: line.start, end: line.end },
        images: [],
      };
      drafts.push(current);
    }
    const draft = current as PostDraft;
    let text = (bullet ? bullet[1] : (cont as RegExpExecArray)[1]).trimEnd();
    const view = VIEW_TWEET.exec(text);
    if (view) {
      draft.url = view[1];
      const ref = parseStatusUrl(view[1]);
      draft.statusId = ref?.statusId ?? null;
      draft.author.handle = ref?.handle ?? null;
      text = text.slice(0, view.index);
    }
    draft.images?.push(...findImages(text));
    const rest = withoutImages(text).trim();
    if (rest) draft.body.push(rest);
    draft.range.end = line.end;
  }
  return { drafts, warnings: drafts.length ? [] : ['no highlights found'] };
}
