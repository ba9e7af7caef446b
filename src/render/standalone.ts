/**
 * The standalone HTML page of `xcap render`: theme stand-in, the plugin's stylesheet, the report as
 * inert JSON and the bundled renderer, under a Content-Security-Policy that allows only that script
 * and style (by hash) and https images. Pure string building; the caller supplies the hash function.
 */
import type { CaptureReport } from '../core/types';
import type { LanguageMode } from '../settings';
import { captureTitle } from './header';
import { PAGE_THEME_CSS } from './page-theme';

export type PageTheme = 'light' | 'dark' | 'auto';

/** What the page's script reads from the JSON block. */
export interface PagePayload {
  report: CaptureReport;
  mode: LanguageMode;
  hideAds: boolean;
  locale?: string;
}

/** Id of the JSON block and of the element the cards go in. */
export const PAGE_DATA_ID = 'x-cap-data';
export const PAGE_APP_ID = 'x-cap-app';

export interface StandalonePageInput {
  payload: PagePayload;
  /** The plugin's styles.css. */
  css: string;
  /** The bundled page script (dist/render-page.js). */
  script: string;
  theme: PageTheme;
  /** base64 SHA-256 of a string, for the CSP hashes. */
  sha256Base64: (text: string) => string;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * JSON that cannot leave its <script> element: every '<' is escaped (so no '</script>' or '<!--'),
 * and the line separators that older parsers choke on too.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Makes bundled JavaScript safe to inline: '</script' and '<!--' only occur in strings, regexps or comments there. */
export function inlineSafeScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The whole page as HTML text. */
export function buildStandalonePage(input: StandalonePageInput): string {
  if (/<\/style/i.test(input.css)) throw new Error('the stylesheet contains "</style"');
  const style = `${PAGE_THEME_CSS}\n${input.css}`;
  const script = inlineSafeScript(input.script);
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${input.sha256Base64(script)}'`,
    `style-src 'sha256-${input.sha256Base64(style)}'`,
    'img-src https:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const bodyClass = input.theme === 'auto' ? 'x-cap-page' : `x-cap-page theme-${input.theme}`;
  const lang = input.payload.locale ? escapeHtml(input.payload.locale) : 'en';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="xcap render">',
    `<title>${escapeHtml(captureTitle(input.payload.report))}</title>`,
    `<style>${style}</style>`,
    '</head>',
    `<body class="${bodyClass}">`,
    `<main id="${PAGE_APP_ID}"></main>`,
    '<noscript><p>This page needs JavaScript to show the capture as cards.</p></noscript>',
    `<script type="application/json" id="${PAGE_DATA_ID}">${scriptSafeJson(input.payload)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
