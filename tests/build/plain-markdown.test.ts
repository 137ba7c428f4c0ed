// A site that moved in, built once: a plain Markdown essay and a page bundle beside an MDX essay, with what an
// import brings (raw HTML, old addresses, the old feed's id, links out, code in languages Prism lacks, an inline
// style). The failures (a .md and an .mdx of one slug, a colliding alias, a broken link) are bad-essays cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { NARRATION_OFF } from '../../src/lib/site/build-flags.ts';
import { buildFixtureSite, removeFixtureSite, type RunResult } from '../support/fixture-site.ts';

const frontmatter = (title: string, extra = ''): string =>
  `---\ntitle: ${title}\ndate: 2026-01-10\ncategory: Craft\ndescription: About ${title}.\n${extra}---\n`;

const PLAIN = `${frontmatter(
  'Plain',
  'aliases: [/plain.html, /2019/01/plain/]\nguid: "tag:old.example.org,2019:/plain.html"\n' +
    'links: [{ label: Discuss on Bluesky, url: "https://bsky.app/profile/old.example.org" }]\n',
)}
It was in <span data-say="eighteen eighty-seven">1887</span>, a claim with a note.[^n] See [the bundle](/essays/bundled/).

| Year | What |
| --- | --- |
| 1887 | A claim |

<details>
<summary>More</summary>

Hidden until opened.

</details>

<!-- an HTML comment, which MDX refuses -->
<p style="color: red">Styled inline.</p>

<video width="1200" height="675" controls></video>

\`\`\`lean
theorem a_very_long_name_that_goes_on_and_on_well_past_the_width_of_any_phone_screen : 1 = 1 := rfl
\`\`\`

\`\`\`lean
example : 2 = 2 := rfl
\`\`\`

[^n]: The note.
`;

const BUNDLED = `${frontmatter('Bundled')}
![A book lying open](./photo.jpg)

<p><img src="./plot.png" alt="A plot, in raw HTML"> and <a href="./data.csv">the data</a></p>

\`\`\`lean
example : 3 = 3 := rfl
\`\`\`

\`\`\`fish
set -x PATH $PATH ~/bin
\`\`\`
`;

let site: RunResult;
const dist = (file: string): string => readFileSync(join(site.dir, 'dist', file), 'utf8');
beforeAll(async () => {
  site = await buildFixtureSite(
    {
      'content/essays/plain.md': PLAIN,
      'content/essays/bundled/index.md': BUNDLED,
      'content/essays/bundled/photo.jpg': readFileSync('content/essays/images/open-book.jpg'),
      'content/essays/bundled/plot.png': readFileSync('content/essays/images/open-book.jpg'),
      'content/essays/bundled/data.csv': 'year,essays\n2026,9\n',
      'content/essays/written-for-lectern.mdx': `${frontmatter('Written for Lectern')}\nSee [the plain one](/essays/plain/).\n`,
    },
    NARRATION_OFF,
  );
  expect(site.code, site.output).toBe(0);
}, 300_000);
afterAll(() => removeFixtureSite(site.dir));

describe('a plain Markdown essay', () => {
  test('is published with its table, raw HTML, footnote in the margin and what <span data-say> says', () => {
    const page = dist('essays/plain/index.html');
    expect(page).toMatch(/<table[^>]*>/);
    expect(page).toMatch(/<summary data-say="p-[0-9a-f]+">More<\/summary>/);
    expect(page).toContain('<span data-spoken-as="eighteen eighty-seven">1887</span>');
    expect(page).not.toContain('data-say="eighteen');
    expect(page).toMatch(/class="margin-note sidenote"/);
    expect(page).toMatch(/<body[^>]*data-margin/);
    expect(page).toContain('<a href="https://bsky.app/profile/old.example.org">Discuss on Bluesky</a>');
  });
  test("is in the feeds under the old feed's id, and the MDX essay under its permalink", () => {
    const rss = dist('rss.xml');
    expect(rss).toContain('<guid isPermaLink="false">tag:old.example.org,2019:/plain.html</guid>');
    expect(rss).toContain('<guid isPermaLink="true">https://lectern.example.org/essays/written-for-lectern/</guid>');
    const ids = (JSON.parse(dist('feed.json')) as { items: Array<{ id: string }> }).items.map((i) => i.id);
    expect(ids).toContain('tag:old.example.org,2019:/plain.html');
  });
  test('answers at its old addresses, with a page and a 301', () => {
    for (const file of ['plain.html', '2019/01/plain/index.html'])
      expect(dist(file)).toContain('<meta http-equiv="refresh" content="0; url=/essays/plain/">');
    expect(dist('_redirects')).toContain('/plain.html /essays/plain/ 301!\n/2019/01/plain/ /essays/plain/ 301!\n');
  });
  test('is no wider than a 375 px phone, with a 1,200 px video and a long line of code', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
      await page.goto(`file://${join(site.dir, 'dist/essays/plain/index.html')}`);
      const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(width[0]).toBeLessThanOrEqual(width[1] ?? 0);
    } finally {
      await browser.close();
    }
  });
});

test('a page bundle is published under its folder name, with the image beside it', () => {
  const page = dist('essays/bundled/index.html');
  expect(page).toMatch(/<img[^>]*alt="A book lying open"[^>]*src="\/_astro\/photo\.[^"]+"/);
});

test("a bundle's files that raw HTML shows or links to are published beside its page, so the link check finds them", () => {
  expect(dist('essays/bundled/index.html')).toContain('src="./plot.png"');
  expect(readFileSync(join(site.dir, 'dist/essays/bundled/plot.png'))).toEqual(
    readFileSync('content/essays/images/open-book.jpg'),
  );
  expect(dist('essays/bundled/data.csv')).toBe('year,essays\n2026,9\n');
});

test('code in a language Prism lacks is plain code, with one warning per language naming its essays', () => {
  const lines = site.output.split('\n');
  expect(lines.filter((line) => line.includes('code in "lean"'))).toEqual([
    expect.stringContaining(
      'code in "lean" is shown as plain code (Prism has no such language): content/essays/bundled/index.md, content/essays/plain.md',
    ),
  ]);
  expect(lines.filter((line) => line.includes('code in "fish"'))).toHaveLength(1);
  expect(site.output).not.toMatch(/Unable to load the language|Language does not exist/);
  expect(dist('essays/plain/index.html')).toContain('class="language-plaintext"');
});

test('an inline style is reported with its file and line, since the CSP blocks it', () => {
  expect(site.output).toContain(
    'content/essays/plain.md:25: <p style="…"> is ignored: the Content-Security-Policy blocks inline styles',
  );
});
