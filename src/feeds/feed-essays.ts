// What every feed says of an essay: its absolute link, its body with absolute URLs, and its narration.
import type { EssayEntry } from '../collection/published-essays.ts';
import { renderEssayHtml } from '../collection/render-essay.ts';
import { absolutizeLinks } from '../lib/feeds/absolute-links.ts';
import { absoluteUrl, essayUrl } from '../lib/site/urls.ts';
import { type Narration, narrationForFeed } from '../narration/for-essay.ts';

export interface FeedEssay {
  essay: EssayEntry;
  link: string;
  /** The full body, footnotes included, every href and src absolute. */
  html: string;
  narration: Narration | undefined;
}

async function load(essay: EssayEntry): Promise<FeedEssay> {
  const link = absoluteUrl(essayUrl(essay.id));
  const [html, narration] = await Promise.all([renderEssayHtml(essay), narrationForFeed(essay)]);
  return { essay, link, html: absolutizeLinks(html, link), narration };
}

// Five feeds and the chapters carry each essay: work it out once per build (in dev, again once it changes).
const known = new Map<string, { digest: unknown; feedEssay: Promise<FeedEssay> }>();

export function feedEssay(essay: EssayEntry): Promise<FeedEssay> {
  const cached = known.get(essay.id);
  if (cached && cached.digest === essay.digest) return cached.feedEssay;
  const feedEssay = load(essay);
  known.set(essay.id, { digest: essay.digest, feedEssay });
  return feedEssay;
}

/** The RSS item fields both the essay feeds and the podcasts give an essay (@astrojs/rss's item shape). */
export const rssItem = ({ essay, link, html }: FeedEssay) => ({
  title: essay.data.title,
  link,
  pubDate: essay.data.date,
  description: essay.data.description,
  categories: [essay.data.category],
  content: html,
});

export const feedEssays = (essays: readonly EssayEntry[]): Promise<FeedEssay[]> => Promise.all(essays.map(feedEssay));
