// The JSON Feed response: the newest essays (SITE.feeds.items) in full, each narration as an attachment.
import type { EssayEntry } from '../collection/published-essays.ts';
import { ARTWORK_SIZES } from '../cards/artwork.ts';
import { jsonFeedItem, type JsonFeed } from '../lib/feeds/json-feed-format.ts';
import { absoluteUrl, artworkUrl } from '../lib/site/urls.ts';
import { newestEssays } from '../lib/essays/essays.ts';
import { SITE } from '../site.config.ts';
import type { FeedMeta } from './feed-meta.ts';
import { feedEssays } from './feed-essays.ts';

export async function jsonFeed(essays: readonly EssayEntry[], meta: FeedMeta): Promise<Response> {
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: meta.homePageUrl,
    feed_url: meta.feedUrl,
    icon: absoluteUrl(artworkUrl(ARTWORK_SIZES.lockScreen[1])),
    language: SITE.lang,
    authors: [{ name: SITE.author }],
    items: (await feedEssays(newestEssays(essays, SITE.feeds.items))).map(({ essay, link, guid, html, narration }) =>
      jsonFeedItem({
        id: guid,
        url: link,
        title: essay.data.title,
        description: essay.data.description,
        html,
        published: essay.data.date,
        updated: essay.data.updated,
        tags: [essay.data.category, ...essay.data.tags],
        narration: narration && {
          url: absoluteUrl(narration.src),
          mimeType: narration.mimeType,
          bytes: narration.bytes,
          durationSeconds: narration.durationSeconds,
        },
      }),
    ),
  };
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json' } });
}
