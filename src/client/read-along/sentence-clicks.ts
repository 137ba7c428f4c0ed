// While the narration plays, a click (or tap) on a sentence plays from that sentence. A double click or a drag that
// selects text is left to the browser: the click waits out a double click and gives way to any selection.

// Longer than the usual double-click interval (500 ms is the common maximum, 300-400 ms the default).
const DOUBLE_CLICK_MS = 350;
const INTERACTIVE = 'a, button, summary, input, select, textarea, label, [contenteditable], [data-sidenote]';

/** The caret position under a point: the standard call where the browser has it, WebKit's older one otherwise. */
function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

export function playSentenceOnClick(
  body: HTMLElement,
  playing: () => boolean,
  playFromPoint: (block: HTMLElement, node: Node, offset: number) => void,
): void {
  let waiting: number | undefined;
  body.addEventListener('click', (event) => {
    window.clearTimeout(waiting);
    const target = event.target as Element;
    const block = target.closest<HTMLElement>('[data-say]');
    if (event.detail !== 1 || !block || !playing() || target.closest(INTERACTIVE)) return;
    const caret = caretAt(event.clientX, event.clientY);
    if (!caret) return;
    waiting = window.setTimeout(() => {
      if (document.getSelection()?.isCollapsed !== false) playFromPoint(block, caret.node, caret.offset);
    }, DOUBLE_CLICK_MS);
  });
}
