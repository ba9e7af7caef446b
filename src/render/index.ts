/** The card renderer: a CaptureReport as DOM cards (no vault access, no Obsidian APIs). */
export { renderCapture, INITIAL_POSTS } from './cards';
export type { RenderHandle, RenderOptions } from './options';
