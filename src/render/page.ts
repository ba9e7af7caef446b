/**
 * Entry of dist/render-page.js, the script inlined in the page `xcap render` writes: reads the
 * report from the page's JSON block and renders it with the same renderer as the plugin.
 */
import { renderCapture } from './cards';
import { el } from './dom';
import { PAGE_APP_ID, PAGE_DATA_ID, type PagePayload } from './standalone';

function start(doc: Document): void {
  const app = doc.getElementById(PAGE_APP_ID) ?? doc.body;
  try {
    const payload = JSON.parse(doc.getElementById(PAGE_DATA_ID)?.textContent ?? 'null') as PagePayload | null;
    if (!payload || typeof payload.report !== 'object' || !Array.isArray(payload.report.posts)) {
      throw new Error('the page holds no capture data');
    }
    renderCapture(app, payload.report, { mode: payload.mode, hideAds: payload.hideAds, locale: payload.locale });
  } catch (err) {
    el(app, 'p', { cls: 'x-cap-page-error', text: `Could not show the capture: ${err instanceof Error ? err.message : String(err)}` });
  }
}

start(window.document);
