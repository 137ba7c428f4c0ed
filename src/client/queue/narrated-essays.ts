// The build's list of narrated essays (src/pages/queue/essays.json.ts), fetched when a page first needs it.
import { narratedEssaysUrl } from '../../lib/site/urls.ts';
import type { NarratedEssay } from './category-next.ts';

/** Empty where it cannot load: the page then offers nothing more, and says so in the console. */
export async function loadNarratedEssays(): Promise<NarratedEssay[]> {
  try {
    const response = await fetch(narratedEssaysUrl());
    if (!response.ok) throw new Error(`${narratedEssaysUrl()}: HTTP ${response.status}`);
    return (await response.json()) as NarratedEssay[];
  } catch (error) {
    console.info('Lectern: cannot tell which essays are narrated.', error);
    return [];
  }
}
