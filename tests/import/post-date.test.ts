import { describe, expect, test } from 'vitest';
import { readPostDate } from '../../src/import/post-date.ts';
import { detectSource } from '../../src/import/detect-source.ts';

describe('readPostDate', () => {
  test('keeps a date alone as a date', () => {
    expect(readPostDate('2019-4-2', 'Europe/Paris', 'Europe/London').text).toBe('2019-04-02');
  });
  test("gives a wall-clock time the old site's offset, summer and winter", () => {
    expect(readPostDate('2019-03-01 08:30', 'Europe/Paris', 'Europe/London').text).toBe('2019-03-01T08:30:00+01:00');
    expect(readPostDate('2019-07-01 08:30', 'Europe/Paris', 'Europe/London').text).toBe('2019-07-01T08:30:00+02:00');
  });
  test('notes a post that the new timezone shows on another day', () => {
    expect(readPostDate('2012-08-08 20:00', 'America/Los_Angeles', 'Europe/London').note).toMatch(/dated 2012-08-09/);
  });
  test('reads RFC 822 feed dates', () => {
    expect(readPostDate('Tue, 05 Mar 2024 09:15:00 GMT', undefined, 'UTC').text).toBe('2024-03-05T09:15:00Z');
  });
  test('refuses a rolled-over date', () => {
    expect(() => readPostDate('2024-02-30', undefined, 'UTC')).toThrow(/not a real calendar date/);
  });
});

test.each([
  [['pelicanconf.py', 'content/a.md'], 'pelican'],
  [['_config.yml', '_posts/2020-01-01-a.md'], 'jekyll'],
  [['hugo.toml', 'content/a.md'], 'hugo'],
  [['eleventy.config.js', 'a.md'], 'eleventy'],
  [['astro.config.mjs', 'src/content/blog/a.md'], 'astro'],
  [['feed.atom'], 'feed'],
  [['README.md'], undefined],
])('detectSource(%j) is %s', (files, source) => {
  expect(detectSource(files)).toBe(source);
});
