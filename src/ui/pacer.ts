/**
 * Splits a long loop into slices so the app can paint and take clicks (a cancel button, typing)
 * between them: `breathe()` gives up the thread once a slice has run `sliceMs`.
 */
export class Pacer {
  private sliceStart = performance.now();

  /** @param sliceMs longest stretch of work between two pauses (16: about sixty frames a second). */
  constructor(private readonly sliceMs = 16) {}

  /** Whether the current slice has run its time. */
  get due(): boolean {
    return performance.now() - this.sliceStart >= this.sliceMs;
  }

  /** Gives the app a turn now and starts a new slice. */
  async pause(): Promise<void> {
    await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
    this.sliceStart = performance.now();
  }

  /** Gives the app a turn when the slice is due. */
  async breathe(): Promise<void> {
    if (this.due) await this.pause();
  }
}
