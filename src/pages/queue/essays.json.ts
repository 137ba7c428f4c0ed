// Every narrated essay, newest first, as the browser's queue needs them: "next in this category" on an essay page and
// "Listen later" on search results (src/client/queue/category-next.ts has the shape).
import type { APIRoute } from 'astro';
import { getPublishedEssays } from '../../collection/published-essays.ts';
import { offersNarration } from '../../lib/essays/narration-offer.ts';
import type { NarratedEssay } from '../../client/queue/category-next.ts';

export const GET: APIRoute = async () => {
  const essays: NarratedEssay[] = (await getPublishedEssays())
    .filter((essay) => offersNarration(essay.data))
    .map(({ id, data }) => ({ slug: id, title: data.title, category: data.category, date: data.date.toISOString() }));
  return new Response(JSON.stringify(essays), { headers: { 'Content-Type': 'application/json' } });
};
