// Incremental builds skip a page whose cacheKey is unchanged, so each key covers exactly what its page shows.
// (The page's code is Astro's to track: it hashes each route's module graph.)
import type { Essay } from '../essays/essays.ts';
import { offersNarration } from '../essays/narration-offer.ts';

/** An essay as a list shows it: title, date, category and description, where it links, and "Listen later" if narrated. */
const listed = ({ id, data }: Essay): unknown[] => [
  id,
  data.title,
  data.date.toISOString(),
  data.category,
  data.description,
  offersNarration(data),
];

/** A page of a list: its essays, and which page of how many it is (the pagination links). */
export const listPageKey = (
  page: { currentPage: number; lastPage: number; data: readonly Essay[] },
  heading = '',
): string => JSON.stringify([heading, page.currentPage, page.lastPage, page.data.map(listed)]);

/** An essay as another page links to it: where, and by its title. */
const linked = (essay: Essay | undefined): unknown => essay && [essay.id, essay.data.title];

/**
 * An essay page: the essay's content digest (frontmatter and body), the narration it offers, and the essays it links
 * to by title (next and previous), whose edits must reach this page too.
 */
export const essayPageKey = (
  digest: string | number | undefined,
  narration: string,
  links: ReadonlyArray<Essay | undefined>,
): string => JSON.stringify([digest ?? '', narration, links.map(linked)]);

/** A file made from an essay and its narration alone (its chapters, its transcript): 2,000 of them at 1,000 essays. */
export const narrationFileKey = (digest: string | number | undefined, narration: string): string =>
  JSON.stringify([digest ?? '', narration]);
