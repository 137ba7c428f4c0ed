// Every feed in the built site, parsed as podcast directories and readers parse it: the tags Apple Podcasts and
// Podcasting 2.0 require, guids, dates and URLs, enclosures measured against the files in dist/, chapters against
// the cues, the artwork against its PNG header, and JSON Feed 1.1.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { parseFile } from 'music-metadata';
import Parser from 'rss-parser';
import { visit } from 'unist-util-visit';
import webvtt from 'webvtt-parser';
import allEntities from 'webvtt-parser/html-entities.json' with { type: 'json' };
import { describe, expect, test } from 'vitest';
import { isEssayFile, readFrontmatter, slugOfPath } from '../../src/lib/essays/frontmatter.ts';
import { absoluteUrl, essayUrl } from '../../src/lib/site/urls.ts';
import { SITE } from '../../src/site.config.ts';
import { builtFiles, DIST } from '../support/built-site.ts';
import { imageSize } from '../support/image-size.ts';

interface Attributes {
  [name: `@${string}`]: string;
}
interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate: string;
  description: string;
  category: string[];
  'content:encoded': string;
  enclosure?: Attributes;
  'itunes:duration'?: string;
  'itunes:episodeType'?: string;
  'podcast:transcript'?: Attributes[];
  'podcast:chapters'?: Attributes;
  'podcast:person'?: Attributes & { '#text': string };
  'itunes:image'?: Attributes;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'category' || name === 'podcast:transcript',
});
const files = builtFiles();
const RSS_FEEDS = files.filter((f) => f === 'rss.xml' || /^category\/[^/]+\/rss\.xml$/.test(f));
const PODCAST_FEEDS = files.filter((f) => f === 'podcast.xml' || /^category\/[^/]+\/podcast\.xml$/.test(f));
const CHAPTERS = files.filter((f) => /^narration\/[^/]+\.chapters\.json$/.test(f));
const read = (file: string): string => readFileSync(join(DIST, file), 'utf8');
const channelOf = (file: string) => parser.parse(read(file)).rss.channel;
const itemsOf = (file: string): Item[] => channelOf(file).item ?? [];

// The essays that moved in keeping their old feed's id (`guid:`), by their link: old subscribers know them by it.
const ESSAYS = 'content/essays';
const KEPT_GUIDS = new Map(
  readdirSync(ESSAYS, { recursive: true, encoding: 'utf8' })
    .filter(isEssayFile)
    .flatMap((name) => {
      const { guid } = readFrontmatter(readFileSync(join(ESSAYS, name), 'utf8'), name);
      return typeof guid === 'string' ? [[absoluteUrl(essayUrl(slugOfPath(name))), guid] as const] : [];
    }),
);
const expectedGuid = (link: string) => {
  const kept = KEPT_GUIDS.get(link);
  return kept ? { '#text': kept, '@isPermaLink': 'false' } : { '#text': link, '@isPermaLink': 'true' };
};

/** The file in dist/ that an absolute URL of the site names; fails for another host or a missing file. */
function distFile(url: string): string {
  const { origin, pathname } = new URL(url);
  expect(origin, url).toBe(new URL(SITE.url).origin);
  const path = decodeURIComponent(pathname).slice(1);
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  expect(files, url).toContain(file);
  return join(DIST, file);
}

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const expectRfc822 = (date: string): void => {
  expect(date).toMatch(RFC_822);
  expect(new Date(date).toUTCString()).toBe(date);
};
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function hrefsIn(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    for (const key of ['href', 'src']) if (typeof node.properties[key] === 'string') urls.push(node.properties[key]);
  });
  return urls;
}

test('the site has the feeds to check: site-wide, per category, and chapters', () => {
  expect(RSS_FEEDS).toContain('rss.xml');
  expect(PODCAST_FEEDS).toContain('podcast.xml');
  expect(RSS_FEEDS.length).toBeGreaterThanOrEqual(3);
  expect(PODCAST_FEEDS.length).toBe(RSS_FEEDS.length);
  expect(CHAPTERS.length).toBeGreaterThanOrEqual(5);
});

