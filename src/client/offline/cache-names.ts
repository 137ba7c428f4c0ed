// The offline caches' names: the worker's small shell, and one cache per saved essay, named by its slug and the
// version of its narration, so a page, its cues and its MP3 are kept, found and removed as one unit.

/** Bump when the shell's list changes: the new worker fills the new shell and its activation drops the old one. */
export const SHELL_CACHE = 'lectern-shell-1';
const SHELL_PREFIX = 'lectern-shell-';
const UNIT_PREFIX = 'lectern-essay ';

export interface SavedUnit {
  slug: string;
  version: string;
}

/** Whether a cache is a saved essay's, whichever. */
export const isSavedEssay = (cacheName: string): boolean => cacheName.startsWith(UNIT_PREFIX);
/** The start of the name of every saved copy of this essay, whatever its version. */
export const unitPrefix = (slug: string): string => `${UNIT_PREFIX}${slug} `;
export const unitCacheName = ({ slug, version }: SavedUnit): string => `${unitPrefix(slug)}${version}`;

/** The essay a cache holds, or undefined for a cache that is not a saved essay's (the shell, another site's). */
export function unitOf(cacheName: string): SavedUnit | undefined {
  if (!isSavedEssay(cacheName)) return undefined;
  const [slug, version, ...rest] = cacheName.slice(UNIT_PREFIX.length).split(' ');
  return slug && version && rest.length === 0 ? { slug, version } : undefined;
}

/** The shells of older workers: what a new worker deletes once it is the one in charge. Saved essays are kept. */
export const oldShells = (cacheNames: readonly string[]): string[] =>
  cacheNames.filter((name) => name.startsWith(SHELL_PREFIX) && name !== SHELL_CACHE);

/**
 * The saved units of this slug whose narration is not the page's: re-narrated since they were saved. Their audio
 * must never play against the page's new cues, so they are removed as soon as a page online shows the change.
 */
export const staleUnits = (cacheNames: readonly string[], current: SavedUnit): string[] =>
  cacheNames.filter((name) => {
    const unit = unitOf(name);
    return unit?.slug === current.slug && unit.version !== current.version;
  });

/**
 * Where a saved essay's own record (title, bytes, when) is kept in its cache. It is written last, so a cache
 * without it is a save that did not finish: never served, and cleared by the next save or the Saved page.
 */
export const UNIT_RECORD_PATH = '/offline/record.json';

export interface UnitRecord {
  slug: string;
  version: string;
  title: string;
  url: string;
  bytes: number;
  /** ISO date-time. */
  savedAt: string;
}
