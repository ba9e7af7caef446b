import type * as O from 'obsidian';

/** Obsidian's keyboard Scope: records handlers; `trigger` (test helper) runs the matching one. */
export class Scope implements O.Scope {
  readonly handlers: O.KeymapEventHandler[] = [];

  constructor(readonly parent?: O.Scope) {}

  register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): O.KeymapEventHandler {
    const handler: O.KeymapEventHandler & { func: O.KeymapEventListener } = { scope: this, modifiers: modifiers?.join(',') ?? null, key, func };
    this.handlers.push(handler);
    return handler;
  }

  unregister(handler: O.KeymapEventHandler): void {
    const i = this.handlers.indexOf(handler);
    if (i >= 0) this.handlers.splice(i, 1);
  }
}
