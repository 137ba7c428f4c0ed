// What every feed says of an essay: its absolute link, its body with absolute URLs, and its narration.
import type { EssayEntry } from '../collection/published-essays.ts';
import { renderEssayHtml } from '../collection/render-essay.ts';
import { absolutizeLinks } from '../lib/feeds/absolute-links.ts';
import { xmlElement, type XmlMarkup } from '../lib/formats/xml.ts';
import { absoluteUrl, essayUrl } from '../lib/site/urls.ts';
import { type Narration, narrationForFeed } from '../narration/for-essay.ts';

export interface FeedEssay {
  essay: EssayEntry;
  link: string;
  /** What feed readers know the essay by: the old feed's id for an essay that moved in (`guid:`), else its link. */
  guid: string;
  /** The full body, footnotes included, every href and src absolute. */
  html: string;
  /** The same body as the page renders it, links as written: what the chapters segment, as the page does. */
  bodyHtml: string;
  narration: Narration | undefined;
}

async function load(essay: EssayEntry): Promise<FeedEssay> {
  const link = absoluteUrl(essayUrl(essay.id));
  const [bodyHtml, narration] = await Promise.all([renderEssayHtml(essay), narrationForFeed(essay)]);
  return { essay, link, guid: essay.data.guid ?? link, html: absolutizeLinks(bodyHtml, link), bodyHtml, narration };
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

/**
 * An essay's <guid> when it is not its link (@astrojs/rss writes that one itself): an item's customData replaces
 * the guid @astrojs/rss wrote. Not a permalink: the old feed's ids are often tag: URIs or old addresses.
 */
export const guidElement = ({ guid, link }: FeedEssay): XmlMarkup[] =>
  guid === link ? [] : [xmlElement('guid', { isPermaLink: 'false' }, guid)];

/** The RSS item fields both the essay feeds and the podcasts give an essay (@astrojs/rss's item shape). */
export const rssItem = (feedEssay: FeedEssay) => ({
  title: feedEssay.essay.data.title,
  link: feedEssay.link,
  pubDate: feedEssay.essay.data.date,
  description: feedEssay.essay.data.description,
  categories: [feedEssay.essay.data.category],
  content: feedEssay.html,
  customData: guidElement(feedEssay).join(''),
});

export const feedEssays = (essays: readonly EssayEntry[]): Promise<FeedEssay[]> => Promise.all(essays.map(feedEssay));
