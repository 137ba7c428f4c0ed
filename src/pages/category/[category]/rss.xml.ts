// One category's newest essays, in full, by RSS: the same builder as /rss.xml.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedEssays } from '../../../collection/published-essays.ts';
import { essayRss } from '../../../feeds/essay-rss.ts';
import { categoryRssMeta } from '../../../feeds/feed-meta.ts';
import { categoriesOf, inCategory } from '../../../lib/essays/essays.ts';

export const getStaticPaths = (async () => {
  const essays = await getPublishedEssays();
  return categoriesOf(essays).map(({ slug, name }) => ({
    params: { category: slug },
    props: { name, essays: inCategory(essays, slug) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) =>
  essayRss(props.essays, categoryRssMeta(props.name));
