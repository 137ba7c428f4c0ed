// An old post's date in the form Lectern's schema accepts, keeping its time and offset when the source had them.
import { isoCalendarDate, parseCalendarDate, withZoneOffset } from '../lib/formats/dates.ts';

const LOCAL =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

export interface PostDate {
  /** "2013-08-28" or "2013-08-28T13:00:00-07:00". */
  readonly text: string;
  /** The calendar parts as the old site showed them, for its URL patterns. */
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly note: string | undefined;
}

const pad = (part: string | undefined): string => (part ?? '0').padStart(2, '0');

/** A YAML or TOML date value, a "2013-08-28 13:00" string or an RFC 822 date from a feed. */
export function dateText(raw: unknown): string {
  if (raw instanceof Date) return raw.toISOString().replace(/\.000Z$/, 'Z');
  if (typeof raw === 'string' || typeof raw === 'number') return String(raw).trim();
  // smol-toml's TomlDate is a Date; anything else is not a date.
  throw new Error(`the date ${JSON.stringify(raw)} is not a date`);
}

function fromLocal(
  m: RegExpExecArray,
  oldZone: string | undefined,
  siteZone: string,
): Omit<PostDate, 'note'> & { zoned: boolean } {
  const [year, month, day] = [m[1] ?? '', pad(m[2]), pad(m[3])];
  const calendar = `${year}-${month}-${day}`;
  if (m[4] === undefined) return { text: calendar, year, month, day, zoned: false };
  const local = `${calendar}T${pad(m[4])}:${m[5]}:${pad(m[6])}`;
  const offset = m[7];
  if (offset)
    return {
      text: `${local}${offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`,
      year,
      month,
      day,
      zoned: true,
    };
  return { text: withZoneOffset(local, oldZone ?? siteZone), year, month, day, zoned: oldZone !== undefined };
}

/** Throws a message (without the file, which the caller adds) when the value is not a real date. */
export function readPostDate(raw: unknown, oldZone: string | undefined, siteZone: string): PostDate {
  const text = dateText(raw);
  const m = LOCAL.exec(text);
  let parts: ReturnType<typeof fromLocal>;
  if (m) parts = fromLocal(m, oldZone, siteZone);
  else {
    const instant = new Date(text);
    if (Number.isNaN(instant.getTime())) throw new Error(`the date "${text}" is not a date`);
    const iso = instant.toISOString().replace(/\.000Z$/, 'Z');
    parts = { text: iso, year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10), zoned: true };
  }
  const instant = parseCalendarDate(parts.text, siteZone);
  const shown = isoCalendarDate(instant, siteZone);
  const written = `${parts.year}-${parts.month}-${parts.day}`;
  let note: string | undefined;
  if (parts.text.length > 10 && !parts.zoned) note = `the time of "${text}" read in the site's timezone, ${siteZone}`;
  else if (shown !== written && m)
    note = `dated ${shown} in the site's timezone, ${siteZone} (the old site showed ${written})`;
  return { text: parts.text, year: parts.year, month: parts.month, day: parts.day, note };
}
