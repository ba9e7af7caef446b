/** Is this post an ad? The clipper saves promoted posts between real replies; they say so by what they lack. */

export interface PromotedInput {
  /** The author line names someone (name and handle) but carries no date at all. */
  undated: boolean;
  /** Whether other posts of the capture are dated (an undated post then stands out). */
  othersDated: boolean;
  text: string;
}

const TRACKING = /[?&](?:twclid|utm_[a-z]+|fbclid|gclid)=/i;
const HASHTAG = /(?:^|\s)#[\p{L}\p{N}_]+/gu;
const CALL_TO_ACTION = /\b(?:sign up|download|try\b[^.!?\n]{0,30}\b(?:now|free)|learn more|shop now|get started|book (?:a|your)|register now|limited time|official site)\b|官网|立即|限时|免费试用|下载/i;

/**
 * The signals that say a post is promoted. An undated author line is the defining one (real posts
 * always carry their date); the others only support it, so a dated post is never called an ad.
 */
export function promotedSignals(input: PromotedInput): string[] {
  if (!input.undated) return [];
  const signals = ['no date on the author line'];
  if (TRACKING.test(input.text)) signals.push('tracking link');
  if ((input.text.match(HASHTAG) ?? []).length >= 2) signals.push('hashtags');
  if (CALL_TO_ACTION.test(input.text)) signals.push('call to action');
  return signals;
}

/** Decides from the signals: undated among dated posts, or undated with a supporting signal. */
export function isPromoted(input: PromotedInput, signals = promotedSignals(input)): boolean {
  return signals.length > 0 && (input.othersDated || signals.length > 1);
}
