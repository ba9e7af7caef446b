/** Reading X (Twitter) URLs: status links, handles, conversation ids. */

const HOST = String.raw`https?://(?:www\.|mobile\.|m\.)?(?:x|twitter)\.com`;
const STATUS = new RegExp(String.raw`^${HOST}/(?:([A-Za-z0-9_]{1,50})|i(?:/web)?)/(?:status|statuses)/(\d{1,20})`, 'i');
const ANY = new RegExp(String.raw`^${HOST}(?:/|$)`, 'i');
const PROFILE = new RegExp(String.raw`^${HOST}/([A-Za-z0-9_]{1,50})/?(?:[?#]|$)`, 'i');
/** Path words that are X's own pages, not handles. */
const RESERVED = new Set(['i', 'home', 'search', 'explore', 'intent', 'hashtag', 'settings', 'messages', 'notifications', 'share', 'compose']);

export interface StatusRef {
  handle: string | null;
  statusId: string;
}

/** Reads a status URL (x.com or twitter.com, `/i/status/ID`, `/history`, `?s=46` ...). */
export function parseStatusUrl(url: string | null | undefined): StatusRef | null {
  if (!url) return null;
  const m = STATUS.exec(url.trim());
  if (!m) return null;
  const handle = m[1] && !RESERVED.has(m[1].toLowerCase()) ? m[1] : null;
  return { handle, statusId: m[2] };
}

/** Whether a URL points at x.com or twitter.com at all. */
export function isXUrl(url: string | null | undefined): boolean {
  return !!url && ANY.test(url.trim());
}

/** A profile URL's handle (`https://twitter.com/bronifty`), or null. */
export function profileHandle(url: string): string | null {
  const m = PROFILE.exec(url.trim());
  return m && !RESERVED.has(m[1].toLowerCase()) ? m[1] : null;
}

/** The canonical status URL for a handle and id. */
export function statusUrl(handle: string | null, statusId: string): string {
  return `https://x.com/${handle ?? 'i'}/status/${statusId}`;
}
