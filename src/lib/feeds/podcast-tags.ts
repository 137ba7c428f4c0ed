// The Apple Podcasts and Podcasting 2.0 tags of a podcast feed, as the raw XML the feed library takes as customData.
import { rfc822Date } from '../formats/dates.ts';
import { xmlElement, type XmlMarkup } from '../formats/xml.ts';
import { podcastGuid } from './podcast-guid.ts';

export const PODCAST_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
} as const;

export interface PodcastChannel {
  /** The feed's own absolute URL: atom:link rel=self, and the source of podcast:guid. */
  feedUrl: string;
  artworkUrl: string;
  language: string;
  author: string;
  owner: { name: string; email: string };
  category: string;
  explicit: boolean;
  locked: boolean;
  /** When the channel's content last changed: the newest essay's date or revision. */
  lastChanged: Date;
}

export function channelTags(channel: PodcastChannel): XmlMarkup[] {
  return [
    xmlElement('language', {}, channel.language),
    xmlElement('lastBuildDate', {}, rfc822Date(channel.lastChanged)),
    xmlElement('atom:link', { href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' }),
    xmlElement('itunes:author', {}, channel.author),
    xmlElement('itunes:owner', {}, [
      xmlElement('itunes:name', {}, channel.owner.name),
      xmlElement('itunes:email', {}, channel.owner.email),
    ]),
    xmlElement('itunes:image', { href: channel.artworkUrl }),
    xmlElement('itunes:category', { text: channel.category }),
    xmlElement('itunes:explicit', {}, String(channel.explicit)),
    xmlElement('itunes:type', {}, 'episodic'),
    xmlElement('podcast:guid', {}, podcastGuid(channel.feedUrl)),
    xmlElement('podcast:locked', { owner: channel.owner.email }, channel.locked ? 'yes' : 'no'),
  ];
}

export interface PodcastEpisode {
  narrator: string;
  durationSeconds: number;
  /** Absolute URLs; generated narration has cues, a JSON transcript and chapters, a recording has none. */
  transcriptUrl?: string | undefined;
  jsonTranscriptUrl?: string | undefined;
  chaptersUrl?: string | undefined;
  /** The essay's own square cover, when it has one; otherwise apps show the channel's. */
  imageUrl?: string | undefined;
}

export function episodeTags(episode: PodcastEpisode): XmlMarkup[] {
  return [
    // Whole seconds: the form of itunes:duration that every app reads the same way.
    xmlElement('itunes:duration', {}, String(Math.round(episode.durationSeconds))),
    xmlElement('itunes:episodeType', {}, 'full'),
    xmlElement('itunes:author', {}, episode.narrator),
    xmlElement('podcast:person', { role: 'narrator', group: 'cast' }, episode.narrator),
    // The cues are timed, one per sentence: captions, in the spec's terms; the JSON says the same with its speaker.
    ...(episode.transcriptUrl
      ? [xmlElement('podcast:transcript', { url: episode.transcriptUrl, type: 'text/vtt', rel: 'captions' })]
      : []),
    ...(episode.jsonTranscriptUrl
      ? [xmlElement('podcast:transcript', { url: episode.jsonTranscriptUrl, type: 'application/json' })]
      : []),
    ...(episode.chaptersUrl
      ? [xmlElement('podcast:chapters', { url: episode.chaptersUrl, type: 'application/json+chapters' })]
      : []),
    ...(episode.imageUrl ? [xmlElement('itunes:image', { href: episode.imageUrl })] : []),
  ];
}
