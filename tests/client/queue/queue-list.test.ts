// The queue's rules as pure functions: adding, removing, reordering, what plays next, and reading what was saved.
import { describe, expect, it, vi } from 'vitest';
import { added, inQueue, parseQueue, type QueuedEssay, removed } from '../../../src/client/queue/queue-list.ts';
import { moved, nextInQueue } from '../../../src/client/queue/queue-order.ts';

const a: QueuedEssay = { slug: 'a', title: 'A' };
const b: QueuedEssay = { slug: 'b', title: 'B' };
const c: QueuedEssay = { slug: 'c', title: 'C' };
const slugs = (queue: readonly QueuedEssay[]): string[] => queue.map((essay) => essay.slug);

describe('the listening queue', () => {
  it('adds at the end, and an essay already queued keeps its place', () => {
    expect(slugs(added([a, b], c))).toEqual(['a', 'b', 'c']);
    expect(slugs(added([a, b], { slug: 'a', title: 'A again' }))).toEqual(['a', 'b']);
  });

  it('removes an essay by its slug, and leaves the rest in order', () => {
    expect(slugs(removed([a, b, c], 'b'))).toEqual(['a', 'c']);
    expect(slugs(removed([a], 'missing'))).toEqual(['a']);
  });

  it('moves an essay one place up or down, and not past either end', () => {
    expect(slugs(moved([a, b, c], 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(slugs(moved([a, b, c], 'b', 1))).toEqual(['a', 'c', 'b']);
    expect(slugs(moved([a, b, c], 'a', -1))).toEqual(['a', 'b', 'c']);
    expect(slugs(moved([a, b, c], 'c', 1))).toEqual(['a', 'b', 'c']);
  });

  it('leaves the queue it was given unchanged', () => {
    const queue = [a, b];
    moved(queue, 'a', 1);
    added(queue, c);
    removed(queue, 'a');
    expect(slugs(queue)).toEqual(['a', 'b']);
  });

  it('plays next the first queued essay that is not the one playing', () => {
    expect(nextInQueue([a, b], 'a')?.slug).toBe('b');
    expect(nextInQueue([a, b], 'c')?.slug).toBe('a');
    expect(nextInQueue([a], 'a')).toBeUndefined();
    expect(nextInQueue([], 'a')).toBeUndefined();
  });

  it('tells whether an essay is queued', () => {
    expect(inQueue([a, b], 'b')).toBe(true);
    expect(inQueue([a, b], 'c')).toBe(false);
  });
});

describe('reading the saved queue', () => {
  it('reads back what was saved', () => {
    expect(parseQueue(JSON.stringify([a, b]))).toEqual([a, b]);
  });

  it('is empty when nothing was saved', () => {
    expect(parseQueue(null)).toEqual([]);
    expect(parseQueue('')).toEqual([]);
  });

  it('survives JSON that does not parse, and says so in the console', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    expect(parseQueue('[{"slug": "a", ')).toEqual([]);
    expect(info).toHaveBeenCalledOnce();
    info.mockRestore();
  });

  it('drops what is not a queue or not an essay, and keeps a slug once', () => {
    expect(parseQueue('{"slug": "a", "title": "A"}')).toEqual([]);
    expect(
      parseQueue(JSON.stringify([a, null, 3, { slug: 'x' }, { slug: 1, title: 'T' }, b, { ...a, title: 'A2' }])),
    ).toEqual([a, b]);
  });

  it('keeps only the slug and title of each essay', () => {
    expect(parseQueue(JSON.stringify([{ ...a, extra: '<script>' }]))).toEqual([a]);
  });
});
