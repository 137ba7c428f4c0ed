// Hostile text in every frontmatter field and in the body must come out as text: in the page, its meta tags,
// its JSON-LD, the RSS and podcast feeds. Each output is parsed with a real parser, never matched as a string.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { XMLParser } from 'fast-xml-parser';
import { parseFile } from 'music-metadata';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeMp3 } from '../../src/narration/audio/mp3.ts';
import { slugify } from '../../src/lib/essays/slug.ts';
import { buildFixtureSite, removeFixtureSite, type RunResult } from '../support/fixture-site.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  ']]>',
  '&amp;',
  '\u202Egnp.exe\u202C',
  '🎧👩🏽‍💻',
] as const;
const ALL = HOSTILE.join(' ');
// Numbered: tags must carry a letter or digit, and two whose slugs agree ("Tag ]]>", "Tag 🎧") would share a URL.
const TAGS = HOSTILE.map((text, i) => `Tag ${i + 1} ${text}`);
const yamlString = (text: string): string => JSON.stringify(text); // JSON strings are valid YAML strings
// The body is MDX, where "<" and "{" start code, so the author escapes them: the reader must see them literally.
const mdxText = (text: string): string => text.replace(/[<>{}&]/g, (c) => `&#${c.charCodeAt(0)};`);

const ESSAY = `---
title: ${yamlString(`Title ${ALL}`)}
date: 2026-03-18
category: ${yamlString(`Cat ${ALL}`)}
description: ${yamlString(`Description ${ALL}`)}
tags: [${TAGS.map(yamlString).join(', ')}]
narrator: ${yamlString(`SynthesisVoice ${ALL}`)}
audio: /audio/hostile.mp3
---

Body ${mdxText(ALL)}.

## Heading ${mdxText(ALL)}

A [link ${mdxText(HOSTILE[1])}](/essays/hostile/) and a note.[^n]

[^n]: Note ${mdxText(ALL)}.
`;

// SmartyPants curls straight quotes in Markdown text (not in frontmatter): that is typography, not injection.
const typeset = (text: string): string => text.replace(/"/g, '\u201D');

const EXPECTED_SCRIPTS = new Set(['module', 'application/ld+json']);

// What an item of each feed holds, as element paths and attribute names: hostile text must not add to it.
const RSS_ITEM = [
  'title',
  'link',
  'guid',
  'guid@isPermaLink',
  'description',
  'pubDate',
  'content:encoded',
  'category',
  'enclosure',
  'enclosure@url',
  'enclosure@length',
  'enclosure@type',
]
  .map((path) => `/rss/channel/item${path.startsWith('@') ? '' : '/'}${path}`)
  .concat('/rss/channel/item');
const PODCAST_ITEM = [
  ...RSS_ITEM,
  ...[
    'itunes:duration',
    'itunes:episodeType',
    'itunes:author',
    'podcast:person',
    'podcast:person@role',
    'podcast:person@group',
  ].map((path) => `/rss/channel/item/${path}`),
];
const inChannel = (paths: string[]): string[] =>
  paths.map((path) => `/rss/channel${path.startsWith('@') ? '' : '/'}${path}`);
const RSS_CHANNEL = inChannel([
  'title',
  'description',
  'link',
  'language',
  'atom:link',
  'atom:link@href',
  'atom:link@rel',
  'atom:link@type',
]);
const PODCAST_CHANNEL = [
  ...RSS_CHANNEL,
  ...inChannel([
    'lastBuildDate',
    'itunes:author',
    'itunes:owner',
    'itunes:owner/itunes:name',
    'itunes:owner/itunes:email',
    'itunes:image',
    'itunes:image@href',
    'itunes:category',
    'itunes:category@text',
    'itunes:explicit',
    'itunes:type',
    'podcast:guid',
    'podcast:locked',
    'podcast:locked@owner',
  ]),
];
const orderedParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true });
type Ordered = Array<Record<string, unknown>>;

