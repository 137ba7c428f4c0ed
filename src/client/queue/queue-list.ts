// The listening queue as a value: pure functions over an array of essays, so storage and pages share one set of rules.

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
