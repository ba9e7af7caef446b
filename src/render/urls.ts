/** Which URLs may become links or image sources, and how they are shown. */

/**
 * The URL, normalized, when it is an absolute http(s) URL; null for anything else
 * (javascript:, data:, relative paths, garbage), so a note can never make a dangerous link.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** The host without "www.", for link cards; empty when the URL does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '');
  } catch {
    return '';
  }
}

/** A short form of a URL for link text: no scheme, no "www.", at most `max` characters. */
export function displayUrl(url: string, max = 40): string {
  let shown = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  try {
    shown = decodeURI(shown);
  } catch {
    // Keep the encoded form when it is not valid percent-encoding.
  }
  // Bidi controls in a URL could make its text read as another address.
  shown = shown.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
  if (shown.endsWith('/') && shown.indexOf('/') === shown.length - 1) shown = shown.slice(0, -1);
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/** Profile URL on x.com for a handle (only handle characters are kept). */
export function profileUrl(handle: string): string {
  return `https://x.com/${encodeURIComponent(handle.replace(/[^A-Za-z0-9_]/g, ''))}`;
}
