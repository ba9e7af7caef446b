/** Runs rendering work in slices between frames so a large capture never blocks the window. */

export interface Scheduler {
  /** Runs `task` at the next slice; one pending task at a time. */
  schedule(task: () => void): void;
  cancel(): void;
}

/** Uses the window's requestAnimationFrame when it has one, else a short timeout. */
export function createScheduler(target: Window | null): Scheduler {
  const win = target ?? window;
  let pending: { cancel(): void } | null = null;
  return {
    schedule(task) {
      pending?.cancel();
      if (typeof win.requestAnimationFrame === 'function') {
        const id = win.requestAnimationFrame(() => {
          pending = null;
          task();
        });
        pending = { cancel: () => win.cancelAnimationFrame(id) };
      } else {
        const id = win.setTimeout(() => {
          pending = null;
          task();
        }, 16);
        pending = { cancel: () => win.clearTimeout(id) };
      }
    },
    cancel() {
      pending?.cancel();
      pending = null;
    },
  };
}
