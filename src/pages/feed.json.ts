// The newest essays, in full, as JSON Feed 1.1.
import type { APIRoute } from 'astro';
import { getPublishedEssays } from '../collection/published-essays.ts';
import { jsonFeed } from '../feeds/json-feed-response.ts';
import { siteJsonFeedMeta } from '../feeds/feed-meta.ts';

export const GET: APIRoute = async () => jsonFeed(await getPublishedEssays(), siteJsonFeedMeta());
