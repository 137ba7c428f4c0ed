// Which chapter a time falls in, and where previous and next go from there.

/** Seconds into a chapter after which "previous" goes back to its start rather than to the chapter before it. */
export const RESTART_SECONDS = 3;

// A seek lands a hair before the time asked for; it still counts as the chapter that starts there.
const LANDING_SECONDS = 0.05;

/** The index of the chapter playing at `position`: the last to start by then (the first, before any starts). */
export function chapterAt(starts: readonly number[], position: number): number {
  let index = 0;
  starts.forEach((start, i) => {
    if (start <= position + LANDING_SECONDS) index = i;
  });
  return index;
}

/**
 * The chapter that next (+1) or previous (-1) goes to; undefined after the last. Previous first goes back to the
 * start of the chapter playing, as a CD player does, unless that chapter has only just begun.
 */
export function chapterStep(starts: readonly number[], position: number, by: number): number | undefined {
  const current = chapterAt(starts, position);
  if (by > 0) return current + 1 < starts.length ? current + 1 : undefined;
  const into = position - (starts[current] ?? 0);
  return into > RESTART_SECONDS || current === 0 ? current : current - 1;
}