/** Every element as its path, and every attribute as its element's path and @name, in document order. */
function structure(nodes: Ordered, path = ''): string[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name === '#text' || name.startsWith('?')) return [];
    const here = `${path}/${name}`;
    const attributes = Object.keys((node[':@'] ?? {}) as object).map((attribute) => `${here}${attribute}`);
    return [here, ...attributes, ...structure(node[name] as Ordered, here)];
  });
}
let site: RunResult;
let page: Root;

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => void found.push(node));
  return found;
}

beforeAll(async () => {
  const tone = Float32Array.from({ length: 16_000 * 2 }, (_, i) => 0.1 * Math.sin(i / 10));
  site = await buildFixtureSite({
    'content/essays/hostile.mdx': ESSAY,
    'public/audio/hostile.mp3': await encodeMp3(tone, 16_000),
  });
  page = fromHtml(readFileSync(join(site.dir, 'dist/essays/hostile/index.html'), 'utf8'));
}, 120_000);
afterAll(() => removeFixtureSite(site.dir));

describe('an essay full of hostile strings', () => {
  test('builds', () => expect(site.code, site.output).toBe(0));

  test('injects no element, attribute or script into any page', () => {
    const dist = join(site.dir, 'dist');
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      for (const node of elements(fromHtml(readFileSync(join(dist, file), 'utf8')))) {
        expect(node.tagName, file).not.toBe('img');
        expect(
          Object.keys(node.properties).filter((p) => /^on/i.test(p)),
          file,
        ).toEqual([]);
        if (node.tagName === 'script') expect(EXPECTED_SCRIPTS.has(String(node.properties.type)), file).toBe(true);
      }
    }
  });

  test('shows every string literally in the title, headings, body and footnote', () => {
    const text = textOf(page);
    for (const shown of [
      `Title ${ALL}`,
      typeset(`Heading ${ALL}`),
      typeset(`Body ${ALL}.`),
      typeset(`Note ${ALL}.`),
      `Cat ${ALL}`,
      `Press play to hear SynthesisVoice ${ALL} read this essay`,
    ]) {
      expect(text).toContain(shown);
    }
    const title = elements(page).find((e) => e.tagName === 'title');
    expect(title && textOf(title)).toBe(`Title ${ALL} · Lectern`);
  });

  test('keeps meta tags intact, with the text as their content', () => {
    const meta = (key: string): string | undefined => {
      const node = elements(page).find(
        (e) => e.tagName === 'meta' && (e.properties.name === key || e.properties.property === key),
      );
      return node ? String(node.properties.content) : undefined;
    };
    expect(meta('description')).toBe(`Description ${ALL}`);
    expect(meta('og:title')).toBe(`Title ${ALL}`);
  });

  test('keeps JSON-LD valid, with the text as its values', () => {
    const [data, breadcrumbs] = elements(page)
      .filter((e) => e.properties.type === 'application/ld+json')
      .map((e) => JSON.parse(textOf(e)));
    expect(data.headline).toBe(`Title ${ALL}`);
    expect(data.description).toBe(`Description ${ALL}`);
    expect(data.articleSection).toBe(`Cat ${ALL}`);
    expect(data.keywords).toBe(TAGS.join(', '));
    expect(data.audio.creator.name).toBe(`SynthesisVoice ${ALL}`);
    expect(breadcrumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'Home',
      `Cat ${ALL}`,
      `Title ${ALL}`,
    ]);
  });

  test('keeps the RSS and podcast feeds well-formed, with the text as their values', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const rss = parser.parse(readFileSync(join(site.dir, 'dist/rss.xml'), 'utf8')).rss.channel.item;
    expect(rss.title).toBe(`Title ${ALL}`);
    expect(rss.description).toBe(`Description ${ALL}`);
    expect(rss.category).toBe(`Cat ${ALL}`);
    const content = fromHtml(rss['content:encoded'], { fragment: true });
    expect(elements(content).some((e) => e.tagName === 'script' || e.tagName === 'img')).toBe(false);
    expect(textOf(content)).toContain(typeset(`Body ${ALL}.`));

    const podcast = parser.parse(readFileSync(join(site.dir, 'dist/podcast.xml'), 'utf8')).rss.channel.item;
    expect(podcast.title).toBe(`Title ${ALL}`);
    expect(podcast['itunes:author']).toBe(`SynthesisVoice ${ALL}`);
  });

  test('adds no element and no attribute to any feed: each parses to exactly the structure of a plain one', () => {
    const category = `dist/category/${slugify(`Cat ${ALL}`)}`;
    const feeds = [
      ['dist/rss.xml', RSS_CHANNEL, RSS_ITEM],
      [`${category}/rss.xml`, RSS_CHANNEL, RSS_ITEM],
      ['dist/podcast.xml', PODCAST_CHANNEL, PODCAST_ITEM],
      [`${category}/podcast.xml`, PODCAST_CHANNEL, PODCAST_ITEM],
    ] as const;
    for (const [file, channel, item] of feeds) {
      const shape = structure(orderedParser.parse(readFileSync(join(site.dir, file), 'utf8'))).filter((path) =>
        path.startsWith('/rss/channel/'),
      );
      expect(shape.filter((path) => path.startsWith('/rss/channel/item')).sort(), file).toEqual([...item].sort());
      expect(shape.filter((path) => !path.startsWith('/rss/channel/item')).sort(), file).toEqual([...channel].sort());
    }
  });

  test('keeps JSON Feed valid, with the text as its values', () => {
    const [item] = JSON.parse(readFileSync(join(site.dir, 'dist/feed.json'), 'utf8')).items;
    expect(item.title).toBe(`Title ${ALL}`);
    expect(item.summary).toBe(`Description ${ALL}`);
    expect(item.tags).toEqual([`Cat ${ALL}`, ...TAGS]);
  });

  test('puts the recorded narration in the podcast feed with its real length and duration, and no cues or chapters', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const item = parser.parse(readFileSync(join(site.dir, 'dist/podcast.xml'), 'utf8')).rss.channel.item;
    const audio = join(site.dir, 'public/audio/hostile.mp3');
    expect(item.enclosure).toEqual({
      '@url': 'https://lectern.example.org/audio/hostile.mp3',
      '@length': String(statSync(audio).size),
      '@type': 'audio/mpeg',
    });
    expect(item['itunes:duration']).toBe(Math.round((await parseFile(audio, { duration: true })).format.duration ?? 0));
    expect(item['itunes:duration']).toBe(2);
    expect(item['podcast:transcript']).toBeUndefined();
    expect(item['podcast:chapters']).toBeUndefined();
  });

  test("keeps the share card's alt text intact, and draws the card", () => {
    const alt = elements(page).find((e) => e.tagName === 'meta' && e.properties.property === 'og:image:alt');
    expect(String(alt?.properties.content)).toBe(`Title ${ALL}: an essay in Cat ${ALL} on Lectern, narrated`);
    const png = readFileSync(join(site.dir, 'dist/og/hostile.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test("keeps the search index's metadata as the text itself", () => {
    const folder = join(site.dir, 'dist/pagefind/fragment');
    const fragments = readdirSync(folder).map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{')));
    });
    const essay = fragments.find((f) => f.url === '/essays/hostile/');
    expect(essay.meta).toMatchObject({ title: `Title ${ALL}`, category: `Cat ${ALL}` });
    expect(essay.content).toContain(typeset(`Body ${ALL}.`));
  });

  test('gives every tag a clean URL, and lists the essay on its page', () => {
    for (const tag of TAGS) {
      const slug = slugify(tag);
      expect(slug).toMatch(/^[a-z0-9-]+$/);
      const list = fromHtml(readFileSync(join(site.dir, 'dist/tags', slug, 'index.html'), 'utf8'));
      expect(textOf(list)).toContain(`Title ${ALL}`);
    }
  });

  test('gives the category a clean URL', () => {
    expect(readdirSync(join(site.dir, 'dist/category'))).toContain(slugify(`Cat ${ALL}`));
    expect(slugify(`Cat ${ALL}`)).toMatch(/^[a-z0-9-]+$/);
  });
});
