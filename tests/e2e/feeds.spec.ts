// The RSS feed and sitemap, fetched from the served site and read with a real XML parser.
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

interface Item {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  category: string;
  'content:encoded': string;
}

test('RSS carries every essay newest first, in full, with absolute URLs', async ({ request }) => {
  const feed = parser.parse(await (await request.get('/rss.xml')).text());
  const channel = feed.rss.channel;
  expect(feed.rss['@version']).toBe('2.0');
  expect(channel['atom:link']['@rel']).toBe('self');
  expect(channel['atom:link']['@href']).toBe('https://lectern.example.org/rss.xml');
  const items: Item[] = [channel.item].flat();
  expect(items.length).toBeGreaterThanOrEqual(5);
  const dates = items.map((i) => Date.parse(i.pubDate));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  for (const item of items) {
    expect(item.link).toMatch(/^https:\/\/lectern\.example\.org\/essays\/[a-z0-9-]+\/$/);
    // An essay that moved in keeps its old feed's id (tests/build/feeds.test.ts checks which); the others their link.
    if (!item.link.endsWith('/essays/moving-house/')) expect(item.guid['#text']).toBe(item.link);
    expect(item.category).toBeTruthy();
    const html = item['content:encoded'];
    const urls = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, `${item.title}: ${url}`).toMatch(/^(https?:|mailto:)/);
  }
  const long = items.find((i) => i.title === 'The Footnote and the Margin');
  expect(long?.['content:encoded']).toContain('data-footnotes');
  expect(long?.['content:encoded']).toContain(
    'href="https://lectern.example.org/essays/the-footnote-and-the-margin/#user-content-fn-grafton"',
  );
});

test('the sitemap lists every essay page', async ({ request }) => {
  const index = parser.parse(await (await request.get('/sitemap-index.xml')).text());
  const sitemapUrl = new URL([index.sitemapindex.sitemap].flat()[0].loc);
  const sitemap = parser.parse(await (await request.get(sitemapUrl.pathname)).text());
  const locs = [sitemap.urlset.url].flat().map((u: { loc: string }) => u.loc);
  expect(locs).toContain('https://lectern.example.org/essays/the-plain-page/');
  expect(locs).toContain('https://lectern.example.org/category/craft/');
});
