// Discovery on the built site: share cards, structured data, tags, next and previous, and the search page's CSP.
// Each check reads what `npm run build` published (run it first), with real parsers, and derives what it expects
// from the pages and the narration files, not from the selectors that made them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseFile } from 'music-metadata';
import { describe, expect, test } from 'vitest';
import { builtFiles, builtPages, DIST } from '../support/built-site.ts';
import { parseHeadersFile } from '../support/headers-file.ts';
import { SITE } from '../../src/site.config.ts';

const read = (file: string): Root => fromHtml(readFileSync(join(DIST, file), 'utf8'));
function elements(tree: Root, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => void (test(node) && found.push(node)));
  return found;
}
const meta = (tree: Root, key: string): string | undefined => {
  const [node] = elements(
    tree,
    (e) => e.tagName === 'meta' && (e.properties.property === key || e.properties.name === key),
  );
  return node ? String(node.properties.content) : undefined;
};
// biome-ignore lint/suspicious/noExplicitAny: JSON-LD is read field by field, as the search engines read it
const jsonLd = (tree: Root): Array<Record<string, any>> =>
  elements(tree, (e) => e.tagName === 'script' && e.properties.type === 'application/ld+json').map((e) =>
    JSON.parse(textOf(e)),
  );
const pathOf = (file: string): string => `/${file.replace(/index\.html$/, '')}`;

const essayFiles = builtPages().filter((file) => /^essays\/[^/]+\/index\.html$/.test(file));
const essays = essayFiles.map((file) => {
  const page = read(file);
  // The byline's date is the page's first <time>.
  const [time] = elements(page, (e) => e.tagName === 'time');
  const rel = (name: string) =>
    elements(page, (e) => e.tagName === 'a' && [e.properties.rel].flat().includes(name)).map((e) =>
      String(e.properties.href),
    );
  return {
    path: pathOf(file),
    slug: file.split('/')[1] as string,
    page,
    date: String(time?.properties.dateTime),
    title: textOf(elements(page, (e) => e.tagName === 'h1')[0] as Element),
    tags: rel('tag'),
    prev: rel('prev'),
    next: rel('next'),
  };
});

describe('the built essays', () => {
  test('there are several to check', () => expect(essays.length).toBeGreaterThan(3));

  test('each has a 1,200 × 630 PNG share card, referenced by absolute URL with its size and alt text', () => {
    for (const { slug, page, title } of essays) {
      const image = meta(page, 'og:image');
      expect(image, slug).toBe(`${SITE.url}/og/${slug}.png`);
      expect(meta(page, 'twitter:image'), slug).toBe(image);
      expect(meta(page, 'twitter:card'), slug).toBe('summary_large_image');
      expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')], slug).toEqual(['1200', '630']);
      expect(meta(page, 'og:image:alt'), slug).toContain(title);
      const png = readFileSync(join(DIST, new URL(image ?? '').pathname));
      expect(png.subarray(1, 4).toString(), slug).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], slug).toEqual([1200, 630]);
    }
  });

  test("each narrated one's JSON-LD holds the audio's URL, format, narrator and true duration", async () => {
    const narrated = essays.filter(({ page }) => elements(page, (e) => e.tagName === 'lectern-player').length > 0);
    expect(narrated.length).toBeGreaterThan(0);
    for (const { slug, page } of narrated) {
      const article = jsonLd(page).find((data) => data['@type'] === 'Article');
      const [player] = elements(page, (e) => e.tagName === 'lectern-player');
      const audio = article?.audio;
      expect(audio, slug).toMatchObject({
        '@type': 'AudioObject',
        encodingFormat: 'audio/mpeg',
        creator: { '@type': 'Person' },
      });
      expect(textOf(page)).toContain(`hear ${audio.creator.name} read this essay`);
      const file = join(DIST, new URL(audio.contentUrl).pathname);
      expect(audio.contentUrl.startsWith(`${SITE.url}/`), slug).toBe(true);
      const seconds = Math.floor((await parseFile(file, { duration: true })).format.duration ?? Number.NaN);
      const [, h = '0', m = '0', s = '0'] = /^PT(?:(\d+)H)?(?:(\d+)M)?(\d+)S$/.exec(audio.duration) ?? [];
      // The file's own duration, decoded from it, to the second (a frame's rounding either way).
      expect(
        Math.abs(Number(h) * 3600 + Number(m) * 60 + Number(s) - seconds),
        `${slug}: ${audio.duration} vs ${seconds} s`,
      ).toBeLessThanOrEqual(1);
      expect(player?.properties.dataSlug, slug).toBe(slug);
    }
  });

  test('each has a BreadcrumbList: home, its category, itself', () => {
    for (const { slug, page, path, title } of essays) {
      const crumbs = jsonLd(page).find((data) => data['@type'] === 'BreadcrumbList');
      const items = crumbs?.itemListElement.map((item: Record<string, unknown>) => [
        item.position,
        item.name,
        item.item,
      ]);
      const [category] = elements(page, (e) => e.tagName === 'a' && /^\/category\/.+/.test(String(e.properties.href)));
      expect(items, slug).toEqual([
        [1, 'Home', `${SITE.url}/`],
        [2, textOf(category as Element), `${SITE.url}${String(category?.properties.href)}`],
        [3, title, `${SITE.url}${path}`],
      ]);
    }
  });

  test('link to the previous and next essays by date; the newest and the oldest have one link each', () => {
    const byDate = [...essays].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
    byDate.forEach((essay, i) => {
      expect(essay.prev, essay.slug).toEqual(i > 0 ? [byDate[i - 1]?.path] : []);
      expect(essay.next, essay.slug).toEqual(i < byDate.length - 1 ? [byDate[i + 1]?.path] : []);
    });
    const links = (essay: (typeof byDate)[number] | undefined): number =>
      (essay?.prev.length ?? 0) + (essay?.next.length ?? 0);
    expect(links(byDate[0])).toBe(1);
    expect(links(byDate.at(-1))).toBe(1);
  });
});

