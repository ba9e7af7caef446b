/**
 * Inline text of a post: links, mentions, hashtags, bold and markdown escapes, as tokens
 * (pure, tested apart) and as DOM (text nodes and elements, never parsed HTML).
 */
import { el, text as appendText } from './dom';
import { displayUrl, profileUrl, safeHttpUrl } from './urls';

export type InlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'link'; href: string; text: string }
  | { kind: 'mention'; handle: string; text: string }
  | { kind: 'hashtag'; tag: string; text: string }
  | { kind: 'strong'; children: InlineToken[] };

// URL characters of RFC 3986; anything else (spaces, CJK text glued to a link, <>) ends a URL.
const URL_CHARS = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";
const PATTERN = new RegExp(
  [
    // 1: a markdown escape such as \_ or \[
    '\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~<>"\'@])',
    // 2, 3: [text](http...) with one level of parentheses allowed in the URL
    `\\[((?:\\\\.|[^\\]\\\\\\n])+)\\]\\((https?://[^\\s()]+(?:\\([^\\s()]*\\)[^\\s()]*)*)\\)`,
    // 4: a bare http(s) URL
    `(https?://${URL_CHARS}+)`,
    // 5: @handle (escaped underscores allowed, as the clipper writes them)
    '@((?:\\\\_|[A-Za-z0-9_])+)',
    // 6: #hashtag in any script
    '#((?:\\\\_|[\\p{L}\\p{M}\\p{N}_])+)',
    // 7: **bold**
    '\\*\\*([^*\\n]+?)\\*\\*',
  ].join('|'),
  'gu',
);

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const unescapeMarkdown = (s: string): string => s.replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'@])/g, '$1');

/** Removes punctuation that ends a sentence rather than the URL, and unbalanced closing brackets. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (/[.,;:!?'"*_~]/.test(last)) {
      end -= 1;
      continue;
    }
    if (last === ')' || last === ']') {
      const open = last === ')' ? '(' : '[';
      const head = url.slice(0, end);
      if (head.split(last).length > head.split(open).length) {
        end -= 1;
        continue;
      }
    }
    break;
  }
  return url.slice(0, end);
}

/**
 * Splits a post's text (markdown kept) into inline tokens. Only http(s) URLs become links;
 * `[text](javascript:...)` and the like stay text.
 */
export function tokenizeInline(input: string, allowStrong = true): InlineToken[] {
  const tokens: InlineToken[] = [];
  const pushText = (s: string): void => {
    if (!s) return;
    const prev = tokens[tokens.length - 1];
    if (prev?.kind === 'text') prev.text += s;
    else tokens.push({ kind: 'text', text: s });
  };
  // The one shared expression, not a copy per call: a copy is compiled again after each garbage
  // collection (its Unicode classes cost about a millisecond), the shared one keeps its code. The
  // bold case re-enters; every path below sets lastIndex again after that call.
  const re = PATTERN;
  re.lastIndex = 0;
  let pos = 0;
  for (let m = re.exec(input); m !== null; m = re.exec(input)) {
    const start = m.index;
    const before = start > 0 ? input[start - 1] : '';
    let consumed = m[0].length;
    let token: InlineToken | null = null;
    if (m[1] !== undefined) {
      token = { kind: 'text', text: m[1] };
    } else if (m[2] !== undefined && m[3] !== undefined) {
      const href = safeHttpUrl(m[3]);
      const label = unescapeMarkdown(m[2]).trim();
      if (href) token = { kind: 'link', href, text: label || displayUrl(href) };
    } else if (m[4] !== undefined) {
      const raw = trimUrl(m[4]);
      const href = safeHttpUrl(raw);
      if (href) {
        token = { kind: 'link', href, text: displayUrl(raw) };
        consumed = raw.length;
      }
    } else if (m[5] !== undefined) {
      const handle = m[5].replace(/\\_/g, '_');
      // As on X: a mention may follow CJK text directly ("和@dotey"), not an ASCII word or an e-mail name.
      if (!/[A-Za-z0-9_@!#$%&*/.+-]/.test(before) && handle.length <= 15) {
        token = { kind: 'mention', handle, text: `@${handle}` };
      }
    } else if (m[6] !== undefined) {
      const tag = m[6].replace(/\\_/g, '_');
      if (!WORD_CHAR.test(before) && before !== '&' && before !== '#' && /[^\p{N}_]/u.test(tag)) {
        token = { kind: 'hashtag', tag, text: `#${tag}` };
      }
    } else if (m[7] !== undefined && allowStrong && m[7].trim() === m[7]) {
      token = { kind: 'strong', children: tokenizeInline(m[7], false) };
    }
    if (token === null) {
      // Not what it looked like: keep the first character as text and look again after it.
      re.lastIndex = start + 1;
      continue;
    }
    pushText(input.slice(pos, start));
    if (token.kind === 'text') pushText(token.text);
    else tokens.push(token);
    pos = start + consumed;
    re.lastIndex = pos;
  }
  pushText(input.slice(pos));
  return tokens;
}

/** Appends tokens to `parent` as text nodes, links and spans. */
export function renderTokens(parent: HTMLElement, tokens: InlineToken[]): void {
  for (const token of tokens) {
    switch (token.kind) {
      case 'text':
        appendText(parent, token.text);
        break;
      case 'link':
        el(parent, 'a', {
          cls: 'x-cap-link',
          text: token.text,
          attr: { href: token.href, title: token.href, target: '_blank', rel: 'noopener noreferrer' },
        });
        break;
      case 'mention':
        el(parent, 'a', {
          cls: 'x-cap-mention',
          text: token.text,
          attr: { href: profileUrl(token.handle), target: '_blank', rel: 'noopener noreferrer' },
        });
        break;
      case 'hashtag':
        el(parent, 'span', { cls: 'x-cap-hashtag', text: token.text });
        break;
      case 'strong':
        renderTokens(el(parent, 'strong'), token.children);
        break;
    }
  }
}

/** Appends a line of post text with its links, mentions and hashtags to `parent`. */
export function renderInline(parent: HTMLElement, line: string): void {
  renderTokens(parent, tokenizeInline(line));
}
