// The newest essays, in full, by RSS.
import type { APIRoute } from 'astro';
import { getPublishedEssays } from '../collection/published-essays.ts';
import { essayRss } from '../feeds/essay-rss.ts';
import { siteRssMeta } from '../feeds/feed-meta.ts';

export const GET: APIRoute = async () => essayRss(await getPublishedEssays(), siteRssMeta());
