/** Small readings of the markdown the clipper writes: escapes, images, links. */

/** Undoes markdown backslash escapes (`\_`, `\-`, `\[` ...) as a reader sees the text. */
export function unescapeMarkdown(text: string): string {
  // Most names and handles have no escape at all.
  return !text.includes('\\') ? text : text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

export interface ImageRef {
  alt: string;
  url: string;
}

const IMAGE = /!\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"\n]*")?\s*\)/g;

/** Every `![alt](url)` in a line or text, in order. */
export function findImages(text: string): ImageRef[] {
  const out: ImageRef[] = [];
  if (!text.includes('![')) return out;
  for (const m of text.matchAll(IMAGE)) out.push({ alt: m[1], url: m[2] });
  return out;
}

/** The text with its images removed (and the spaces they leave at the ends trimmed). */
export function withoutImages(text: string): string {
  return text.includes('![') ? text.replace(IMAGE, '').trimEnd() : text;
}

/** True when a line holds only images (one or more, separated by spaces). */
export function isImageLine(text: string): boolean {
  return text.includes('![') && text.replace(IMAGE, '').trim() === '';
}

const LINK_CARD = /^\s*\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)\s*$/;

/** A line that is only a markdown link to a URL: the clipper's link card (e.g. a t.co card). */
export function linkCard(text: string): { title: string; url: string } | null {
  const m = text.includes('](') ? LINK_CARD.exec(text) : null;
  return m ? { title: m[1], url: m[2] } : null;
}

/** Whether a media URL is a video (thumbnails of X videos and GIFs). */
export function isVideoUrl(url: string): boolean {
  return /video\.twimg\.com|(?:ext_tw|amplify|tweet)_video_thumb/.test(url);
}
