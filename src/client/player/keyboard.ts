// Which player command a key press means, so that keyboard users get the shortcuts listeners expect.

/** Seconds that ←/→ move, as in most web video players. */
const ARROW_SECONDS = 5;

export type KeyCommand = { kind: 'toggle' } | { kind: 'seekBy'; seconds: number };

/** The command for a key pressed inside the player; undefined leaves the key to the browser. */
export function keyCommand(event: KeyboardEvent): KeyCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const tag = (event.target as Element).tagName;
  // Arrows choose a speed in the select; Space presses whichever button has focus.
  if (tag === 'SELECT') return undefined;
  if (event.key === 'k' || event.key === 'K' || (event.key === ' ' && tag !== 'BUTTON')) return { kind: 'toggle' };
  if (event.key === 'ArrowLeft') return { kind: 'seekBy', seconds: -ARROW_SECONDS };
  if (event.key === 'ArrowRight') return { kind: 'seekBy', seconds: ARROW_SECONDS };
  return undefined;
}
