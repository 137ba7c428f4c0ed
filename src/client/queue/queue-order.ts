// The queue's order, as pure functions: reordering on the queue page, and what plays next. Apart from queue-list.ts,
// so that a page's "Listen later" buttons load none of it.
import type { QueuedEssay } from './queue-list.ts';

/** One place up (by -1) or down (by 1); at either end it stays. */
export function moved(queue: readonly QueuedEssay[], slug: string, by: -1 | 1): QueuedEssay[] {
  const from = queue.findIndex((item) => item.slug === slug);
  const to = from + by;
  if (from < 0 || to < 0 || to >= queue.length) return [...queue];
  const next = [...queue];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

/** What plays after this essay: the first in the queue that is not the essay playing. */
export const nextInQueue = (queue: readonly QueuedEssay[], playing: string): QueuedEssay | undefined =>
  queue.find((item) => item.slug !== playing);
