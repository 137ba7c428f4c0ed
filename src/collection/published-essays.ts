// The edge where the build's clock and mode enter the pure selectors.
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedEssays } from '../lib/essays/essays.ts';

export type EssayEntry = CollectionEntry<'essays'>;

export async function getPublishedEssays(): Promise<EssayEntry[]> {
  return publishedEssays(await getCollection('essays'), { now: new Date(), includeDrafts: import.meta.env.DEV });
}
