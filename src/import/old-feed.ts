// Reads an RSS 2.0, Atom or WordPress export (WXR) feed into its items, with a real XML parser.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FeedItem {
  /** 1-based, for messages: "feed.xml, item 3". */
  readonly index: number;
  /** The guid (RSS, WXR) or id (Atom) that subscribers' readers remember. */
  readonly guid: string | undefined;
  readonly link: string | undefined;
  readonly title: string | undefined;
  readonly date: string | undefined;
  readonly updated: string | undefined;
  /** The full content when the feed has it, else the summary. */
  readonly html: string;
  readonly fullText: boolean;
  readonly summary: string | undefined;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  readonly slug: string | undefined;
  readonly draft: boolean;
  /** WXR's post type: only "post" items are essays. */
  readonly postType: string;
}

export interface Feed {
  readonly format: 'rss' | 'atom' | 'wxr';
  readonly siteUrl: string | undefined;
  readonly items: readonly FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
});

type Node = Record<string, unknown>;
const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && '#text' in value) return text((value as Node)['#text']);
  return undefined;
};
const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];

/** WordPress writes 0000-00-00 00:00:00 as the GMT date of a draft; its local date is all there is then. */
function wxrDate(item: Node): string | undefined {
  const gmt = text(item['wp:post_date_gmt']);
  if (gmt && !gmt.startsWith('0000')) return `${gmt.replace(' ', 'T')}Z`;
  return text(item['wp:post_date']) ?? text(item.pubDate);
}

function rssItem(item: Node, index: number, wxr: boolean): FeedItem {
  const categories = list(item.category);
  const ofDomain = (domain: string): string[] =>
    categories.filter((c) => (c['@_domain'] ?? 'category') === domain).flatMap((c) => text(c) ?? []);
  const content = text(item['content:encoded']);
  const status = text(item['wp:status']);
  return {
    index,
    guid: text(item.guid),
    link: text(list(item.link)[0]),
    title: text(item.title),
    date: wxr ? wxrDate(item) : text(item.pubDate),
    updated: undefined,
    html: content ?? text(item.description) ?? '',
    fullText: content !== undefined,
    summary: wxr ? text(item['excerpt:encoded']) : content ? text(item.description) : undefined,
    categories: ofDomain('category'),
    tags: ofDomain('post_tag'),
    slug: text(item['wp:post_name']),
    draft: status !== undefined && status !== 'publish',
    postType: text(item['wp:post_type']) ?? 'post',
  };
}

function atomEntry(entry: Node, index: number): FeedItem {
  const links = list(entry.link);
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const content = text(entry.content);
  return {
    index,
    guid: text(entry.id),
    link: alternate ? String(alternate['@_href'] ?? '') || undefined : undefined,
    title: text(entry.title),
    date: text(entry.published) ?? text(entry.updated),
    updated: text(entry.published) ? text(entry.updated) : undefined,
    html: content ?? text(entry.summary) ?? '',
    fullText: content !== undefined,
    summary: content ? text(entry.summary) : undefined,
    categories: list(entry.category).flatMap((c) => (typeof c['@_term'] === 'string' ? [c['@_term']] : [])),
    tags: [],
    slug: undefined,
    draft: false,
    postType: 'post',
  };
}

/** Throws a message naming the file (and line) when the text is not a feed. */
export function readFeed(xml: string, file: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${file}:${valid.err.line}: the feed is not well-formed XML: ${valid.err.msg}`);
  const doc = parser.parse(xml) as Node;
  const channel = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (channel) {
    const wxr = 'wp:wxr_version' in channel;
    const items = list(channel.item).map((item, i) => rssItem(item, i + 1, wxr));
    return { format: wxr ? 'wxr' : 'rss', siteUrl: text(list(channel.link)[0]), items };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const home = list(feed.link).find((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
    const siteUrl = home ? String(home['@_href'] ?? '') || undefined : undefined;
    return { format: 'atom', siteUrl, items: list(feed.entry).map((entry, i) => atomEntry(entry, i + 1)) };
  }
  throw new Error(`${file}: not a feed: an RSS 2.0, Atom or WordPress export has <rss><channel> or <feed> at its root`);
}
