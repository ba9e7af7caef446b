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
  // Not createEl: the renderer also runs outside Obsidian (the `xcap render` page), where it does not exist.
  const node = parent.ownerDocument.createElement(tag);
  const { cls, text, attr } = options;
  if (cls) {
    const names = (Array.isArray(cls) ? cls : [cls]).flatMap((c) => (c ? c.split(' ') : [])).filter(Boolean);
    if (names.length > 0) node.classList.add(...names);
  }
  if (text !== undefined) node.textContent = text;
  if (attr) {
    for (const [name, value] of Object.entries(attr)) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
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