describe.each([...RSS_FEEDS, ...PODCAST_FEEDS])('%s', (file) => {
  const channel = channelOf(file);
  const items = itemsOf(file);

  test('names itself, its page and its language', () => {
    expect(channel.title).toBeTruthy();
    expect(channel.description).toBeTruthy();
    expect(channel.language).toBe(SITE.lang);
    distFile(channel.link);
    expect(channel['atom:link']).toMatchObject({
      '@rel': 'self',
      '@type': 'application/rss+xml',
      '@href': `${new URL(SITE.url).origin}/${file}`,
    });
  });

  test("gives every item a unique guid (its permalink, or the old feed's id it kept), an RFC-822 date, a description and the full text with absolute URLs", () => {
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length);
    for (const item of items) {
      expect(item.guid).toEqual(expectedGuid(item.link));
      distFile(item.link);
      expectRfc822(item.pubDate);
      expect(item.description).toBeTruthy();
      const urls = hrefsIn(item['content:encoded']);
      expect(urls.length, item.title).toBeGreaterThan(0);
      for (const url of urls) expect(url, `${item.title}: ${url}`).toMatch(/^(https?:|mailto:)/);
    }
  });

  test('gives each narration an enclosure of the real length and type of the file published', async () => {
    for (const item of items.filter((i) => i.enclosure)) {
      const enclosure = item.enclosure as Attributes;
      const audio = distFile(enclosure['@url'] ?? '');
      expect(Number(enclosure['@length']), item.title).toBe(statSync(audio).size);
      expect((await parseFile(audio)).format.container, item.title).toBe('MPEG');
      expect(enclosure['@type'], item.title).toBe('audio/mpeg');
    }
  });
});

test("an essay that moved in keeps its old feed's id in the RSS and the podcast, and the sample site has one", () => {
  expect(KEPT_GUIDS.size).toBeGreaterThan(0);
  for (const file of ['rss.xml', 'podcast.xml']) {
    const guids = itemsOf(file).map((item) => item.guid['#text']);
    for (const guid of KEPT_GUIDS.values()) expect(guids, file).toContain(guid);
  }
});

