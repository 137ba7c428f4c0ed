// Properties every URL must have, whatever the slug or name: what pages, feeds and the host's _headers rely on.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as urls from '../../../src/lib/site/urls.ts';
import { slugify } from '../../../src/lib/essays/slug.ts';
import { FUZZ } from '../../support/fuzz-settings.ts';

/** A slug as the slug rule makes them: lower-case ASCII words joined by hyphens. */
const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);
/** A category or tag as an author writes it: any text with at least one letter or digit. */
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((text) => slugify(text) !== '');
const page = fc.integer({ min: 1, max: 10_000 });
const NARRATION_FILES = ['mp3', 'vtt', 'json'] as const;

/** Every URL that belongs to one essay. */
const essayUrls = (s: string): string[] => [
  urls.essayUrl(s),
  urls.ogImageUrl(s),
  urls.episodeArtworkUrl(s),
  urls.chaptersUrl(s),
  ...NARRATION_FILES.map((kind) => urls.narrationUrl(s, kind)),
];
/** Every URL that belongs to a category or tag, or to a page of a list. */
const listUrls = (n: string, p: number): string[] => [
  urls.homeUrl(p),
  urls.categoryUrl(n, p),
  urls.tagUrl(n, p),
  urls.categoryRssUrl(n),
  urls.categoryPodcastUrl(n),
];
const SITE_URLS = [
  urls.categoriesUrl(),
  urls.tagsUrl(),
  urls.searchUrl(),
  urls.searchIndexFolder(),
  urls.searchScriptUrl(),
  urls.archiveUrl(),
  urls.rssUrl(),
  urls.podcastUrl(),
  urls.jsonFeedUrl(),
  urls.artworkUrl(3000),
  urls.savedUrl(),
  urls.offlineUrl(),
  urls.serviceWorkerUrl(),
  urls.webManifestUrl(),
];

/** A path the browser resolves to itself on the site's host: no host, no `..`, nothing it would escape or drop. */
function expectRootRelative(path: string): void {
  const resolved = new URL(path, 'https://lectern.example.org/essays/some-page/');
  expect(path).toMatch(/^\/(?!\/)/);
  expect(resolved.origin + resolved.pathname).toBe(`https://lectern.example.org${path}`);
  expect(resolved.search + resolved.hash).toBe('');
}

describe('every URL', () => {
  test('is root-relative and resolves to itself on the site host, for any slug, name and page', () => {
    fc.assert(
      fc.property(slug, name, page, (s, n, p) => {
        for (const url of [...essayUrls(s), ...listUrls(n, p), ...SITE_URLS]) expectRootRelative(url);
      }),
      FUZZ,
    );
  });

  test('ends as a static host expects: a page in "/" (it serves the folder\'s index.html), a file in its extension', () => {
    fc.assert(
      fc.property(slug, name, page, (s, n, p) => {
        for (const url of [urls.essayUrl(s), urls.homeUrl(p), urls.categoryUrl(n, p), urls.tagUrl(n, p)])
          expect(url).toMatch(/\/$/);
        for (const kind of NARRATION_FILES) expect(urls.narrationUrl(s, kind)).toMatch(new RegExp(`\\.${kind}$`));
        expect(urls.chaptersUrl(s)).toMatch(/\.chapters\.json$/);
        expect(urls.ogImageUrl(s)).toMatch(/\.png$/);
        expect(urls.episodeArtworkUrl(s)).toMatch(/\.jpg$/);
        expect(urls.categoryRssUrl(n)).toMatch(/\/rss\.xml$/);
        expect(urls.categoryPodcastUrl(n)).toMatch(/\/podcast\.xml$/);
      }),
      FUZZ,
    );
  });
});

