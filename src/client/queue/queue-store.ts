// Where the queue is kept: the listening queue and the continuous-play setting in localStorage, as the player keeps
// positions (saved-state.ts), and, for one tab, the essay a queue move should start and the one it left.
import { remember, storage } from '../player/saved-state.ts';
import { type QueuedEssay, parseQueue } from './queue-list.ts';

const QUEUE_KEY = 'lectern:queue';
const CONTINUOUS_KEY = 'lectern:continuous-play';
/** Set just before the queue moves to an essay's page: that page's player starts on its own. */
const START_KEY = 'lectern:queue-start';
/** The essay the queue moved on from, for "previous track". */
const PREVIOUS_KEY = 'lectern:queue-previous';
/** Tells this page's other queue controls that the queue changed (the storage event tells only other tabs). */
export const QUEUE_CHANGED = 'lectern:queue-changed';

export const readQueue = (): QueuedEssay[] => parseQueue(storage()?.getItem(QUEUE_KEY));

export function saveQueue(queue: readonly QueuedEssay[]): void {
  remember(QUEUE_KEY, queue.length > 0 ? JSON.stringify(queue) : undefined);
  window.dispatchEvent(new Event(QUEUE_CHANGED));
}

/** Calls back whenever the queue changes, in this tab or another. */
export function onQueueChange(callback: () => void): void {
  window.addEventListener(QUEUE_CHANGED, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === QUEUE_KEY || event.key === null) callback();
  });
}

/** Continuous play is on unless the listener turned it off. */
export const continuousPlay = (): boolean => storage()?.getItem(CONTINUOUS_KEY) !== 'off';

export const saveContinuousPlay = (on: boolean): void => remember(CONTINUOUS_KEY, on ? undefined : 'off');

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch (error) {
    console.info('Lectern: the queue cannot start the next essay here by itself.', error);
    return undefined;
  }
}

/** The next page's player starts the essay it was moved to, and "previous" knows where it came from. */
export function markQueueMove(to: string, from: string): void {
  try {
    tabStorage()?.setItem(START_KEY, to);
    tabStorage()?.setItem(PREVIOUS_KEY, from);
  } catch (error) {
    console.info('Lectern: the queue cannot start the next essay here by itself.', error);
  }
}

/** Whether the queue moved to this essay; asking forgets it, so a reload does not start it again. */
export function takeQueueStart(slug: string): boolean {
  const marked = tabStorage()?.getItem(START_KEY) === slug;
  if (marked) tabStorage()?.removeItem(START_KEY);
  return marked;
}

export const queuePrevious = (): string | undefined => tabStorage()?.getItem(PREVIOUS_KEY) ?? undefined;
