// What the home page offers to continue: the essay the player saved as heard last, where the player would resume it
// (its own rule, savedPosition), unless the reader dismissed the offer at that very position.
import { LAST_HEARD_KEY, remember, savedPosition, storage, type Heard } from '../player/saved-state.ts';

const DISMISSED_KEY = 'lectern:continue-dismissed';

function readHeard(text: string | null | undefined): Heard | undefined {
  if (!text) return undefined;
  try {
    const { slug, title, duration } = JSON.parse(text) as Partial<Heard>;
    return typeof slug === 'string' && typeof title === 'string' && typeof duration === 'number'
      ? { slug, title, duration }
      : undefined;
  } catch (error) {
    console.info('Lectern: forgot an unreadable last-heard essay.', error);
    return undefined;
  }
}

export function continueListening(): (Heard & { position: number }) | undefined {
  const heard = readHeard(storage()?.getItem(LAST_HEARD_KEY));
  const position = heard && savedPosition(heard.slug, heard.duration);
  if (!heard || position === undefined) return undefined;
  return storage()?.getItem(DISMISSED_KEY) === `${heard.slug}@${position}` ? undefined : { ...heard, position };
}

/** Stops offering this essay at this position; listening on to a new position offers it again. */
export const dismissContinueListening = (slug: string, position: number): void =>
  remember(DISMISSED_KEY, `${slug}@${position}`);
