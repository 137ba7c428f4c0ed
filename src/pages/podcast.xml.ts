// Every narrated essay, as a podcast episode.
import type { APIRoute } from 'astro';
import { getPublishedEssays } from '../collection/published-essays.ts';
import { podcastRss } from '../feeds/podcast-rss.ts';
import { sitePodcastMeta } from '../feeds/feed-meta.ts';

export const GET: APIRoute = async () => podcastRss(await getPublishedEssays(), sitePodcastMeta());
