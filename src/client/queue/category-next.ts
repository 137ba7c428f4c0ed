// With an empty queue, the essay to offer next: the next by date in the same category, from the build's list.

/** A narrated essay as the build lists it at narratedEssaysUrl() (src/pages/queue/essays.json.ts). */
export interface NarratedEssay {
  slug: string;
  title: string;
  category: string;
  /** ISO date; the list is newest first. */
  date: string;
}

/**
 * The essay after this one in its category, in the order the site lists them (newest first): the next older one, or,
 * from the oldest, the newest, so that every essay of a category with two or more offers one.
 */
export function nextInCategory(essays: readonly NarratedEssay[], slug: string): NarratedEssay | undefined {
  const current = essays.find((essay) => essay.slug === slug);
  if (!current) return undefined;
  const category = essays
    .filter((essay) => essay.category === current.category)
    .sort((a, b) => b.date.localeCompare(a.date));
  const at = category.indexOf(current);
  const next = category[(at + 1) % category.length];
  return next === current ? undefined : next;
}
