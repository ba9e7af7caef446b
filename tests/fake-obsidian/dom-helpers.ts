/**
 * Obsidian's DOM helpers (createEl, empty, setText, addClass, ...) installed on the DOM prototypes
 * of the current window (happy-dom in vitest, Chromium in browser tests), plus the globals
 * `activeDocument`/`activeWindow`. Importing this module installs them once; without a DOM it does
 * nothing, so node-environment tests can still import the fake.
 */
import type {} from 'obsidian';

type Info = DomElementInfo | string | undefined;
type AttrValue = string | number | boolean | null;

function applyInfo(el: Element, info: Info): void {
  if (info === undefined) return;
  const o: DomElementInfo = typeof info === 'string' ? { text: info } : info;
  if (o.cls !== undefined) {
    const classes = (Array.isArray(o.cls) ? o.cls : o.cls.split(' ')).filter(Boolean);
    el.classList.add(...classes);
  }
  if (o.text !== undefined) el.setText(o.text);
  if (o.attr) el.setAttrs(o.attr);
  if (o.title !== undefined) el.setAttribute('title', o.title);
  if (o.value !== undefined && 'value' in el) (el as HTMLInputElement).value = o.value;
  if (o.type !== undefined) el.setAttribute('type', o.type);
  if (o.placeholder !== undefined) el.setAttribute('placeholder', o.placeholder);
  if (o.href !== undefined) el.setAttribute('href', o.href);
}

function place(parent: Node | undefined, el: Node, prepend: boolean | undefined): void {
  if (!parent) return;
  if (prepend) parent.insertBefore(el, parent.firstChild);
  else parent.appendChild(el);
}

function docOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}

function define(proto: object, name: string, value: unknown): void {
  Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false });
}

function defineGetter(proto: object, name: string, get: () => unknown): void {
  Object.defineProperty(proto, name, { get, configurable: true, enumerable: false });
}

const installed = new WeakSet<object>();

