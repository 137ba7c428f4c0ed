// Moving in, end to end, as the README tells an author to: a Pelican site's folder (its content, pelicanconf.py and
// output feed) comes in with `npm run import`, the build names what the report asked the author to fix, and once
// fixed the site narrates and builds whole, answering at the old addresses and keeping the old feed's guids.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/essays/frontmatter.ts';
import { servedFile } from '../../src/lib/site/redirects.ts';
import { essayUrl } from '../../src/lib/site/urls.ts';
import { FIXTURES } from '../import/support/run-fixture.ts';
import { createFixtureSite, removeFixtureSite, type RunResult, runInSite } from '../support/fixture-site.ts';

const PELICAN = join(FIXTURES, 'pelican');
const OLD_FEED = join(PELICAN, 'input/output/feeds/all.atom.xml');
const EXISTING = 'content/essays/existing-essay.mdx';
const IMPORTED = ['first-light', 'a-second-note', 'from-a-notebook'];
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => /^(item|entry)$/.test(n),
});

let dir: string;
let imported: RunResult;
let firstBuild: RunResult;
let narrated: RunResult;
let built: RunResult;
let script: RunResult;
const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
const essayFile = (slug: string): string => `content/essays/${slug}/index.md`;
const edit = (file: string, from: string, to: string): void => {
  expect(read(file)).toContain(from);
  writeFileSync(join(dir, file), read(file).replace(from, to));
};

beforeAll(async () => {
  dir = createFixtureSite({ [EXISTING]: readFileSync(join(PELICAN, 'site', EXISTING)) });
  imported = await runInSite(dir, 'node', ['scripts/import.ts', join(PELICAN, 'input')]);
  firstBuild = await runInSite(dir, 'node', ['scripts/narrate.ts']);
  // What the report asks of the author: an image the old archive lacked, a link to a page that did not come in, and
  // a photo from another site.
  edit('content/essays/written-at-the-root.md', ' ![Image to describe: missing.png](images/missing.png)', '');
  edit(essayFile('a-second-note'), '[a page](/pages/about.html)', 'a page');
  edit(
    essayFile('a-second-note'),
    'And a photo from another site: ![A lamp in a shop](https://photos.example.net/lamp.jpg)\n',
    '',
  );
  narrated = await runInSite(dir, 'node', ['scripts/narrate.ts']);
  built = await runInSite(dir, 'astro', ['build']);
  script = await runInSite(dir, 'node', ['scripts/narrate.ts', '--script', 'a-second-note']);
}, 600_000);
afterAll(() => removeFixtureSite(dir));

test('the import reports what it could not keep, and the first narration names it, file and line', () => {
  expect(imported.code, imported.output).toBe(0);
  expect(read('import-report.md')).toContain('image images/missing.png not found in the archive');
  expect(read('import-report.md')).toContain('link to /pages/about.html kept: it is no imported post');
  expect(read('import-report.md')).toContain('https://photos.example.net/lamp.jpg is on another site');
  expect(firstBuild.code).not.toBe(0);
  expect(firstBuild.output).toContain(
    'content/essays/a-second-note/index.md:14: the link to /pages/about.html leads nowhere',
  );
  // Every problem of the built pages in one run, not one per build.
  expect(firstBuild.output).toContain(
    'content/essays/a-second-note/index.md:20: the image https://photos.example.net/lamp.jpg is never shown',
  );
  expect(firstBuild.output).not.toContain('Stack trace:');
});

describe('once fixed, the archive narrates and builds whole', () => {
  test('every imported essay is published with its narration; the draft is not', () => {
    expect(narrated.code, narrated.output).toBe(0);
    expect(built.code, built.output).toBe(0);
    for (const slug of IMPORTED) {
      expect(read(`dist/${servedFile(essayUrl(slug))}`)).toContain('Press play to hear');
      expect(readFileSync(join(dir, `content/narration/${slug}.mp3`)).length).toBeGreaterThan(10_000);
    }
    expect(readdirSync(join(dir, 'dist/essays'))).not.toContain('written-at-the-root');
  });

  test("one essay's script, from a pre-pass of that essay alone, though it links to others", () => {
    expect(script.code, script.output).toBe(0);
    expect(script.output).toContain('This note has no summary.');
  });

  test('each old address answers with a page and a 301 to the new one', () => {
    const redirects = read('dist/_redirects');
    for (const slug of IMPORTED) {
      const { aliases = [] } = readFrontmatter(read(essayFile(slug)), essayFile(slug)) as { aliases?: string[] };
      for (const alias of aliases) {
        expect(read(`dist/${servedFile(alias)}`)).toContain(`url=${essayUrl(slug)}"`);
        expect(redirects).toContain(`${alias} ${essayUrl(slug)} 301!`);
      }
    }
    expect(redirects).toContain(`/posts/2019/first-light.html ${essayUrl('first-light')} 301!`);
  });

  test("no essay the old feed carried has a new guid: the new feed uses the old feed's ids", () => {
    const old = xml.parse(readFileSync(OLD_FEED, 'utf8')).feed.entry as Array<{ id: string; title: string }>;
    const items = xml.parse(read('dist/rss.xml')).rss.channel.item as Array<{
      title: string;
      guid: { '#text': string };
    }>;
    const guidOf = new Map(items.map((item) => [item.title, item.guid['#text']]));
    expect(old.length).toBe(2);
    for (const entry of old) expect(guidOf.get(entry.title)).toBe(entry.id);
  });
});
