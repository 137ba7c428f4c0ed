import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  artworkUrl,
  categoryPodcastUrl,
  categoryRssUrl,
  categoryUrl,
  chaptersUrl,
  essayUrl,
  homeUrl,
  narrationUrl,
  ogImageUrl,
  tagUrl,
} from '../../../src/lib/site/urls.ts';

describe('URL builders', () => {
  test('an essay lives at /essays/<slug>/', () => {
    expect(essayUrl('the-plain-page')).toBe('/essays/the-plain-page/');
  });
  test('a category URL is built from its display name through the slug rule', () => {
    expect(categoryUrl('AI Essays')).toBe('/category/ai-essays/');
    expect(categoryUrl('AI Essays', 2)).toBe('/category/ai-essays/2/');
  });
  test('a tag URL is built from the tag through the same slug rule', () => {
    expect(tagUrl('Speech Synthesis')).toBe('/tags/speech-synthesis/');
    expect(tagUrl('Café', 2)).toBe('/tags/cafe/2/');
  });
  test("an essay's Open Graph image is a PNG named by its slug", () => {
    expect(ogImageUrl('the-plain-page')).toBe('/og/the-plain-page.png');
  });
  test('the first page of a list has no page number', () => {
    expect(homeUrl(1)).toBe('/');
    expect(homeUrl(3)).toBe('/3/');
  });
  test('narration files sit side by side under /narration/', () => {
    expect(narrationUrl('x', 'mp3')).toBe('/narration/x.mp3');
    expect(narrationUrl('x', 'vtt')).toBe('/narration/x.vtt');
    expect(chaptersUrl('x')).toBe('/narration/x.chapters.json');
  });
  test("a category's feeds sit in its folder, under its slug", () => {
    expect(categoryRssUrl('AI Essays')).toBe('/category/ai-essays/rss.xml');
    expect(categoryPodcastUrl('AI Essays')).toBe('/category/ai-essays/podcast.xml');
  });
  test('each artwork size has its own PNG', () => {
    expect(artworkUrl(3000)).toBe('/artwork/3000.png');
  });
  test('absoluteUrl resolves site paths and fragments against the base URL', () => {
    expect(absoluteUrl('/essays/a/', 'https://example.org')).toBe('https://example.org/essays/a/');
    expect(absoluteUrl('#fn-1', 'https://example.org/essays/a/')).toBe('https://example.org/essays/a/#fn-1');
  });
});
