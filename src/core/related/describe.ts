import type { Reason } from './types';

/** A reason in a sentence: the related panel's chip tooltips and `xcap related` both print it. */
export function reasonDescription(reason: Reason): string {
  const all = reason.shared;
  switch (reason.kind) {
    case 'conversation':
      return `Same conversation: shares ${all.length === 1 ? 'post' : 'posts'} ${all.join(', ')}`;
    case 'author':
      return `Same author: @${all[0] ?? ''}`;
    case 'people':
      return `Shared people: ${all.map((h) => `@${h}`).join(', ')}`;
    case 'tags':
      return `Shared tags: ${all.map((t) => `#${t}`).join(', ')}`;
    case 'text':
      return `Similar text, sharing: ${all.join(', ')}`;
    case 'linked':
      return 'This note already links to it';
  }
}
