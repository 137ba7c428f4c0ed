// Which feed is being built: the site-wide one or a category's. The builders are the same for both.
import {
  absoluteUrl,
  categoryPodcastUrl,
  categoryRssUrl,
  categoryUrl,
  homeUrl,
  jsonFeedUrl,
  podcastUrl,
  rssUrl,
} from '../lib/site/urls.ts';
import { SITE } from '../site.config.ts';

export interface FeedMeta {
  title: string;
  description: string;
  /** The page the feed follows, absolute. */
  homePageUrl: string;
  /** The feed's own absolute URL. */
  feedUrl: string;
}

const site = (title: string, description: string, feed: string): FeedMeta => ({
  title,
  description,
  homePageUrl: absoluteUrl(homeUrl()),
  feedUrl: absoluteUrl(feed),
});

const category = (name: string, title: string, description: string, feed: string): FeedMeta => ({
  title,
  description,
  homePageUrl: absoluteUrl(categoryUrl(name)),
  feedUrl: absoluteUrl(feed),
});

export const siteRssMeta = (): FeedMeta => site(SITE.title, SITE.description, rssUrl());
export const siteJsonFeedMeta = (): FeedMeta => site(SITE.title, SITE.description, jsonFeedUrl());
export const sitePodcastMeta = (): FeedMeta =>
  site(`${SITE.title}: narrated essays`, `${SITE.description} This feed carries the narrations.`, podcastUrl());
export const categoryRssMeta = (name: string): FeedMeta =>
  category(name, `${SITE.title}: ${name}`, `Essays in ${name}, from ${SITE.title}.`, categoryRssUrl(name));
export const categoryPodcastMeta = (name: string): FeedMeta =>
  category(
    name,
    `${SITE.title}: ${name}, narrated`,
    `The narrations of the essays in ${name}, from ${SITE.title}.`,
    categoryPodcastUrl(name),
  );
