// The podcast feed: one episode per narrated essay (generated or recorded), with the tags Apple Podcasts and
// Podcasting 2.0 readers ask for.
import rss from '@astrojs/rss';
import type { EssayEntry } from '../collection/published-essays.ts';
import { ARTWORK_SIZES } from '../cards/artwork.ts';
import { channelTags, episodeTags, PODCAST_NAMESPACES } from '../lib/feeds/podcast-tags.ts';
import { absoluteUrl, artworkUrl, chaptersUrl, episodeArtworkUrl, transcriptUrl } from '../lib/site/urls.ts';
import { SITE } from '../site.config.ts';
import { enclosureOf } from './enclosure.ts';
import type { FeedMeta } from './feed-meta.ts';
import { feedEssays, guidElement, rssItem } from './feed-essays.ts';

const lastChanged = (essays: readonly EssayEntry[]): Date =>
  new Date(Math.max(0, ...essays.map(({ data }) => (data.updated ?? data.date).getTime())));

export async function podcastRss(essays: readonly EssayEntry[], meta: FeedMeta): Promise<Response> {
  const episodes = (await feedEssays(essays)).flatMap(({ narration, ...rest }) =>
    narration ? [{ ...rest, narration }] : [],
  );
  const { owner, category, explicit, locked } = SITE.podcast;
  return rss({
    title: meta.title,
    description: meta.description,
    site: meta.homePageUrl,
    xmlns: PODCAST_NAMESPACES,
    customData: channelTags({
      feedUrl: meta.feedUrl,
      artworkUrl: absoluteUrl(artworkUrl(ARTWORK_SIZES.podcast)),
      language: SITE.lang,
      author: SITE.author,
      owner,
      category,
      explicit,
      locked,
      lastChanged: lastChanged(episodes.map((e) => e.essay)),
    }).join(''),
    items: episodes.map((episode) => ({
      ...rssItem(episode),
      enclosure: enclosureOf(episode.narration),
      customData: [
        ...guidElement(episode),
        ...episodeTags({
          narrator: episode.narration.narrator,
          durationSeconds: episode.narration.durationSeconds,
          transcriptUrl: episode.narration.cuesSrc && absoluteUrl(episode.narration.cuesSrc),
          // Both are built from the cues: generated narration's, or a recording's alignment.
          chaptersUrl: episode.narration.cuesSrc && absoluteUrl(chaptersUrl(episode.essay.id)),
          jsonTranscriptUrl: episode.narration.cuesSrc && absoluteUrl(transcriptUrl(episode.essay.id)),
          imageUrl: episode.essay.data.cover && absoluteUrl(episodeArtworkUrl(episode.essay.id)),
        }),
      ].join(''),
    })),
  });
}
