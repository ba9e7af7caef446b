/** Post dates in the reader's locale: relative when recent, a date otherwise, exact on hover. */
import { differenceInCalendarDays, format, formatDistance, isValid, parseISO, type Locale } from 'date-fns';
import { de, enAU, enCA, enGB, enIN, enUS, es, fr, it, ja, ko, pt, ptBR, ru, zhCN, zhHK, zhTW } from 'date-fns/locale';

// The readers' languages (Chinese, Japanese, English, DESIGN.md) and a few large ones: every locale
// adds 5-20 kB to the plugin. Other tags fall back to their language, then to en-US.
const LOCALES: Record<string, Locale> = {
  de, en: enUS, 'en-us': enUS, 'en-au': enAU, 'en-ca': enCA, 'en-gb': enGB, 'en-in': enIN, es, fr, it, ja, ko, pt,
  'pt-br': ptBR, ru, zh: zhCN, 'zh-cn': zhCN, 'zh-sg': zhCN, 'zh-hans': zhCN, 'zh-tw': zhTW, 'zh-hant': zhTW,
  'zh-hk': zhHK, 'zh-mo': zhHK,
};

/** The date-fns locale for a BCP 47 tag ("zh-Hant-TW", "pt-BR", "ja"), falling back to en-US. */
export function dateLocale(tag: string | undefined): Locale {
  if (!tag) return enUS;
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  // Most specific first: zh-hant-hk, then language-region (zh-hk), language-script (zh-hant), language.
  const candidates = [parts.join('-'), `${parts[0]}-${parts[parts.length - 1]}`, parts.slice(0, 2).join('-'), parts[0]];
  for (const key of candidates) {
    if (Object.prototype.hasOwnProperty.call(LOCALES, key)) return LOCALES[key];
  }
  return enUS;
}

export interface PostDate {
  /** What the card shows: "3 days ago" or "Apr 10, 2025". */
  label: string;
  /** Exact date (and time when known) for the hover title. */
  title: string;
  /** Value for <time datetime>. */
  datetime: string;
}

const RECENT_DAYS = 7;

// What the parser writes (Date#toISOString). parseISO builds a RegExp on every call, compiled anew
// after each garbage collection (a fifth of a millisecond a date); these forms need none of it.
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO instant: the engine reads the UTC form it writes, date-fns reads the rest. */
const parseInstant = (time: string): Date => (UTC_INSTANT.test(time) ? new Date(time) : parseISO(time));

/** A YYYY-MM-DD day at local midnight, as parseISO reads it; null if not that form. */
function parseDay(date: string): Date | null {
  const m = DAY.exec(date);
  if (!m) return null;
  const [year, month, dayOfMonth] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const day = new Date(0);
  day.setFullYear(year, month, dayOfMonth);
  day.setHours(0, 0, 0, 0);
  // February 30th and the like roll over into the next month: invalid, as parseISO says.
  return day.getFullYear() === year && day.getMonth() === month && day.getDate() === dayOfMonth ? day : null;
}

/**
 * Formats a post's date. `time` is the exact ISO instant (from the status id) when known,
 * `date` the YYYY-MM-DD day; null when neither is readable.
 */
export function formatPostDate(time: string | null, date: string | null, now: Date, locale: string | undefined): PostDate | null {
  const loc = dateLocale(locale);
  if (time) {
    const instant = parseInstant(time);
    if (isValid(instant)) {
      const recent = Math.abs(now.getTime() - instant.getTime()) < RECENT_DAYS * 86_400_000;
      return {
        label: recent ? formatDistance(instant, now, { addSuffix: true, locale: loc }) : format(instant, 'PP', { locale: loc }),
        title: format(instant, 'PPPPpp', { locale: loc }),
        datetime: instant.toISOString(),
      };
    }
  }
  // A day without a time, at local midnight, so the shown day is the written day.
  const day = date ? parseDay(date) : null;
  if (date && day) {
    const days = differenceInCalendarDays(now, day);
    return {
      label: Math.abs(days) < RECENT_DAYS ? relativeDays(days, locale) : format(day, 'PP', { locale: loc }),
      title: format(day, 'PPPP', { locale: loc }),
      datetime: date,
    };
  }
  return null;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "today", "yesterday", "3 days ago" in the reader's language (one formatter per locale: they are costly to build). */
function relativeDays(days: number, locale: string | undefined): string {
  let formatter = relativeFormats.get(locale ?? '');
  if (!formatter) {
    try {
      formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    } catch {
      formatter = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    }
    relativeFormats.set(locale ?? '', formatter);
  }
  return formatter.format(-days, 'day');
}
