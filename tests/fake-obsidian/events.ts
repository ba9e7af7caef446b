import type * as O from 'obsidian';

type Callback = (...data: any[]) => unknown;

/** What the fake hands out as an opaque `EventRef`: enough to remove the listener again. */
export interface FakeEventRef extends O.EventRef {
  e: Events;
  name: string;
  fn: Callback;
  ctx?: unknown;
}

/** Obsidian's event emitter: `on` returns a ref that `offref` (or `Component.registerEvent`) removes. */
export class Events implements O.Events {
  private readonly handlers = new Map<string, FakeEventRef[]>();

  on(name: string, callback: Callback, ctx?: unknown): O.EventRef {
    const ref: FakeEventRef = { e: this, name, fn: callback, ctx };
    const list = this.handlers.get(name) ?? [];
    list.push(ref);
    this.handlers.set(name, list);
    return ref;
  }

  off(name: string, callback: Callback): void {
    const list = this.handlers.get(name);
    if (!list) return;
    this.handlers.set(name, list.filter((ref) => ref.fn !== callback));
  }

  offref(ref: O.EventRef): void {
    const r = ref as FakeEventRef;
    const list = this.handlers.get(r.name);
    if (!list) return;
    this.handlers.set(r.name, list.filter((x) => x !== r));
  }

  trigger(name: string, ...data: unknown[]): void {
    // A copy: handlers may add or remove listeners while this event is dispatched.
    for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: O.EventRef, args: unknown[]): void {
    const r = evt as FakeEventRef;
    try {
      r.fn.apply(r.ctx, args);
    } catch (err) {
      // Obsidian logs listener errors and keeps dispatching; tests see them through `listenerErrors`.
      listenerErrors.push(err);
    }
  }

  /** Test helper: how many listeners are registered (for one event name, or all). */
  listenerCount(name?: string): number {
    if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
    let n = 0;
    for (const list of this.handlers.values()) n += list.length;
    return n;
  }
}

/** Errors thrown by event listeners (Obsidian swallows and logs them); tests should assert this stays empty. */
export const listenerErrors: unknown[] = [];
