// Where the queue is kept: the listening queue, in localStorage under a lectern: key as
// the player keeps positions (saved-state.ts). Not through saved-state itself: it is bundled into the player's chunk,
// which list pages would then load whole for a queue button.
import { type QueuedEssay, parseQueue } from './queue-list.ts';

const QUEUE_KEY = 'lectern:queue';
/** Tells this page's other queue controls that the queue changed (the storage event tells only other tabs). */
const QUEUE_CHANGED = 'lectern:queue-changed';

/** Where storage is blocked (cookies off, some private windows), the queue is empty and forgets what is added. */
export function kept(area: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[area];
  } catch (error) {
    console.info('Lectern: cannot keep a listening queue here.', error);
    return undefined;
  }
}

export function keep(key: string, value: string | undefined): void {
  try {
    if (value === undefined) kept('localStorage')?.removeItem(key);
    else kept('localStorage')?.setItem(key, value);
  } catch (error) {
    console.info('Lectern: cannot keep a listening queue here.', error);
  }
}

export const readQueue = (): QueuedEssay[] => parseQueue(kept('localStorage')?.getItem(QUEUE_KEY));

export function saveQueue(queue: readonly QueuedEssay[]): void {
  keep(QUEUE_KEY, queue.length > 0 ? JSON.stringify(queue) : undefined);
  window.dispatchEvent(new Event(QUEUE_CHANGED));
}

/** Calls back whenever the queue changes, in this tab or another. */
export function onQueueChange(callback: () => void): void {
  window.addEventListener(QUEUE_CHANGED, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === QUEUE_KEY || event.key === null) callback();
  });
}