describe.each(PODCAST_FEEDS)('podcast feed %s', (file) => {
  const channel = channelOf(file);
  const items = itemsOf(file);

  test('has at least one episode: a category with no narration gets no podcast feed, which a directory would refuse', () => {
    expect(items.length).toBeGreaterThan(0);
  });

  test('has the channel tags Apple Podcasts and Podcasting 2.0 require, from the site config', () => {
    expect(channel['itunes:author']).toBe(SITE.author);
    expect(channel['itunes:owner']).toEqual({
      'itunes:name': SITE.podcast.owner.name,
      'itunes:email': SITE.podcast.owner.email,
    });
    expect(channel['itunes:category']).toEqual({ '@text': SITE.podcast.category });
    expect(channel['itunes:explicit']).toBe(String(SITE.podcast.explicit));
    expect(channel['itunes:type']).toBe('episodic');
    expect(channel['podcast:guid']).toMatch(UUID_V5);
    expect(channel['podcast:locked']).toEqual({
      '#text': SITE.podcast.locked ? 'yes' : 'no',
      '@owner': SITE.podcast.owner.email,
    });
    expectRfc822(channel.lastBuildDate);
  });

  test('has artwork that is a square PNG or JPEG of 1,400 to 3,000 px, by its header', () => {
    const size = imageSize(readFileSync(distFile(channel['itunes:image']['@href'])));
    expect(size?.format).toMatch(/^(png|jpeg)$/);
    expect(size?.width).toBe(size?.height);
    expect(size?.width).toBeGreaterThanOrEqual(1400);
    expect(size?.width).toBeLessThanOrEqual(3000);
  });

  test('gives an episode whose essay has a cover that cover: a square JPEG of 1,400 to 3,000 px, by its header', () => {
    const covered = items.filter((item) => item['itunes:image']);
    if (file === 'podcast.xml') expect(covered.length, 'the sample essay with a cover').toBeGreaterThan(0);
    for (const item of covered) {
      const size = imageSize(readFileSync(distFile(item['itunes:image']?.['@href'] ?? '')));
      expect(size, item.title).toEqual({ format: 'jpeg', width: size?.height, height: size?.width });
      expect(size?.width, item.title).toBeGreaterThanOrEqual(1400);
      expect(size?.width, item.title).toBeLessThanOrEqual(3000);
    }
  });

  test('makes every item an episode: enclosure, duration, type, narrator, and the cues and chapters that resolve', async () => {
    for (const item of items) {
      const audio = distFile(item.enclosure?.['@url'] ?? '');
      expect(item['itunes:duration'], item.title).toMatch(/^\d+$/);
      const duration = (await parseFile(audio, { duration: true })).format.duration ?? 0;
      expect(Math.abs(Number(item['itunes:duration']) - duration), item.title).toBeLessThanOrEqual(1);
      expect(item['itunes:episodeType']).toBe('full');
      expect(item['podcast:person']).toMatchObject({ '@role': 'narrator' });
      expect(item['podcast:person']?.['#text']).toBeTruthy();
      // Two transcripts: the WebVTT cues (one per sentence) and the same as Podcasting 2.0 JSON, with its speaker.
      const [vttTag, jsonTag] = item['podcast:transcript'] ?? [];
      expect(item['podcast:transcript']?.map((t) => t['@type'])).toEqual(['text/vtt', 'application/json']);
      const vtt = read(distFile(vttTag?.['@url'] ?? '').slice(DIST.length + 1));
      const { cues, errors } = new webvtt.WebVTTParser().parse(vtt, 'metadata');
      expect(errors).toEqual([]);
      const transcript = JSON.parse(readFileSync(distFile(jsonTag?.['@url'] ?? ''), 'utf8'));
      expect(transcript.version).toBe('1.0.0');
      expect(transcript.segments).toHaveLength(cues.length);
      for (const [i, segment] of transcript.segments.entries()) {
        expect(segment.speaker).toBe(item['podcast:person']?.['#text']);
        expect(segment.startTime).toBeCloseTo(cues[i]?.startTime ?? -1, 3);
        expect(segment.endTime).toBeGreaterThan(segment.startTime);
        expect(segment.body, `${item.title}: segment ${i}`).toMatch(/\S/);
        expect(segment.body).not.toMatch(/&(amp|lt|gt);/);
      }
      expect(item['podcast:chapters']?.['@type']).toBe('application/json+chapters');
      expect(JSON.parse(readFileSync(distFile(item['podcast:chapters']?.['@url'] ?? ''), 'utf8')).version).toBe(
        '1.2.0',
      );
    }
  });
});

test("each feed's podcast:guid is its own", () => {
  const guids = PODCAST_FEEDS.map((file) => channelOf(file)['podcast:guid']);
  expect(new Set(guids).size).toBe(PODCAST_FEEDS.length);
});

test('a category feed carries exactly the essays of its category that the site-wide feed carries', () => {
  for (const [siteFeed, pattern] of [
    ['rss.xml', /^category\/([^/]+)\/rss\.xml$/],
    ['podcast.xml', /^category\/([^/]+)\/podcast\.xml$/],
  ] as const) {
    const all = itemsOf(siteFeed);
    for (const file of files.filter((f) => pattern.test(f))) {
      const items = itemsOf(file);
      const name = items[0]?.category[0];
      expect(items.map((i) => i.guid['#text'])).toEqual(
        all.filter((i) => i.category[0] === name).map((i) => i.guid['#text']),
      );
    }
  }
});

test('the RSS gives each narrated essay the same enclosure as the podcast feed', () => {
  const podcast = new Map(itemsOf('podcast.xml').map((i) => [i.link, i.enclosure]));
  const narrated = itemsOf('rss.xml').filter((i) => podcast.has(i.link));
  expect(narrated.length).toBe(podcast.size);
  for (const item of narrated) expect(item.enclosure, item.title).toEqual(podcast.get(item.link));
});

