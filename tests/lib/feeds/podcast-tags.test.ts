import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { channelTags, episodeTags, type PodcastChannel } from '../../../src/lib/feeds/podcast-tags.ts';

const HOSTILE = `"><script>alert(1)</script><itunes:block>Yes</itunes:block> & ]]> \u202Eevil 🎧`;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const parse = (markup: string[]) => parser.parse(`<channel>${markup.join('')}</channel>`).channel;

const channel: PodcastChannel = {
  feedUrl: 'https://example.org/podcast.xml',
  artworkUrl: 'https://example.org/artwork/3000.png',
  language: 'en',
  author: 'Ada',
  owner: { name: 'Ada Byron', email: 'ada@example.org' },
  category: 'Society & Culture',
  explicit: false,
  locked: true,
  lastChanged: new Date('2026-03-18T00:00:00Z'),
};

describe('channelTags', () => {
  test('carries what Apple Podcasts and Podcasting 2.0 ask of a channel', () => {
    expect(parse(channelTags(channel))).toEqual({
      language: 'en',
      lastBuildDate: 'Wed, 18 Mar 2026 00:00:00 GMT',
      'atom:link': { '@href': 'https://example.org/podcast.xml', '@rel': 'self', '@type': 'application/rss+xml' },
      'itunes:author': 'Ada',
      'itunes:owner': { 'itunes:name': 'Ada Byron', 'itunes:email': 'ada@example.org' },
      'itunes:image': { '@href': 'https://example.org/artwork/3000.png' },
      'itunes:category': { '@text': 'Society & Culture' },
      'itunes:explicit': false,
      'itunes:type': 'episodic',
      'podcast:guid': 'e29b26c4-63d9-5b35-bbb6-8bcbab6c3ba6',
      'podcast:locked': { '#text': 'yes', '@owner': 'ada@example.org' },
    });
  });
  test('says "no" to podcast:locked when the config unlocks the feed', () => {
    expect(parse(channelTags({ ...channel, locked: false }))['podcast:locked']['#text']).toBe('no');
  });
  test('keeps hostile names as text: no element or attribute is added', () => {
    const parsed = parse(
      channelTags({ ...channel, author: HOSTILE, owner: { name: HOSTILE, email: 'a@b.org' }, category: HOSTILE }),
    );
    expect(Object.keys(parsed)).toHaveLength(11);
    expect(parsed['itunes:author']).toBe(HOSTILE);
    expect(parsed['itunes:owner']).toEqual({ 'itunes:name': HOSTILE, 'itunes:email': 'a@b.org' });
    expect(parsed['itunes:category']).toEqual({ '@text': HOSTILE });
  });
});

describe('episodeTags', () => {
  const generated = {
    narrator: 'Loki',
    durationSeconds: 311.35,
    transcriptUrl: 'https://example.org/narration/x.vtt',
    chaptersUrl: 'https://example.org/narration/x.chapters.json',
  };
  test('gives a generated narration its duration in whole seconds, narrator, captions and chapters', () => {
    expect(parse(episodeTags(generated))).toEqual({
      'itunes:duration': 311,
      'itunes:episodeType': 'full',
      'itunes:author': 'Loki',
      'podcast:person': { '#text': 'Loki', '@role': 'narrator', '@group': 'cast' },
      'podcast:transcript': { '@url': 'https://example.org/narration/x.vtt', '@type': 'text/vtt', '@rel': 'captions' },
      'podcast:chapters': {
        '@url': 'https://example.org/narration/x.chapters.json',
        '@type': 'application/json+chapters',
      },
    });
  });
  test('gives a recording, which has no cues, neither transcript nor chapters', () => {
    const parsed = parse(episodeTags({ narrator: 'Ada', durationSeconds: 60 }));
    expect(Object.keys(parsed)).toEqual(['itunes:duration', 'itunes:episodeType', 'itunes:author', 'podcast:person']);
  });
  test("gives an episode its essay's own cover, and none where the essay has none", () => {
    expect(
      parse(episodeTags({ ...generated, imageUrl: 'https://example.org/artwork/essays/x.jpg' }))['itunes:image'],
    ).toEqual({ '@href': 'https://example.org/artwork/essays/x.jpg' });
    expect(parse(episodeTags(generated))['itunes:image']).toBeUndefined();
  });
  test('keeps a hostile narrator as text: no element or attribute is added', () => {
    const parsed = parse(episodeTags({ ...generated, narrator: HOSTILE }));
    expect(Object.keys(parsed)).toHaveLength(6);
    expect(parsed['podcast:person']).toEqual({ '#text': HOSTILE, '@role': 'narrator', '@group': 'cast' });
  });
});
