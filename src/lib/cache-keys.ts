// Incremental builds skip a page whose cacheKey is unchanged, so each key covers exactly what its page shows.
// (The page's code is Astro's to track: it hashes each route's module graph.)
import type { Essay } from './essays.ts';

/** An essay as a list shows it: title, date, category and description, and where it links. */
const listed = ({ id, data }: Essay): unknown[] => [id, data.title, data.date.toISOString(), data.category, data.description];

/** A page of a list: its essays, and which page of how many it is (the pagination links). */
export const listPageKey = (page: { currentPage: number; lastPage: number; data: readonly Essay[] }, heading = ''): string =>
  JSON.stringify([heading, page.currentPage, page.lastPage, page.data.map(listed)]);

/** An essay page: the essay's content digest (frontmatter and body), and the narration it offers. */
export const essayPageKey = (digest: string | number | undefined, narration: string): string =>
  JSON.stringify([digest ?? '', narration]);
