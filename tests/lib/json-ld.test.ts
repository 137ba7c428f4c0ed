import { describe, expect, test } from 'vitest';
import { articleJsonLd, serializeJsonLd } from '../../src/lib/json-ld.ts';

describe('serializeJsonLd', () => {
  test('cannot close its script element, yet parses back to the same text', () => {
    const hostile = '</script><script>alert(1)</script> & ]]> \u2028 \u202E';
    const json = serializeJsonLd({ headline: hostile });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json).headline).toBe(hostile);
  });
});

describe('articleJsonLd', () => {
  test('describes the essay as a schema.org Article, with its audio when narrated', () => {
    const data = articleJsonLd({
      title: 'T', description: 'D', url: 'https://x.org/essays/t/', published: new Date('2026-03-18T00:00:00Z'),
      author: 'A', section: 'Craft', keywords: ['a', 'b'], audioUrl: 'https://x.org/narration/t.mp3',
    });
    expect(data).toMatchObject({
      '@type': 'Article', headline: 'T', datePublished: '2026-03-18T00:00:00.000Z', dateModified: '2026-03-18T00:00:00.000Z',
      keywords: 'a, b', audio: { '@type': 'AudioObject', contentUrl: 'https://x.org/narration/t.mp3' },
    });
  });
});