describe('an essay', () => {
  test('gets its slug back from each of its URLs', () => {
    fc.assert(
      fc.property(slug, (s) => {
        expect(urls.essayUrl(s).split('/')).toEqual(['', 'essays', s, '']);
        for (const url of essayUrls(s).slice(1)) expect(url.split('/').at(-1)?.split('.')[0]).toBe(s);
      }),
      FUZZ,
    );
  });

  test('never shares a URL with another essay, nor with a list or site page', () => {
    fc.assert(
      fc.property(slug, slug, name, page, (a, b, n, p) => {
        fc.pre(a !== b);
        const all = [...essayUrls(a), ...essayUrls(b), ...listUrls(n, p), ...SITE_URLS];
        expect(new Set(all).size).toBe(all.length);
      }),
      FUZZ,
    );
  });

  test('keeps its narration files side by side, where the _headers rule for narration matches them all', () => {
    const folder = urls.narrationFilesPattern().replace(/\*$/, '');
    fc.assert(
      fc.property(slug, (s) => {
        for (const url of [urls.chaptersUrl(s), ...NARRATION_FILES.map((kind) => urls.narrationUrl(s, kind))])
          expect(url.startsWith(folder) && !url.slice(folder.length).includes('/')).toBe(true);
      }),
      FUZZ,
    );
  });
});

describe('a category or tag', () => {
  test('is named in its URLs by the one slug rule, so "AI Essays" and "ai-essays" are one category', () => {
    fc.assert(
      fc.property(name, page, (n, p) => {
        for (const url of [urls.categoryUrl(n, p), urls.tagUrl(n, p), urls.categoryRssUrl(n)])
          expect(url.split('/')[2]).toBe(slugify(n));
      }),
      FUZZ,
    );
  });

  test('has page 1 at its own URL and page n in a folder under it, each page at its own URL', () => {
    fc.assert(
      fc.property(name, page, page, (n, p, q) => {
        const lists = [(x?: number) => urls.categoryUrl(n, x), (x?: number) => urls.tagUrl(n, x)];
        for (const list of lists) {
          expect(list(1)).toBe(list());
          if (p > 1) expect(list(p)).toBe(`${list(1)}${p}/`);
          expect(list(p) === list(q)).toBe(p === q);
        }
      }),
      FUZZ,
    );
  });

  test('the home list has page 1 at / and page n at /page/n/, where no number is a page of the site: /404/ is', () => {
    fc.assert(
      fc.property(page, page, (p, q) => {
        expect(urls.homeUrl(1)).toBe(urls.homeUrl());
        if (p > 1) expect(urls.homeUrl(p)).toBe(`/page/${p}/`);
        expect(urls.homeUrl(p) === urls.homeUrl(q)).toBe(p === q);
      }),
      FUZZ,
    );
  });

  test("keeps its feeds in its page's folder", () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(urls.categoryRssUrl(n).startsWith(urls.categoryUrl(n))).toBe(true);
        expect(urls.categoryPodcastUrl(n).startsWith(urls.categoryUrl(n))).toBe(true);
      }),
      FUZZ,
    );
  });
});

describe('absoluteUrl', () => {
  const base = fc.constantFrom('https://lectern.example.org', 'https://lectern.example.org/', 'http://localhost:4321');

  test('puts a site path on the base host, with or without its trailing slash', () => {
    fc.assert(
      fc.property(slug, base, (s, b) => {
        const url = new URL(urls.absoluteUrl(urls.essayUrl(s), b));
        expect(url.origin).toBe(new URL(b).origin);
        expect(url.pathname).toBe(urls.essayUrl(s));
        expect(urls.absoluteUrl(urls.essayUrl(s), b.replace(/\/$/, ''))).toBe(url.href);
      }),
      FUZZ,
    );
  });

  test('resolves a fragment against the page it is on', () => {
    fc.assert(
      fc.property(slug, fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), (s, id) => {
        const pageUrl = urls.absoluteUrl(urls.essayUrl(s), 'https://lectern.example.org');
        expect(urls.absoluteUrl(`#${id}`, pageUrl)).toBe(`${pageUrl}#${id}`);
      }),
      FUZZ,
    );
  });
});
