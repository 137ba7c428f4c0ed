// Every internal href, src, srcset, poster and #fragment in the built site resolves: to a file in dist/ and,
// for a fragment, to an id in the page it names. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_IDS } from '../../src/lib/site/page-ids.ts';
import { SITE } from '../../src/site.config.ts';
import { builtFiles, DIST } from '../support/built-site.ts';
import { brokenBecause, idsOf, linksOf, type Link, type SiteIndex } from '../support/internal-links.ts';

const ORIGIN = new URL(SITE.url).origin;

describe('the link checker', () => {
  // A fabricated two-page site with one narration: each case adds one link to the essay page.
  const essay = 'essays/x/index.html';
  const page = (body: string) => fromHtml(`<!doctype html><html><head></head><body>${body}</body></html>`);
  const site: SiteIndex = {
    files: new Set(['index.html', essay, 'narration/x.mp3', 'narration/x.vtt']),
    ids: new Map([
      ['index.html', new Set(['main'])],
      [essay, new Set(['main', PAGE_IDS.player, 'user-content-fn-1', 'user-content-fnref-1'])],
    ]),
  };
  const problems = (body: string): string[] =>
    linksOf(page(body), essay, ORIGIN).flatMap((link) => brokenBecause(link, site) ?? []);

  it('accepts a footnote reference, its back-link, the narration and its cues', () => {
    expect(
      problems(`<a href="#user-content-fn-1">1</a><a href="#user-content-fnref-1">↩</a>
      <audio><source src="/narration/x.mp3"><track src="../../narration/x.vtt"></audio>`),
    ).toEqual([]);
  });

  it('rejects a fragment that names no id in its page', () => {
    expect(problems('<a href="#user-content-fn-2">2</a>')).toEqual([
      'essays/x/index.html has no id "user-content-fn-2"',
    ]);
  });

  it('rejects a fragment that names no id in another page', () => {
    expect(problems('<a href="/#user-content-fn-1">home</a>')).toEqual(['index.html has no id "user-content-fn-1"']);
  });

  it('rejects a narration file, poster or srcset candidate that was not built', () => {
    expect(
      problems(`<source src="/narration/y.mp3"><track src="/narration/y.vtt"><video poster="/cover.png"></video>
      <img alt="" srcset="/narration/x.mp3 1x, /big.png 2x">`),
    ).toEqual([
      'dist has no narration/y.mp3',
      'dist has no narration/y.vtt',
      'dist has no cover.png',
      'dist has no big.png',
    ]);
  });

  it('rejects a page address without its trailing slash', () => {
    expect(problems('<a href="/essays/x">x</a>')).toEqual(['/essays/x needs a trailing slash']);
  });

  it("checks absolute URLs on the site's own origin, and leaves other sites and schemes alone", () => {
    expect(
      problems(`<link rel="canonical" href="${ORIGIN}/essays/y/"><meta property="og:url" content="${ORIGIN}/gone/">
      <meta property="og:title" content="Not a URL"><a href="https://example.com/missing">x</a><a href="mailto:a@example.com">m</a>`),
    ).toEqual(['dist has no essays/y/index.html', 'dist has no gone/index.html']);
  });

  it("reads a time fragment on a page with the player as the player's start, and on another page as an id", () => {
    expect(problems('<a href="#t=36.192">Chapter 2</a>')).toEqual([]);
    expect(problems('<a href="/#t=30">home</a>')).toEqual(['index.html has no id "t=30"']);
  });

  it('reads a time fragment on a media file as a time, not an id', () => {
    expect(problems('<a href="/narration/x.mp3#t=30">from 0:30</a>')).toEqual([]);
  });
});

describe('the built site', () => {
  let site: SiteIndex;
  let links: Link[];
  let pageCount: number;
  beforeAll(() => {
    const files = builtFiles();
    const trees = new Map(
      files
        .filter((file) => file.endsWith('.html'))
        .map((file) => [file, fromHtml(readFileSync(join(DIST, file), 'utf8'))]),
    );
    site = { files: new Set(files), ids: new Map([...trees].map(([file, tree]) => [file, idsOf(tree)])) };
    links = [...trees].flatMap(([file, tree]) => linksOf(tree, file, ORIGIN));
    pageCount = trees.size;
  });

  it('has no internal link that fails to resolve', () => {
    const broken = links.flatMap((link) => {
      const reason = brokenBecause(link, site);
      return reason ? [`${link.page}: ${link.written}: ${reason}`] : [];
    });
    console.info(`Internal links: ${links.length} checked in ${pageCount} pages, ${broken.length} broken`);
    expect(broken).toEqual([]);
  });

  // Without these the check above would pass on a build with no narration or no footnotes.
  it('checks footnote anchors, the narration audio and its cues', () => {
    const written = links.map((link) => link.written);
    expect(written.filter((w) => /^<a href="#user-content-fn-/.test(w)).length, 'footnote references').toBeGreaterThan(
      0,
    );
    expect(
      written.filter((w) => /^<a href="#user-content-fnref-/.test(w)).length,
      'footnote back-links',
    ).toBeGreaterThan(0);
    expect(
      written.filter((w) => /^<source src="\/narration\/[^"]+\.mp3">$/.test(w)).length,
      'narration <source>: build with `npm run build`',
    ).toBeGreaterThan(0);
    expect(
      written.filter((w) => /^<track src="\/narration\/[^"]+\.vtt">$/.test(w)).length,
      'narration cues <track>',
    ).toBeGreaterThan(0);
  });
});
