// The listening queue as a value: what a queue button needs of it, as pure functions (reordering: queue-order.ts).

/** An essay waiting in the queue, by what the queue page and "Up next" show of it. */
export interface QueuedEssay {
  slug: string;
  title: string;
}

const isQueued = (item: unknown): item is QueuedEssay =>
  typeof item === 'object' &&
  item !== null &&
  typeof (item as QueuedEssay).slug === 'string' &&
  typeof (item as QueuedEssay).title === 'string';

/** The queue saved as JSON; anything unreadable is dropped rather than break the page, and a slug is kept once. */
export function parseQueue(text: string | null | undefined): QueuedEssay[] {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    console.info('Lectern: forgot an unreadable listening queue.', error);
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const seen = new Set<string>();
  return parsed.filter(isQueued).flatMap(({ slug, title }) => {
    if (seen.has(slug)) return [];
    seen.add(slug);
    return [{ slug, title }];
  });
}

export const inQueue = (queue: readonly QueuedEssay[], slug: string): boolean =>
  queue.some((item) => item.slug === slug);

/** At the end of the queue; an essay already queued keeps its place. */
export const added = (queue: readonly QueuedEssay[], essay: QueuedEssay): QueuedEssay[] =>
  inQueue(queue, essay.slug) ? [...queue] : [...queue, essay];

export const removed = (queue: readonly QueuedEssay[], slug: string): QueuedEssay[] =>
  queue.filter((item) => item.slug !== slug);
