// Selectors over the essay collection. Pure: the build passes in the time and whether drafts show.
import { calendarYear } from '../formats/dates.ts';
import { slugify } from './slug.ts';
import type { EssayData } from './essay-schema.ts';

export interface Essay {
  id: string;
  data: EssayData;
}

export interface Visibility {
  now: Date;
  /** Drafts show in dev, never in production pages or feeds. */
  includeDrafts: boolean;
}

const newestFirst = (a: Essay, b: Essay): number =>
  b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);

/** Essays a reader may see at `now`, newest first. Essays dated in the future wait for their date. */
export function publishedEssays<E extends Essay>(essays: readonly E[], { now, includeDrafts }: Visibility): E[] {
  return essays
    .filter((e) => (includeDrafts || !e.data.draft) && e.data.date.getTime() <= now.getTime())
    .sort(newestFirst);
}

/** The first `count` of essays listed newest first: what an essay feed carries (SITE.feeds.items), not the archive. */
export const newestEssays = <E extends Essay>(newestFirst: readonly E[], count: number): E[] =>
  newestFirst.slice(0, count);

/** A category or a tag: its name, the URL slug the one slug rule gives it, and how many essays carry it. */
export interface Label {
  name: string;
  slug: string;
  count: number;
}
export type Category = Label;
export type Tag = Label;

/** Labels by name, each with its essay count. Two spellings of one slug would share a URL, so that is an error. */
function labelsOf(
  essays: readonly Essay[],
  kind: 'category' | 'tag',
  namesOf: (data: Essay['data']) => readonly string[],
): Label[] {
  const bySlug = new Map<string, Label>();
  for (const { id, data } of essays) {
    for (const name of new Set(namesOf(data))) {
      const slug = slugify(name);
      const known = bySlug.get(slug);
      if (known && known.name !== name) {
        throw new Error(
          `Essay "${id}": ${kind} "${name}" and "${known.name}" share the URL slug "${slug}"; use one spelling`,
        );
      }
      bySlug.set(slug, { name, slug, count: (known?.count ?? 0) + 1 });
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export const categoriesOf = (essays: readonly Essay[]): Category[] =>
  labelsOf(essays, 'category', (data) => [data.category]);

export const inCategory = <E extends Essay>(essays: readonly E[], categorySlug: string): E[] =>
  essays.filter((e) => slugify(e.data.category) === categorySlug);

export const tagsOf = (essays: readonly Essay[]): Tag[] => labelsOf(essays, 'tag', (data) => data.tags);

export const withTag = <E extends Essay>(essays: readonly E[], tagSlug: string): E[] =>
  essays.filter((e) => e.data.tags.some((tag) => slugify(tag) === tagSlug));

/** The essays published just before and just after one, given the list newest first (as publishedEssays returns it). */
export function neighbours<E extends Essay>(
  newestFirst: readonly E[],
  id: string,
): { newer: E | undefined; older: E | undefined } {
  const at = newestFirst.findIndex((e) => e.id === id);
  if (at < 0) throw new Error(`Essay "${id}" is not among the published essays`);
  return { newer: newestFirst[at - 1], older: newestFirst[at + 1] };
}

/** Essays grouped by calendar year (in the site's timezone), newest year first; order within a year is kept. */
export function byYear<E extends Essay>(essays: readonly E[], timeZone: string): Array<{ year: number; essays: E[] }> {
  const groups = new Map<number, E[]>();
  for (const essay of essays) {
    const year = calendarYear(essay.data.date, timeZone);
    groups.set(year, [...(groups.get(year) ?? []), essay]);
  }
  return [...groups].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, essays: list }));
}