describe('the tag pages', () => {
  const essaysByTag = new Map<string, string[]>();
  for (const { path, tags } of essays)
    for (const tag of tags) essaysByTag.set(tag, [...(essaysByTag.get(tag) ?? []), path]);
  /** Every essay a tag's pages list, following its pagination. */
  function listed(tagPath: string): string[] {
    const page = read(`${tagPath.slice(1)}index.html`);
    const here = elements(
      page,
      (e) => e.tagName === 'a' && e.properties.href !== undefined && String(e.properties.href).startsWith('/essays/'),
    ).map((e) => String(e.properties.href));
    const [next] = elements(page, (e) => e.tagName === 'a' && [e.properties.rel].flat().includes('next'));
    return [...here, ...(next ? listed(String(next.properties.href)) : [])];
  }

  test('exist for every tag an essay links to, and list exactly the essays that link to it', () => {
    expect(essaysByTag.size).toBeGreaterThan(3);
    for (const [tag, paths] of essaysByTag) expect(listed(tag).sort(), tag).toEqual(paths.sort());
  });

  test('are all in the tags index, and no tag page is without an essay', () => {
    const index = read('tags/index.html');
    const linked = elements(index, (e) => e.tagName === 'a' && /^\/tags\/.+/.test(String(e.properties.href))).map((e) =>
      String(e.properties.href),
    );
    expect(linked.sort()).toEqual([...essaysByTag.keys()].sort());
    const tagPages = new Set(
      builtFiles()
        .filter((f) => /^tags\/[^/]+\/index\.html$/.test(f))
        .map((f) => pathOf(f)),
    );
    expect([...tagPages].sort()).toEqual([...essaysByTag.keys()].sort());
  });
});

test('category pages carry a BreadcrumbList: home, the categories, the category', () => {
  const page = read('category/craft/index.html');
  const crumbs = jsonLd(page).find((data) => data['@type'] === 'BreadcrumbList');
  expect(crumbs?.itemListElement.map((item: Record<string, unknown>) => item.item)).toEqual([
    `${SITE.url}/`,
    `${SITE.url}/category/`,
    `${SITE.url}/category/craft/`,
  ]);
});

test("the search page alone may compile WebAssembly, in its meta tag and in the hosts' _headers alike", () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'), '_headers');
  // The refresh pages at old addresses (src/lib/site/redirects.ts) run no script at all: default-src 'none'.
  const oldAddresses = new Set(
    readFileSync(join(DIST, '_redirects'), 'utf8')
      .split('\n')
      .map((line) => line.split(' ')[0]),
  );
  const policies = [...rules].filter(
    ([path, headers]) => headers['Content-Security-Policy'] && !oldAddresses.has(path),
  );
  expect(policies.length).toBeGreaterThan(10);
  for (const [path, headers] of policies) {
    const scriptSrc = /script-src ([^;]*)/.exec(headers['Content-Security-Policy'] ?? '')?.[1]?.split(' ') ?? [];
    expect(scriptSrc.includes("'wasm-unsafe-eval'"), path).toBe(path === '/search/');
    expect(scriptSrc, path).toContain("'self'");
  }
  const metaPolicy = elements(
    read('search/index.html'),
    (e) => e.tagName === 'meta' && String(e.properties.httpEquiv).toLowerCase() === 'content-security-policy',
  );
  expect(String(metaPolicy[0]?.properties.content)).toMatch(/script-src 'self' 'wasm-unsafe-eval' /);
  expect(builtFiles().some((f) => f.startsWith('pagefind/') && f.endsWith('.pagefind'))).toBe(true);
});
