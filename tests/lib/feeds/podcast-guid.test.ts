import { describe, expect, test } from 'vitest';
import { podcastGuid, uuidV5 } from '../../../src/lib/feeds/podcast-guid.ts';

describe('podcastGuid', () => {
  test("gives the spec's own example: mp3s.nashownotes.com/pc20rss.xml", () => {
    expect(podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
  });
  test('ignores the scheme and any trailing slashes', () => {
    const guid = '9b024349-ccf0-5f69-a609-6b82873eab3c';
    expect(podcastGuid('https://podnews.net/rss')).toBe(guid);
    expect(podcastGuid('http://podnews.net/rss/')).toBe(guid);
    expect(podcastGuid('podnews.net/rss////')).toBe(guid);
  });
  test('differs for another feed', () => {
    expect(podcastGuid('https://lectern.example.org/podcast.xml')).not.toBe(
      podcastGuid('https://lectern.example.org/category/craft/podcast.xml'),
    );
  });
});

describe('uuidV5', () => {
  test("matches RFC 9562's DNS example: www.example.com", () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});
