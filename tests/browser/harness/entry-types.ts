import type { HarnessApi } from './entry';

declare global {
  interface Window {
    /** The harness page's API (tests/browser/harness/entry.ts), called through page.evaluate. */
    xcap: HarnessApi;
  }
}
