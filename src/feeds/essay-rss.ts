// RSS 2.0 with the newest essays (SITE.feeds.items) in full, footnotes included, URLs absolute, narration enclosed.
import rss from '@astrojs/rss';
import type { EssayEntry } from '../collection/published-essays.ts';
import { xmlElement } from '../lib/formats/xml.ts';
import { newestEssays } from '../lib/essays/essays.ts';
import { SITE } from '../site.config.ts';
import type { FeedMeta } from './feed-meta.ts';
import { feedEssays, rssItem } from './feed-essays.ts';
import { enclosureOf } from './enclosure.ts';

export async function essayRss(essays: readonly EssayEntry[], meta: FeedMeta): Promise<Response> {
  return rss({
    title: meta.title,
    description: meta.description,
    site: meta.homePageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      xmlElement('language', {}, SITE.lang),
      xmlElement('atom:link', { href: meta.feedUrl, rel: 'self', type: 'application/rss+xml' }),
    ].join(''),
    items: (await feedEssays(newestEssays(essays, SITE.feeds.items))).map((feedEssay) => ({
      ...rssItem(feedEssay),
      ...(feedEssay.narration ? { enclosure: enclosureOf(feedEssay.narration) } : {}),
    })),
  });
}
