// Hostile text in every frontmatter field and in the body must come out as text: in the page, its meta tags,
// its JSON-LD, the RSS and podcast feeds. Each output is parsed with a real parser, never matched as a string.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeMp3 } from '../../src/narration/audio/mp3.ts';
import { slugify } from '../../src/lib/slug.ts';
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
narrator: ${yamlString(`Narrator ${ALL}`)}
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
let site: RunResult;
let page: Root;

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => void found.push(node));
  return found;
}

beforeAll(async () => {
  const tone = Float32Array.from({ length: 16_000 * 2 }, (_, i) => 0.1 * Math.sin(i / 10));
  site = await buildFixtureSite({ 'content/essays/hostile.mdx': ESSAY, 'public/audio/hostile.mp3': encodeMp3(tone, 16_000) });
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
        expect(Object.keys(node.properties).filter((p) => /^on/i.test(p)), file).toEqual([]);
        if (node.tagName === 'script') expect(EXPECTED_SCRIPTS.has(String(node.properties.type)), file).toBe(true);
      }
    }
  });

  test('shows every string literally in the title, headings, body and footnote', () => {
    const text = toString(page);
    for (const shown of [`Title ${ALL}`, typeset(`Heading ${ALL}`), typeset(`Body ${ALL}.`), typeset(`Note ${ALL}.`), `Cat ${ALL}`, `Press play to hear Narrator ${ALL} read this essay`]) {
      expect(text).toContain(shown);
    }
    const title = elements(page).find((e) => e.tagName === 'title');
    expect(title && toString(title)).toBe(`Title ${ALL} · Lectern`);
  });

  test('keeps meta tags intact, with the text as their content', () => {
    const meta = (key: string): string | undefined => {
      const node = elements(page).find((e) => e.tagName === 'meta' && (e.properties.name === key || e.properties.property === key));
      return node ? String(node.properties.content) : undefined;
    };
    expect(meta('description')).toBe(`Description ${ALL}`);
    expect(meta('og:title')).toBe(`Title ${ALL}`);
  });

  test('keeps JSON-LD valid, with the text as its values', () => {
    const [data, breadcrumbs] = elements(page).filter((e) => e.properties.type === 'application/ld+json').map((e) => JSON.parse(toString(e)));
    expect(data.headline).toBe(`Title ${ALL}`);
    expect(data.description).toBe(`Description ${ALL}`);
    expect(data.articleSection).toBe(`Cat ${ALL}`);
    expect(data.keywords).toBe(TAGS.join(', '));
    expect(data.audio.creator.name).toBe(`Narrator ${ALL}`);
    expect(breadcrumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual(['Home', `Cat ${ALL}`, `Title ${ALL}`]);
  });

  test('keeps the RSS and podcast feeds well-formed, with the text as their values', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const rss = parser.parse(readFileSync(join(site.dir, 'dist/rss.xml'), 'utf8')).rss.channel.item;
    expect(rss.title).toBe(`Title ${ALL}`);
    expect(rss.description).toBe(`Description ${ALL}`);
    expect(rss.category).toBe(`Cat ${ALL}`);
    const content = fromHtml(rss['content:encoded'], { fragment: true });
    expect(elements(content).some((e) => e.tagName === 'script' || e.tagName === 'img')).toBe(false);
    expect(toString(content)).toContain(typeset(`Body ${ALL}.`));

    const podcast = parser.parse(readFileSync(join(site.dir, 'dist/podcast.xml'), 'utf8')).rss.channel.item;
    expect(podcast.title).toBe(`Title ${ALL}`);
    expect(podcast['itunes:author']).toBe(`Narrator ${ALL}`);
  });

  test("keeps the share card's alt text intact, and draws the card", () => {
    const alt = elements(page).find((e) => e.tagName === 'meta' && e.properties.property === 'og:image:alt');
    expect(String(alt?.properties.content)).toBe(`Title ${ALL}: an essay in Cat ${ALL} on Lectern, narrated`);
    const png = readFileSync(join(site.dir, 'dist/og/hostile.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('keeps the search index\'s metadata as the text itself', () => {
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
      expect(toString(list)).toContain(`Title ${ALL}`);
    }
  });

  test('gives the category a clean URL', () => {
    expect(readdirSync(join(site.dir, 'dist/category'))).toContain(slugify(`Cat ${ALL}`));
    expect(slugify(`Cat ${ALL}`)).toMatch(/^[a-z0-9-]+$/);
  });
});
