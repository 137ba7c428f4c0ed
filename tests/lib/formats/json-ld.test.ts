import { describe, expect, test } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, serializeJsonLd } from '../../../src/lib/formats/json-ld.ts';

describe('serializeJsonLd', () => {
  test('cannot close its script element, yet parses back to the same text', () => {
    const hostile = '</script><script>alert(1)</script> & ]]> \u2028 \u202E';
    const json = serializeJsonLd({ headline: hostile });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json).headline).toBe(hostile);
  });
});

describe('articleJsonLd', () => {
  const facts = {
    title: 'T',
    description: 'D',
    url: 'https://x.org/essays/t/',
    published: new Date('2026-03-18T00:00:00Z'),
    author: 'A',
    section: 'Craft',
    keywords: ['a', 'b'],
  };

  test('describes the essay as a schema.org Article, with its narration as an AudioObject', () => {
    const data = articleJsonLd({
      ...facts,
      image: 'https://x.org/og/t.png',
      audio: { url: 'https://x.org/narration/t.mp3', mimeType: 'audio/mpeg', durationSeconds: 754.9, narrator: 'Loki' },
    });
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: 'T',
      datePublished: '2026-03-18T00:00:00.000Z',
      dateModified: '2026-03-18T00:00:00.000Z',
      keywords: 'a, b',
      image: 'https://x.org/og/t.png',
      audio: {
        '@type': 'AudioObject',
        contentUrl: 'https://x.org/narration/t.mp3',
        encodingFormat: 'audio/mpeg',
        duration: 'PT12M34S',
        creator: { '@type': 'Person', name: 'Loki' },
      },
    });
  });

  test('has no audio when the essay is not narrated', () => {
    expect(articleJsonLd(facts)).not.toHaveProperty('audio');
  });
});

describe('breadcrumbJsonLd', () => {
  test('numbers the trail from the home page, one ListItem per step', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: 'https://x.org/' },
        { name: 'Craft', url: 'https://x.org/category/craft/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.org/' },
        { '@type': 'ListItem', position: 2, name: 'Craft', item: 'https://x.org/category/craft/' },
      ],
    });
  });
});
