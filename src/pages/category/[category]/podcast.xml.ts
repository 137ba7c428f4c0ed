// One category's narrated essays, as a podcast: the same builder as /podcast.xml; a category with none has no podcast.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedEssays } from '../../../collection/published-essays.ts';
import { podcastRss } from '../../../feeds/podcast-rss.ts';
import { categoryPodcastMeta } from '../../../feeds/feed-meta.ts';
import { categoriesOf, inCategory } from '../../../lib/essays/essays.ts';
import { makesPodcast } from '../../../narration/for-essay.ts';

export const getStaticPaths = (async () => {
  const essays = await getPublishedEssays();
  return categoriesOf(essays)
    .map(({ slug, name }) => ({ params: { category: slug }, props: { name, essays: inCategory(essays, slug) } }))
    .filter(({ props }) => makesPodcast(props.essays));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) =>
  podcastRss(props.essays, categoryPodcastMeta(props.name));
