// The chapter list on each built essay page is the podcast's chapters file for that essay, entry for entry: one
// definition, rendered twice. Run after `npx astro build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonChapters } from '../../src/lib/feeds/chapters.ts';
import { timeFragment } from '../../src/lib/formats/media-time.ts';

const DIST = 'dist';
const essays = join(DIST, 'essays');
const pages = existsSync(essays)
  ? readdirSync(essays)
      .map((slug) => ({ slug, html: join(essays, slug, 'index.html') }))
      .filter(({ html }) => existsSync(html))
  : [];

/** The chapter links a page's player lists: their targets, start times and titles, as the HTML has them. */
function listedChapters(html: string): { href: string; start: number; title: string }[] {
  const list = /<div class="player-chapters"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
  return [...list.matchAll(/<a href="([^"]*)" data-start="([^"]*)"><span>([^<]*)<\/span>/g)].map(
    ([, href = '', start = '', title = '']) => ({ href, start: Number(start), title }),
  );
}

const decode = (text: string): string =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the player chapters', () => {
  it('finds built essay pages with chapters to check', () => {
    expect(pages.length, `${essays} is missing: run \`npx astro build\` first`).toBeGreaterThan(0);
    expect(pages.some(({ html }) => listedChapters(readFileSync(html, 'utf8')).length > 0)).toBe(true);
  });

  for (const { slug, html } of pages) {
    const file = join(DIST, 'narration', `${slug}.chapters.json`);
    it(`lists ${slug}'s chapters as its chapters file has them, each a #t= link, or none without headings`, () => {
      const listed = listedChapters(readFileSync(html, 'utf8'));
      if (!existsSync(file)) {
        expect(listed).toEqual([]);
        return;
      }
      const { chapters } = JSON.parse(readFileSync(file, 'utf8')) as JsonChapters;
      // Only the title chapter: the essay has no headings, and the player shows no chapter control.
      const expected = chapters.length > 1 || chapters[0]?.startTime !== 0 ? chapters : [];
      expect(listed.map(({ start, title }) => ({ startTime: start, title: decode(title) }))).toEqual(expected);
      for (const { href, start } of listed) expect(href).toBe(timeFragment(start));
    });
  }
});
