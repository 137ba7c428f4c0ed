// The keys that move between chapters inside the player: n for the next, p for the previous (the player's own keys,
// in ../player/keyboard.ts, are space, k and the arrows).

/** The event that tells the chapter list (chapters.ts) to step, by its detail: +1 or -1. */
export const CHAPTER_STEP = 'lectern:chapter-step';

/** +1 for the next chapter, -1 for the previous; undefined leaves the key to the browser. */
export function chapterKey(event: KeyboardEvent): 1 | -1 | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  // A letter in a select picks the option it begins.
  if ((event.target as Element).tagName === 'SELECT') return undefined;
  const key = event.key.toLowerCase();
  if (key === 'n') return 1;
  if (key === 'p') return -1;
  return undefined;
}
