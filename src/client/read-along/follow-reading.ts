// Keeps the block being read in view, but never fights the reader: not while they are moving the page,
// and not once they have moved it away from the reading (they rejoin by scrolling back or playing from a block).

// Long enough for a reader to settle after a scroll or a drag of the seek bar.
const QUIET_MS = 4000;
const READER_ACTIVITY = ['wheel', 'touchmove', 'pointerdown', 'keydown', 'input'];
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

const inView = (block: Element): boolean => {
  const { top, bottom } = block.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
};

export interface ReadingFollower {
  /** The reading moved from `previous` to `block`: bring it into view if the reader is following. */
  show(block: HTMLElement, previous?: HTMLElement): void;
  /** The reader chose where to listen from, so they are following again. */
  rejoin(): void;
}

/** `reading` tells which block is being read at the moment the reader moves the page. */
export function followReading(reading: () => HTMLElement | undefined): ReadingFollower {
  let movedAt = -Infinity;
  let anchor: HTMLElement | undefined;
  let pending: number | undefined;
  const moved = (): void => {
    movedAt = performance.now();
    anchor = reading();
  };
  for (const type of READER_ACTIVITY) addEventListener(type, moved, { capture: true, passive: true });

  const show = (block: HTMLElement, previous?: HTMLElement): void => {
    window.clearTimeout(pending);
    const wait = movedAt + QUIET_MS - performance.now();
    if (wait > 0) {
      pending = window.setTimeout(show, wait, block, previous);
      return;
    }
    // Away on purpose: what was being read when they last moved the page is out of view, and the reading has not caught up.
    if (anchor && !inView(anchor) && !(previous && inView(previous))) return;
    const { top, height } = block.getBoundingClientRect();
    if (top >= 0 && top < innerHeight * 0.7) return;
    block.scrollIntoView({
      block: height > innerHeight / 2 ? 'start' : 'center',
      behavior: reducedMotion.matches ? 'instant' : 'smooth',
    });
  };
  return {
    show,
    rejoin() {
      movedAt = -Infinity;
      anchor = undefined;
    },
  };
}
