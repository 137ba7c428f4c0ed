// One "Play from here" button for the keyboard and screen readers: a single Tab stop in the essay body that roves
// from block to block with the arrow keys (or follows the text caret), where the mouse gets one button per block.
import { accessibleName, openingWords, placeBeside } from './block-place.ts';

/** The block that a key moves the choice to, from the block chosen now; undefined leaves the key to the browser. */
function blockForKey(key: string, blocks: readonly HTMLElement[], current: number): number | undefined {
  if (key === 'ArrowDown') return Math.min(current + 1, blocks.length - 1);
  if (key === 'ArrowUp') return Math.max(current - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return blocks.length - 1;
  return undefined;
}

export function addKeyboardPlayFromHere(
  body: HTMLElement,
  template: HTMLTemplateElement,
  play: (block: HTMLElement) => void,
  announce: (message: string) => void,
): void {
  const blocks = [...body.querySelectorAll<HTMLElement>('[data-say]')];
  const [button, hint] = [...template.content.cloneNode(true).childNodes].filter(
    (node): node is HTMLElement => node instanceof HTMLElement,
  );
  if (!button || !hint || blocks.length === 0) return;
  let chosen = 0;
  const block = (): HTMLElement => blocks[chosen] as HTMLElement;
  const choose = (index: number): void => {
    chosen = index;
    button.setAttribute('aria-label', accessibleName(block()));
    placeBeside(
      [
        [block(), button],
        [block(), hint],
      ],
      body,
    );
  };

  button.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const next = blockForKey(event.key, blocks, chosen);
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
    block().scrollIntoView({ block: 'nearest' });
    announce(openingWords(block()));
  });
  button.addEventListener('click', () => play(block()));
  // A reader who puts the caret (or a selection) in a block and then presses Tab plays from that block.
  document.addEventListener('selectionchange', () => {
    const anchor = document.getSelection()?.anchorNode;
    const inBlock = (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest<HTMLElement>('[data-say]');
    const index = inBlock ? blocks.indexOf(inBlock) : -1;
    if (index >= 0 && document.activeElement !== button) choose(index);
  });
  new ResizeObserver(() =>
    placeBeside(
      [
        [block(), button],
        [block(), hint],
      ],
      body,
    ),
  ).observe(body);

  // First in the body, so Tab reaches it straight after the player, beside the first block.
  body.prepend(button, hint);
  choose(0);
}
