// Where a "Play from here" button sits beside its block, and what it is called: shared by the mouse buttons and the keyboard one.

const WORDS_IN_NAME = 6;

/** "When you read, you are the…": enough of a text (a block's, a sentence's) to tell it from the others. */
export function openingOf(text: string): string {
  const words = text.trim().split(/\s+/);
  return `${words.slice(0, WORDS_IN_NAME).join(' ')}${words.length > WORDS_IN_NAME ? '…' : ''}`;
}

/** The opening words of a block. */
export function openingWords(block: HTMLElement): string {
  // A list item holds its own button (a list only holds list items), whose words are not the block's.
  const text = [...block.childNodes]
    .filter((node) => !(node instanceof Element && node.matches('.play-from-here')))
    .map((node) => node.textContent)
    .join('');
  return openingOf(text);
}

/** "Play from here: When you read, you are the…", so the button says which block it plays from. */
export const accessibleName = (block: HTMLElement): string => `Play from here: ${openingWords(block)}`;

/**
 * Puts each button level with its block's first line (or with the first line of `at`, a sentence in it), ahead of
 * time: a button that Tab reaches must already be where it shows, or the browser scrolls to where it was. All reads
 * come before all writes, so layout runs once.
 */
export function placeBeside(
  pairs: readonly (readonly [block: HTMLElement, button: HTMLElement, at?: Range | undefined])[],
  body: HTMLElement,
): void {
  const origin = body.getBoundingClientRect().top;
  const places = pairs.map(([block, button, at]) => ({
    button,
    top: (at?.getClientRects()[0] ?? block.getBoundingClientRect()).top - origin,
    line: getComputedStyle(block).lineHeight,
  }));
  for (const { button, top, line } of places) {
    button.style.setProperty('--top', `${top}px`);
    button.style.setProperty('--line', line);
  }
}
