// Every URL the site links to is built here, so pages, feeds and narration agree.
import { SITE } from '../../site.config.ts';
import { slugify } from '../essays/slug.ts';

export const homeUrl = (page = 1): string => (page <= 1 ? '/' : `/page/${page}/`);
export const essayUrl = (slug: string): string => `/essays/${slug}/`;
export const categoriesUrl = (): string => '/category/';
export const categoryUrl = (category: string, page = 1): string =>
  `/category/${slugify(category)}/${page <= 1 ? '' : `${page}/`}`;
export const tagsUrl = (): string => '/tags/';
export const tagUrl = (tag: string, page = 1): string => `/tags/${slugify(tag)}/${page <= 1 ? '' : `${page}/`}`;
export const searchUrl = (): string => '/search/';
const SEARCH_INDEX_FOLDER = '/pagefind/';
/** Where the build writes the search index (Pagefind's files), and the script that reads it. */
export const searchIndexFolder = (): string => SEARCH_INDEX_FOLDER;
export const searchScriptUrl = (): string => `${SEARCH_INDEX_FOLDER}pagefind.js`;
/** The essay's Open Graph image, 1,200 × 630, made at build time. */
export const ogImageUrl = (slug: string): string => `/og/${slug}.png`;
export const archiveUrl = (): string => '/archive/';
/** The essays this browser keeps for offline listening, and the page its service worker shows for one it does not. */
export const savedUrl = (): string => '/saved/';
export const offlineUrl = (): string => '/offline/';
/** At the site root, so that the service worker's scope is the whole site. */
export const serviceWorkerUrl = (): string => '/sw.js';
export const webManifestUrl = (): string => '/manifest.webmanifest';
/** The listening queue, kept in the browser (src/client/queue/). */
export const queueUrl = (): string => '/queue/';
/** Every narrated essay, for the queue's "next in this category" and search's "Listen later" (src/pages/queue/). */
export const narratedEssaysUrl = (): string => '/queue/essays.json';
export const rssUrl = (): string => '/rss.xml';
export const podcastUrl = (): string => '/podcast.xml';
export const categoryRssUrl = (category: string): string => `${categoryUrl(category)}rss.xml`;
export const categoryPodcastUrl = (category: string): string => `${categoryUrl(category)}podcast.xml`;
export const jsonFeedUrl = (): string => '/feed.json';
/** The cover art, rendered from SITE.artwork at each size a podcast directory or a lock screen asks for. */
export const artworkUrl = (size: number): string => `/artwork/${size}.png`;
/** An essay's own square cover, drawn from its `cover` image for podcast apps (itunes:image on its episode). */
export const episodeArtworkUrl = (slug: string): string => `/artwork/essays/${slug}.jpg`;
export type NarrationFile = 'mp3' | 'vtt' | 'json';
const NARRATION_FOLDER = '/narration/';
export const narrationUrl = (slug: string, kind: NarrationFile): string => `${NARRATION_FOLDER}${slug}.${kind}`;
/** An essay's JSON Chapters (Podcasting 2.0): built by a route, beside the kept narration files. */
export const chaptersUrl = (slug: string): string => `${NARRATION_FOLDER}${slug}.chapters.json`;
/** An essay's transcript as Podcasting 2.0 JSON, one segment per sentence: built by a route from the kept cues. */
export const transcriptUrl = (slug: string): string => `${NARRATION_FOLDER}${slug}.transcript.json`;
/** Every narration file, as a host's _headers rule matches them. */
export const narrationFilesPattern = (): string => `${NARRATION_FOLDER}*`;

/** Resolves a site path (or a page-relative one, given the page) against the public base URL. */
export function absoluteUrl(path: string, base: string = SITE.url): string {
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
}
