// A move through the queue, kept for this tab only (sessionStorage): the essay the next page's player should start,
// and the essay the queue left, for "previous track".
import { kept } from './queue-store.ts';

/** Set just before the queue goes to an essay's page: that page's player starts on its own. */
const START_KEY = 'lectern:queue-start';
const PREVIOUS_KEY = 'lectern:queue-previous';

export function markQueueMove(to: string, from: string): void {
  try {
    kept('sessionStorage')?.setItem(START_KEY, to);
    kept('sessionStorage')?.setItem(PREVIOUS_KEY, from);
  } catch (error) {
    console.info('Lectern: the queue cannot start the next essay here by itself.', error);
  }
}

/** Whether the queue moved to this essay, and its player should start. */
export const queueMovedTo = (slug: string): boolean => kept('sessionStorage')?.getItem(START_KEY) === slug;

/** Forgets the move once its player has started, so that a reload does not start it again. */
export const forgetQueueMove = (): void => kept('sessionStorage')?.removeItem(START_KEY);

export const queuePrevious = (): string | undefined => kept('sessionStorage')?.getItem(PREVIOUS_KEY) ?? undefined;
