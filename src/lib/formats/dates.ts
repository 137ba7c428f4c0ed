// Calendar dates: strict parsing of frontmatter dates, and the one display format, in the site's timezone.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))$/;

/**
 * One formatter per locale, options and zone: building an Intl.DateTimeFormat costs far more than using one, and a
 * 1,000-essay build formats dates tens of thousands of times (1.5 s of its profile before this cache).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** Milliseconds by which `timeZone` is ahead of UTC at instant `utcMs`. */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = formatter('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utcMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - utcMs;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Parses "2026-03-18" (midnight in `timeZone`, so the date shown is the date written)
 * or a full ISO date-time with an offset. Rejects rolled-over dates such as 2024-02-30,
 * which js-yaml and `new Date` silently move to March.
 */
/** English month names, January first: the spoken dates and the old sites' URL patterns name months so. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function parseCalendarDate(text: string, timeZone: string): Date {
  const value = text.trim();
  const m = DATE_ONLY.exec(value) ?? DATE_TIME.exec(value);
  if (!m) throw new Error(`"${value}" is not a date: write it as YYYY-MM-DD, for example 2026-03-18`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDay(year, month, day)) throw new Error(`"${value}" is not a real calendar date`);
  if (m.length === 4) {
    const guess = Date.UTC(year, month - 1, day);
    // Two passes settle the offset when midnight falls near a daylight-saving change.
    const first = guess - zoneOffsetMs(guess, timeZone);
    const date = new Date(guess - zoneOffsetMs(first, timeZone));
    // Far-past days went astray (0100-01-01 showed as 3502, 1847-12-01 as 30 November in London's local mean time;
    // found by tests/lib/essays/frontmatter-fuzz.test.ts): never show a day other than the one written.
    const shown = isoCalendarDate(date, timeZone);
    if (shown !== value) throw new Error(`"${value}" would be shown as ${shown} in the site's timezone, ${timeZone}`);
    return date;
  }
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) throw new Error(`"${value}" is not a real time of day`);
  // new Date() turns +99:99 into an Invalid Date rather than an error (found by tests/lib/essays/frontmatter-fuzz.test.ts).
  if (Number(m[8] ?? 0) > 23 || Number(m[9] ?? 0) > 59) throw new Error(`"${value}" is not a real offset from UTC`);
  return new Date(value);
}

/** "Wed 18 March 2026": the byline format. */
export function formatDisplayDate(date: Date, timeZone: string): string {
  const parts = formatter('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(date);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}`;
}

/** "2026-03-18": the same calendar day as formatDisplayDate, for `<time datetime>`. */
export function isoCalendarDate(date: Date, timeZone: string): string {
  return formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The calendar year in the site's timezone, for the archive. */
export function calendarYear(date: Date, timeZone: string): number {
  return Number(isoCalendarDate(date, timeZone).slice(0, 4));
}

/** "Wed, 18 Mar 2026 00:00:00 GMT": RFC 822 (as RFC 1123 writes it), the date format of RSS. */
export const rfc822Date = (date: Date): string => date.toUTCString();

/**
 * "2013-08-28T13:00:00-07:00": a wall-clock time as an old site wrote it in `timeZone`, with the offset it had then,
 * so an imported date keeps its instant (parseCalendarDate accepts it).
 */
export function withZoneOffset(localDateTime: string, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(localDateTime);
  if (!m) throw new Error(`"${localDateTime}" is not a local date-time such as 2026-03-18T09:30:00`);
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  const minutes = Math.round(zoneOffsetMs(guess - zoneOffsetMs(guess, timeZone), timeZone) / 60_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const sign = minutes < 0 ? '-' : '+';
  return `${localDateTime}${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}
