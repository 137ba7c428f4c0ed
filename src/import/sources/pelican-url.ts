// Pelican's URL settings ("blog/{date:%Y}/{slug}/") expanded for one post, as the old site saved it.
import { MONTH_NAMES } from '../../lib/formats/dates.ts';
import { slugify } from '../../lib/essays/slug.ts';

export interface UrlParts {
  readonly slug: string;
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly category: string;
  readonly lang: string;
  readonly author: string;
}

function strftime(format: string, parts: UrlParts): string {
  const month = MONTH_NAMES[Number(parts.month) - 1] ?? '';
  const codes: Record<string, string> = {
    Y: parts.year,
    y: parts.year.slice(2),
    m: parts.month,
    d: parts.day,
    B: month,
    b: month.slice(0, 3),
    '%': '%',
  };
  return format.replace(/%([a-zA-Z%])/g, (whole, code: string) => codes[code] ?? whole);
}

/** Throws when the pattern uses a field this importer can't fill, so the report names the setting. */
export function expandPelicanUrl(pattern: string, parts: UrlParts): string {
  return pattern.replace(/\{(\w+)(?::([^}]*))?\}/g, (whole, name: string, format: string | undefined) => {
    if (name === 'date' && format !== undefined) return strftime(format, parts);
    if (name === 'slug') return parts.slug;
    if (name === 'category') return slugify(parts.category);
    if (name === 'lang') return parts.lang;
    if (name === 'author') return slugify(parts.author);
    throw new Error(`the URL setting "${pattern}" uses ${whole}, which the importer can't fill`);
  });
}