/** Installs the helpers on `win`'s prototypes (idempotent). Returns false when there is no DOM. */
export function installDomHelpers(win: typeof globalThis = globalThis): boolean {
  if (typeof win.Node !== 'function' || typeof win.document === 'undefined') return false;
  if (installed.has(win)) return true;
  installed.add(win);
  const { Node: N, Element: E, HTMLElement: H, DocumentFragment: F, Document: D } = win;

  function createEl<K extends keyof HTMLElementTagNameMap>(
    this: Node | undefined,
    tag: K,
    o?: Info,
    callback?: (el: HTMLElementTagNameMap[K]) => void,
  ): HTMLElementTagNameMap[K] {
    const doc = this ? docOf(this) : win.document;
    const el = doc.createElement(tag);
    applyInfo(el, o);
    const parent = typeof o === 'object' && o.parent ? o.parent : this && !(this instanceof D) ? this : undefined;
    place(parent, el, typeof o === 'object' ? o.prepend : undefined);
    callback?.(el);
    return el;
  }
  function createSvg<K extends keyof SVGElementTagNameMap>(
    this: Node | undefined,
    tag: K,
    o?: SvgElementInfo | string,
    callback?: (el: SVGElementTagNameMap[K]) => void,
  ): SVGElementTagNameMap[K] {
    const doc = this ? docOf(this) : win.document;
    const el = doc.createElementNS('http://www.w3.org/2000/svg', tag);
    const info = typeof o === 'string' ? { cls: o } : (o ?? {});
    if (info.cls !== undefined) el.classList.add(...(Array.isArray(info.cls) ? info.cls : info.cls.split(' ')).filter(Boolean));
    if (info.attr) el.setAttrs(info.attr);
    const parent = info.parent ?? (this && !(this instanceof D) ? this : undefined);
    place(parent, el, info.prepend);
    callback?.(el);
    return el;
  }

  const nodeProto = N.prototype;
  define(nodeProto, 'createEl', createEl);
  define(nodeProto, 'createDiv', function (this: Node, o?: Info, cb?: (el: HTMLDivElement) => void) {
    return createEl.call<Node, ['div', Info, ((el: HTMLDivElement) => void) | undefined], HTMLDivElement>(this, 'div', o, cb);
  });
  define(nodeProto, 'createSpan', function (this: Node, o?: Info, cb?: (el: HTMLSpanElement) => void) {
    return createEl.call<Node, ['span', Info, ((el: HTMLSpanElement) => void) | undefined], HTMLSpanElement>(this, 'span', o, cb);
  });
  define(nodeProto, 'createSvg', createSvg);
  define(nodeProto, 'empty', function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(nodeProto, 'detach', function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  define(nodeProto, 'appendText', function (this: Node, val: string) {
    this.appendChild(docOf(this).createTextNode(val));
  });
  define(nodeProto, 'insertAfter', function <T extends Node>(this: Node, node: T, child: Node | null): T {
    this.insertBefore(node, child ? child.nextSibling : this.firstChild);
    return node;
  });
  define(nodeProto, 'indexOf', function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  define(nodeProto, 'setChildrenInPlace', function (this: Node, children: Node[]) {
    while (this.firstChild) this.removeChild(this.firstChild);
    for (const c of children) this.appendChild(c);
  });
  define(nodeProto, 'instanceOf', function (this: Node, type: new () => unknown) {
    return this instanceof type;
  });
  // Obsidian's UIEvent additions: the target as a Node (null for a window or other target) and a
  // cross-window instanceof, which plugin code uses so that popout windows work.
  if (typeof win.UIEvent === 'function') {
    const eventProto = win.UIEvent.prototype as object;
    defineGetter(eventProto, 'targetNode', function (this: UIEvent) {
      return this.target instanceof N ? this.target : null;
    });
    define(eventProto, 'instanceOf', function (this: UIEvent, type: new (...data: never[]) => unknown) {
      return this instanceof type;
    });
  }
  defineGetter(nodeProto, 'doc', function (this: Node) {
    return docOf(this);
  });
  defineGetter(nodeProto, 'win', function (this: Node) {
    return docOf(this).defaultView ?? win;
  });
  defineGetter(nodeProto, 'constructorWin', function (this: Node) {
    return docOf(this).defaultView ?? win;
  });

  const elProto = E.prototype;
  define(elProto, 'getText', function (this: Element) {
    return this.textContent ?? '';
  });
  define(elProto, 'setText', function (this: Element, val: string | DocumentFragment) {
    if (typeof val === 'string') this.textContent = val;
    else {
      while (this.firstChild) this.removeChild(this.firstChild);
      this.appendChild(val);
    }
  });
  define(elProto, 'addClass', function (this: Element, ...classes: string[]) {
    this.classList.add(...classes.filter(Boolean));
  });
  define(elProto, 'addClasses', function (this: Element, classes: string[]) {
    this.classList.add(...classes.filter(Boolean));
  });
  define(elProto, 'removeClass', function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes);
  });
  define(elProto, 'removeClasses', function (this: Element, classes: string[]) {
    this.classList.remove(...classes);
  });
  define(elProto, 'toggleClass', function (this: Element, classes: string | string[], value: boolean) {
    for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
  });
  define(elProto, 'hasClass', function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(elProto, 'setAttr', function (this: Element, name: string, value: AttrValue) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  });
  define(elProto, 'setAttrs', function (this: Element, obj: Record<string, AttrValue>) {
    for (const [k, v] of Object.entries(obj)) this.setAttr(k, v);
  });
  define(elProto, 'getAttr', function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  define(elProto, 'matchParent', function (this: Element, selector: string, lastParent?: Element) {
    const found = this.closest(selector);
    if (!found || (lastParent && (found === lastParent || found.contains(lastParent)))) return null;
    return found;
  });
  define(elProto, 'isActiveElement', function (this: Element) {
    return docOf(this).activeElement === this;
  });
  define(elProto, 'getCssPropertyValue', function (this: Element, property: string, pseudo?: string) {
    return (docOf(this).defaultView ?? win).getComputedStyle(this, pseudo).getPropertyValue(property);
  });
  define(elProto, 'find', function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  define(elProto, 'findAll', function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
  define(elProto, 'findAllSelf', function (this: Element, selector: string) {
    const all = Array.from(this.querySelectorAll(selector));
    return this.matches(selector) ? [this, ...all] : all;
  });

  const fragProto = F.prototype;
  define(fragProto, 'find', function (this: DocumentFragment, selector: string) {
    return this.querySelector(selector);
  });
  define(fragProto, 'findAll', function (this: DocumentFragment, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });

  const htmlProto = H.prototype;
  define(htmlProto, 'show', function (this: HTMLElement) {
    this.style.removeProperty('display');
  });
  define(htmlProto, 'hide', function (this: HTMLElement) {
    this.setCssProps({ display: 'none' });
  });
  define(htmlProto, 'toggle', function (this: HTMLElement, show: boolean) {
    if (show) this.show();
    else this.hide();
  });
  define(htmlProto, 'toggleVisibility', function (this: HTMLElement, visible: boolean) {
    this.setCssProps({ visibility: visible ? '' : 'hidden' });
  });
  define(htmlProto, 'isShown', function (this: HTMLElement) {
    return this.style.getPropertyValue('display') !== 'none';
  });
  define(htmlProto, 'setCssStyles', function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
    Object.assign(this.style, styles);
  });
  define(htmlProto, 'setCssProps', function (this: HTMLElement, props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  });
  defineGetter(htmlProto, 'innerWidth', function (this: HTMLElement) {
    return this.clientWidth;
  });
  defineGetter(htmlProto, 'innerHeight', function (this: HTMLElement) {
    return this.clientHeight;
  });
  define(htmlProto, 'onClickEvent', function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
    this.addEventListener('click', listener, options);
    this.addEventListener('auxclick', listener, options);
  });
  define(htmlProto, 'trigger', function (this: HTMLElement, eventType: string) {
    this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
  });
  type Delegated = EventListenerInfo & { type: string };
  define(htmlProto, 'on', function (
    this: HTMLElement & { _delegated?: Delegated[] },
    type: string,
    selector: string,
    listener: (ev: Event, delegateTarget: HTMLElement) => unknown,
    options?: boolean | AddEventListenerOptions,
  ) {
    const callback = (ev: Event): void => {
      const target = ev.target instanceof E ? ev.target.closest(selector) : null;
      if (target instanceof H && this.contains(target)) listener.call(this, ev, target);
    };
    (this._delegated ??= []).push({ type, selector, listener, options, callback });
    this.addEventListener(type, callback, options);
  });
  define(htmlProto, 'off', function (
    this: HTMLElement & { _delegated?: Delegated[] },
    type: string,
    selector: string,
    listener: (ev: Event, delegateTarget: HTMLElement) => unknown,
  ) {
    const list = this._delegated ?? [];
    for (const info of list.filter((i) => i.type === type && i.selector === selector && i.listener === listener)) {
      this.removeEventListener(type, info.callback as EventListener, info.options);
      list.splice(list.indexOf(info), 1);
    }
  });

  const g = win as unknown as Record<string, unknown>;
  g.createEl = (tag: keyof HTMLElementTagNameMap, o?: Info, cb?: (el: HTMLElement) => void) => createEl.call(undefined, tag, o, cb);
  g.createDiv = (o?: Info, cb?: (el: HTMLDivElement) => void) => createEl.call<undefined, ['div', Info, ((el: HTMLDivElement) => void) | undefined], HTMLDivElement>(undefined, 'div', o, cb);
  g.createSpan = (o?: Info, cb?: (el: HTMLSpanElement) => void) => createEl.call<undefined, ['span', Info, ((el: HTMLSpanElement) => void) | undefined], HTMLSpanElement>(undefined, 'span', o, cb);
  g.createSvg = (tag: keyof SVGElementTagNameMap, o?: SvgElementInfo | string, cb?: (el: SVGElement) => void) =>
    createSvg.call(undefined, tag, o, cb);
  g.createFragment = (cb?: (el: DocumentFragment) => void) => {
    const frag = win.document.createDocumentFragment();
    cb?.(frag);
    return frag;
  };
  g.activeWindow = win;
  g.activeDocument = win.document;
  g.sleep = (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms));
  g.nextFrame = () => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

  installArrayHelpers();
  return true;
}

/** The few Array/String extensions Obsidian adds that plugin code commonly relies on. */
function installArrayHelpers(): void {
  const arr = Array.prototype as unknown as Record<string, unknown>;
  if (typeof arr.contains === 'function') return;
  define(Array.prototype, 'first', function (this: unknown[]) {
    return this[0];
  });
  define(Array.prototype, 'last', function (this: unknown[]) {
    return this[this.length - 1];
  });
  define(Array.prototype, 'contains', function (this: unknown[], target: unknown) {
    return this.includes(target);
  });
  define(Array.prototype, 'remove', function (this: unknown[], target: unknown) {
    const i = this.indexOf(target);
    if (i >= 0) this.splice(i, 1);
  });
  define(Array.prototype, 'unique', function (this: unknown[]) {
    return [...new Set(this)];
  });
  define(String.prototype, 'contains', function (this: string, target: string) {
    return this.includes(target);
  });
}

installDomHelpers();
