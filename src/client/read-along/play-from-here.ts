// A "Play from here" button for every spoken block, in the margin beside it, for the mouse and for touch. It shows
// for the block under the mouse and the block last tapped; it is absolutely positioned, so showing it moves nothing.
// Keyboard and screen-reader users get one roving button instead (keyboard-play-from-here.ts), not one stop per block.
import { accessibleName, placeBeside } from './block-place.ts';

// Time for the mouse to cross from the text to the button in the margin.
const HIDE_AFTER_MS = 600;

export function addPlayFromHere(
  body: HTMLElement,
  template: HTMLTemplateElement,
  play: (block: HTMLElement) => void,
): void {
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
  new ResizeObserver(() => placeBeside([...buttons], body)).observe(body);

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
