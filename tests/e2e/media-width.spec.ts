// No page of the built site scrolls sideways on a 375 px phone: not its images, tables or code, and not what an
// essay brings as raw HTML (tests/build/plain-markdown.test.ts measures a video and a frame in the same way).
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pagePath } from '../../src/integrations/csp-headers.ts';

const DIST = 'dist';
// Every HTML page but the old addresses' refresh pages, which land on an essay that is measured itself.
const PAGES = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !readFileSync(`${DIST}/${file}`, 'utf8').includes('http-equiv="refresh"'))
  .map(pagePath)
  .sort();

test.use({ viewport: { width: 375, height: 740 } });

test('the site has the pages to measure: essays with tables, code and images', () => {
  expect(PAGES.filter((path) => path.startsWith('/essays/')).length).toBeGreaterThan(5);
});

// By kind of page, each kind in one browser page: a fresh page per path cost a second each, for 40 paths.
const KINDS: ReadonlyArray<[kind: string, pattern: RegExp]> = [
  ['essay', /^\/essays\//],
  ['tag', /^\/tags\//],
  ['category', /^\/category\//],
  ['other', /^\/(?!essays\/|tags\/|category\/)/],
];

for (const [kind, pattern] of KINDS) {
  test(`every ${kind} page is no wider than a 375 px screen`, async ({ page }) => {
    const paths = PAGES.filter((path) => pattern.test(path));
    expect(paths.length, `no ${kind} page was built`).toBeGreaterThan(0);
    const tooWide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth) tooWide.push(`${path} scrolls sideways: ${scrollWidth} px`);
    }
    expect(tooWide).toEqual([]);
  });
}
