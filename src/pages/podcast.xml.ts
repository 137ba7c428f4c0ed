// The podcast feed: one episode per narrated essay, with its WebVTT cues as a Podcasting 2.0 transcript.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { formatClock } from '../lib/media-time.ts';
import { getPublishedEssays } from '../collection/published-essays.ts';
import { absoluteUrl, essayUrl, podcastUrl } from '../lib/urls.ts';
import { xmlElement } from '../lib/xml.ts';
import { narrationFor } from '../narration/for-essay.ts';
import { SITE } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const episodes = (await Promise.all((await getPublishedEssays()).map(async (essay) => ({ essay, narration: await narrationFor(essay) }))))
    .flatMap(({ essay, narration }) => (narration ? [{ essay, narration }] : []));
  return rss({
    title: `${SITE.title}: narrated essays`,
    description: `${SITE.description} This feed carries the narrations.`,
    site: SITE.url,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
      podcast: 'https://podcastindex.org/namespace/1.0',
    },
    customData: [
      xmlElement('language', {}, SITE.lang),
      xmlElement('atom:link', { href: absoluteUrl(podcastUrl()), rel: 'self', type: 'application/rss+xml' }),
      xmlElement('itunes:author', {}, SITE.author),
      xmlElement('itunes:image', { href: absoluteUrl(SITE.artwork) }),
      xmlElement('itunes:category', { text: 'Arts' }),
      xmlElement('itunes:explicit', {}, 'false'),
      xmlElement('itunes:type', {}, 'episodic'),
    ].join(''),
    items: episodes.map(({ essay, narration }) => ({
      title: essay.data.title,
      link: absoluteUrl(essayUrl(essay.id)),
      pubDate: essay.data.date,
      description: essay.data.description,
      categories: [essay.data.category],
      enclosure: { url: absoluteUrl(narration.src), length: narration.bytes, type: narration.mimeType },
      customData: [
        xmlElement('itunes:duration', {}, formatClock(narration.durationSeconds)),
        xmlElement('itunes:author', {}, narration.narrator),
        xmlElement('itunes:episodeType', {}, 'full'),
        ...(narration.cuesSrc ? [xmlElement('podcast:transcript', { url: absoluteUrl(narration.cuesSrc), type: 'text/vtt' })] : []),
      ].join(''),
    })),
  });
};