describe('chapters', () => {
  function cues(vtt: string): webvtt.Cue[] {
    const parsed = new webvtt.WebVTTParser(allEntities as Record<webvtt.Entity, string>).parse(vtt, 'metadata');
    expect(parsed.errors).toEqual([]);
    return parsed.cues;
  }
  const text = (cue: webvtt.Cue): string =>
    cue.tree.children.map((node) => (node.type === 'text' ? node.value : '')).join('');

  test.each(CHAPTERS)("%s: the essay's title at 0, then each heading at its cue's start, in order", (file) => {
    const { version, chapters } = JSON.parse(read(file)) as {
      version: string;
      chapters: Array<{ startTime: number; title: string }>;
    };
    expect(version).toBe('1.2.0');
    const headings = cues(read(file.replace('.chapters.json', '.vtt'))).filter((cue) => cue.id.startsWith('h-'));
    const [first, ...rest] = chapters;
    expect(first?.startTime).toBe(0);
    const page = read(`essays/${file.slice('narration/'.length, -'.chapters.json'.length)}/index.html`);
    expect(page).toContain(`<h1 id="essay-title">${first?.title}</h1>`);
    expect(rest.length).toBeGreaterThan(0);
    for (const [index, chapter] of chapters.entries())
      if (index > 0) expect(chapter.startTime).toBeGreaterThan(chapters[index - 1]?.startTime ?? 0);
    for (const chapter of rest) {
      const cue = headings.find((c) => c.startTime === chapter.startTime);
      expect(cue && text(cue), `${file}: ${chapter.title}`).toBe(chapter.title);
    }
  });
});

describe('JSON Feed', () => {
  const feed = JSON.parse(read('feed.json'));
  test('has the JSON Feed 1.1 top-level fields', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: SITE.title,
      home_page_url: `${new URL(SITE.url).origin}/`,
      feed_url: `${new URL(SITE.url).origin}/feed.json`,
    });
    distFile(feed.icon);
  });
  test('has the same essays as the RSS, in full, with the narration as an attachment of its real size', () => {
    const rss = itemsOf('rss.xml');
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(rss.map((i) => i.guid['#text']));
    for (const item of feed.items) {
      expect(item.id).toBe(KEPT_GUIDS.get(item.url) ?? item.url);
      expect(item).toMatchObject({
        title: expect.any(String),
        content_html: expect.stringContaining('<p>'),
        tags: expect.any(Array),
      });
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
      for (const attachment of item.attachments ?? []) {
        expect(attachment.size_in_bytes).toBe(statSync(distFile(attachment.url)).size);
        expect(attachment).toMatchObject({ mime_type: 'audio/mpeg', duration_in_seconds: expect.any(Number) });
      }
    }
    expect(feed.items.filter((i: { attachments?: unknown[] }) => i.attachments).length).toBe(
      itemsOf('podcast.xml').length,
    );
  });
});

test('a podcast client (rss-parser) reads every episode with its enclosure', async () => {
  for (const file of ['podcast.xml', 'rss.xml']) {
    const parsed = await new Parser().parseString(read(file));
    const narrated = itemsOf(file).filter((i) => i.enclosure).length;
    expect(parsed.items.length).toBe(itemsOf(file).length);
    expect(
      parsed.items.filter(
        (i) => i.enclosure?.url && Number(i.enclosure.length) > 0 && i.enclosure.type === 'audio/mpeg',
      ).length,
    ).toBe(narrated);
  }
  const podcast = await new Parser().parseString(read('podcast.xml'));
  expect(podcast.itunes?.image).toMatch(/\/artwork\/3000\.png$/);
  expect(podcast.itunes?.owner).toEqual({ name: SITE.podcast.owner.name, email: SITE.podcast.owner.email });
});

test('each category page links its two feeds for autodiscovery', () => {
  for (const page of files.filter((f) => /^category\/[^/]+\/index\.html$/.test(f))) {
    const links: string[] = [];
    visit(fromHtml(read(page)), 'element', (node) => {
      if (node.tagName === 'link' && String(node.properties.rel) === 'alternate')
        links.push(String(node.properties.href));
    });
    const folder = `${new URL(SITE.url).origin}/${page.replace('index.html', '')}`;
    expect(links, page).toEqual(expect.arrayContaining([`${folder}rss.xml`, `${folder}podcast.xml`]));
    for (const link of links) distFile(link);
  }
});
