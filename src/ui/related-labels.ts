import type { Reason, ReasonKind } from '../core/related';

/** Names of the reasons on filter chips. */
export const REASON_NAMES: Readonly<Record<ReasonKind, string>> = Object.freeze({
  conversation: 'Conversation',
  author: 'Author',
  people: 'People',
  tags: 'Tags',
  text: 'Text',
  linked: 'Linked',
});

const SHOWN = 3;
const list = (items: string[], prefix = ''): string =>
  items.slice(0, SHOWN).map((x) => `${prefix}${x}`).join(', ') + (items.length > SHOWN ? ', …' : '');

/** A reason chip's short text. */
export function reasonChip(reason: Reason): string {
  switch (reason.kind) {
    case 'conversation':
      return 'Same conversation';
    case 'author':
      return 'Same author';
    case 'people':
      return list(reason.shared, '@');
    case 'tags':
      return list(reason.shared, '#');
    case 'text':
      return `Similar: ${list(reason.shared)}`;
    case 'linked':
      return 'Already linked';
  }
}
