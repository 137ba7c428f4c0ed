import { describe, expect, test } from 'vitest';
import { jsonFeedItem } from '../../../src/lib/feeds/json-feed-format.ts';

const essay = {
  id: 'https://example.org/essays/x/',
  url: 'https://example.org/essays/x/',
  title: 'X',
  description: 'About X.',
  html: '<p>Body</p>',
  published: new Date('2026-03-18T00:00:00Z'),
  tags: ['Craft', 'web'],
};

describe('jsonFeedItem', () => {
  test('has the JSON Feed 1.1 fields, its dates RFC 3339', () => {
    expect(jsonFeedItem({ ...essay, updated: new Date('2026-04-01T10:00:00Z') })).toEqual({
      id: 'https://example.org/essays/x/',
      url: 'https://example.org/essays/x/',
      title: 'X',
      summary: 'About X.',
      content_html: '<p>Body</p>',
      date_published: '2026-03-18T00:00:00.000Z',
      date_modified: '2026-04-01T10:00:00.000Z',
      tags: ['Craft', 'web'],
    });
  });
  test("keeps the id it is given, such as an old feed's, apart from its url", () => {
    expect(jsonFeedItem({ ...essay, id: 'tag:old.example.org,2019:/x.html' })).toMatchObject({
      id: 'tag:old.example.org,2019:/x.html',
      url: 'https://example.org/essays/x/',
    });
  });
  test('carries the narration as an attachment with its size and whole-second duration', () => {
    const item = jsonFeedItem({
      ...essay,
      narration: { url: 'https://example.org/n/x.mp3', mimeType: 'audio/mpeg', bytes: 1234, durationSeconds: 61.6 },
    });
    expect(item.attachments).toEqual([
      { url: 'https://example.org/n/x.mp3', mime_type: 'audio/mpeg', size_in_bytes: 1234, duration_in_seconds: 62 },
    ]);
  });
  test('has neither date_modified nor attachments when there is nothing to say', () => {
    expect(Object.keys(jsonFeedItem(essay))).not.toContain('date_modified');
    expect(Object.keys(jsonFeedItem(essay))).not.toContain('attachments');
  });
});
