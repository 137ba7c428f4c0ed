// A "Play from here" button for every spoken block, in the margin beside it. It shows for the block under the
// mouse, the block last tapped, and on keyboard focus; it is absolutely positioned, so showing it moves nothing.

const WORDS_IN_NAME = 6;
// Time for the mouse to cross from the text to the button in the margin.
const HIDE_AFTER_MS = 600;

/** "Play from here: When you read, you are the…", so a list of buttons still says which is which. */
function accessibleName(block: HTMLElement): string {
  const words = (block.textContent ?? '').trim().split(/\s+/);
  return `Play from here: ${words.slice(0, WORDS_IN_NAME).join(' ')}${words.length > WORDS_IN_NAME ? '…' : ''}`;
}

/**
 * Puts each button level with its block's first line, ahead of time: a button that Tab reaches must already be
 * where it shows, or the browser scrolls to where it was. All reads come before all writes, so layout runs once.
 */
function placeAll(buttons: ReadonlyMap<HTMLElement, HTMLElement>, body: HTMLElement): void {
  const origin = body.getBoundingClientRect().top;
  const places = [...buttons].map(([block, button]) => ({ button, top: block.getBoundingClientRect().top - origin, line: getComputedStyle(block).lineHeight }));
  for (const { button, top, line } of places) {
    button.style.setProperty('--top', `${top}px`);
    button.style.setProperty('--line', line);
  }
}

export function addPlayFromHere(body: HTMLElement, template: HTMLTemplateElement, play: (block: HTMLElement) => void): void {
  const buttons = new Map<HTMLElement, HTMLElement>();
  let shown: HTMLElement | undefined;
  let hiding: number | undefined;
  const hide = (): void => shown?.removeAttribute('data-shown');
  const show = (block: HTMLElement | null): void => {
    const button = block && buttons.get(block);
    if (!button) return;
    if (shown !== button) shown?.removeAttribute('data-shown');
    button.setAttribute('data-shown', '');
    shown = button;
  };

  for (const block of body.querySelectorAll<HTMLElement>('[data-say]')) {
    const button = template.content.firstElementChild?.cloneNode(true);
    if (!(button instanceof HTMLElement)) return;
    button.setAttribute('aria-label', accessibleName(block));
    button.addEventListener('click', () => {
      play(block);
      hide();
    });
    // Outside the block, so it stays out of a heading's accessible name; but a list only holds list items.
    if (block.tagName === 'LI') block.prepend(button);
    else block.before(button);
    buttons.set(block, button);
  }
  // Fires once at the start, then whenever the text reflows: a font arriving, a resize, an image loading.
  new ResizeObserver(() => placeAll(buttons, body)).observe(body);

  const blockAt = (event: Event): HTMLElement | null => (event.target as Element).closest<HTMLElement>('[data-say]');
  body.addEventListener('pointerover', (event) => {
    window.clearTimeout(hiding);
    if (event.pointerType === 'mouse') show(blockAt(event));
  });
  // A finger "leaves" at every lift, so only the mouse hides the button by leaving.
  body.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse') hiding = window.setTimeout(hide, HIDE_AFTER_MS);
  });
  // A tap shows the button for the block tapped, and a tap between blocks puts it away.
  body.addEventListener('click', (event) => {
    if (shown?.contains(event.target as Node)) return;
    const block = blockAt(event);
    if (block) show(block);
    else hide();
  });
}
