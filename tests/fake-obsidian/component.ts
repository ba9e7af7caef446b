import type * as O from 'obsidian';
import type { FakeEventRef } from './events';

/** Live counts of what components registered and have not released yet (for leak checks in tests). */
export const fakeStats = { domListeners: 0, intervals: 0, components: 0 };

/** Obsidian's Component: children and registered cleanups, released in reverse order on unload. */
export class Component implements O.Component {
  /** Test helper: whether load() ran and unload() has not. */
  _loaded = false;
  private readonly _children: Component[] = [];
  private readonly _cleanups: (() => unknown)[] = [];
  /** Test helper: what the last onload() returned (a promise for async onload). */
  _onloadResult: unknown;

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    fakeStats.components++;
    this._onloadResult = this.onload();
    for (const child of [...this._children]) child.load();
  }

  onload(): void {}

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    fakeStats.components--;
    while (this._children.length) this._children.pop()?.unload();
    while (this._cleanups.length) this._cleanups.pop()?.();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends O.Component>(component: T): T {
    this._children.push(component as unknown as Component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends O.Component>(component: T): T {
    const i = this._children.indexOf(component as unknown as Component);
    if (i >= 0) {
      this._children.splice(i, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this._cleanups.push(cb);
  }

  registerEvent(eventRef: O.EventRef): void {
    const ref = eventRef as FakeEventRef;
    this.register(() => ref.e.offref(ref));
  }

  registerDomEvent<K extends keyof WindowEventMap>(el: Window, type: K, callback: (this: HTMLElement, ev: WindowEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  registerDomEvent<K extends keyof DocumentEventMap>(el: Document, type: K, callback: (this: HTMLElement, ev: DocumentEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  registerDomEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, callback: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  registerDomEvent(el: EventTarget, type: string, callback: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
    el.addEventListener(type, callback, options);
    fakeStats.domListeners++;
    this.register(() => {
      el.removeEventListener(type, callback, options);
      fakeStats.domListeners--;
    });
  }

  registerInterval(id: number): number {
    fakeStats.intervals++;
    this.register(() => {
      clearInterval(id);
      fakeStats.intervals--;
    });
    return id;
  }
}
