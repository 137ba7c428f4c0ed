// Marks the one block being read with data-reading, which the read-along stylesheet highlights.

export interface ReadingMark {
  readonly current: HTMLElement | undefined;
  /** Moves the mark to this block (or clears it) and returns the block that had it. */
  move(block: HTMLElement | undefined): HTMLElement | undefined;
}

export function readingMark(): ReadingMark {
  let current: HTMLElement | undefined;
  return {
    get current() {
      return current;
    },
    move(block) {
      const previous = current;
      previous?.removeAttribute('data-reading');
      block?.setAttribute('data-reading', '');
      current = block;
      return previous;
    },
  };
}
