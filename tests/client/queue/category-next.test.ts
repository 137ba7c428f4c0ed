// With an empty queue, the essay offered next: the next by date in the same category, as the lists order them.
import { describe, expect, it } from 'vitest';
import { type NarratedEssay, nextInCategory } from '../../../src/client/queue/category-next.ts';

const essay = (slug: string, category: string, date: string): NarratedEssay => ({
  slug,
  title: slug.toUpperCase(),
  category,
  date,
});
const ESSAYS = [
  essay('newest', 'Craft', '2026-11-18T00:00:00.000Z'),
  essay('listening', 'Listening', '2026-10-01T00:00:00.000Z'),
  essay('middle', 'Craft', '2025-11-04T00:00:00.000Z'),
  essay('oldest', 'Craft', '2019-03-10T00:00:00.000Z'),
  essay('alone', 'Poetry', '2024-01-01T00:00:00.000Z'),
];

describe('the next essay in the category', () => {
  it('is the next older one in the same category, skipping other categories', () => {
    expect(nextInCategory(ESSAYS, 'newest')?.slug).toBe('middle');
    expect(nextInCategory(ESSAYS, 'middle')?.slug).toBe('oldest');
  });

  it('is the newest from the oldest, so every essay of a category of two or more offers one', () => {
    expect(nextInCategory(ESSAYS, 'oldest')?.slug).toBe('newest');
  });

  it('orders by date, not by where the list put them', () => {
    expect(nextInCategory([...ESSAYS].reverse(), 'newest')?.slug).toBe('middle');
  });

  it('is none for the only essay of its category, or an essay not listed', () => {
    expect(nextInCategory(ESSAYS, 'alone')).toBeUndefined();
    expect(nextInCategory(ESSAYS, 'unknown')).toBeUndefined();
  });
});
