/**
 * Tiny DOM helpers for the card renderer.
 *
 * The renderer runs inside Obsidian and also in a plain browser page (`xcap render`), where
 * Obsidian's `createEl`/`createDiv` extensions of HTMLElement do not exist; so it builds elements
 * with the standard DOM API, always from the parent's own document (popout windows work), and only
 * ever sets text through `textContent` and attributes through `setAttribute`: no HTML strings.
 */

export interface ElOptions {
  /** Class names (one string with spaces, or a list; falsy entries are skipped). */
  cls?: string | (string | false | null | undefined)[];
  /** Text content (set as text, never parsed). */
  text?: string;
  /** Attributes; null/undefined/false values are skipped, true sets an empty attribute. */
  attr?: Record<string, string | number | boolean | null | undefined>;
}

/** Creates `tag` in `parent`'s document, applies the options and appends it to `parent`. */
export function el<K extends keyof HTMLElementTagNameMap>(
  parent: HTMLElement,
  tag: K,
  options: ElOptions = {},
): HTMLElementTagNameMap[K] {
  return append(parent, detachedEl(parent, tag, options));
}

/**
 * Creates `tag` in `owner`'s document with the options applied, not yet in the tree: a subtree built
 * apart and appended once costs the document one insertion instead of one per element.
 */
export function detachedEl<K extends keyof HTMLElementTagNameMap>(owner: HTMLElement, tag: K, options: ElOptions = {}): HTMLElementTagNameMap[K] {
  // Not createEl: the renderer also runs outside Obsidian (the `xcap render` page), where it does not exist.
  const node = owner.ownerDocument.createElement(tag);
  const { cls, text, attr } = options;
  // One className write: cheaper than classList.add over a filtered, split list on every element.
  const className = Array.isArray(cls) ? cls.filter(Boolean).join(' ') : cls;
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (attr) {
    for (const name in attr) {
      const value = attr[name];
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return node;
}

/** Appends `node` to `parent` and returns it. */
export function append<T extends Node>(parent: HTMLElement, node: T): T {
  parent.appendChild(node);
  return node;
}

/** Appends a text node (text from notes is always text). */
export function text(parent: HTMLElement, value: string): void {
  parent.appendChild(parent.ownerDocument.createTextNode(value));
}

/** Shows or hides an element with the `hidden` attribute (works with or without the stylesheet). */
export function setHidden(node: HTMLElement, hidden: boolean): void {
  if (node.hidden !== hidden) node.hidden = hidden;
}
