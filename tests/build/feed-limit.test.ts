// Feed readers fetch /rss.xml every few minutes: the essay feeds carry the newest SITE.feeds.items essays, while the
// podcast feeds keep every episode, since directories expect the whole back catalogue.
import { NARRATION_OFF } from '../../src/lib/site/build-flags.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { encodeMp3 } from '../../src/narration/audio/mp3.ts';
import { buildFixtureSite, removeFixtureSite, runInSite, type RunResult } from '../support/fixture-site.ts';

const essay = (slug: string, date: string): [string, string] => [
  `content/essays/${slug}.mdx`,
  `---\ntitle: ${slug}\ndate: ${date}\ncategory: Craft\ndescription: About ${slug}.\naudio: /audio/heard.mp3\n---\n\nThe body of ${slug}.\n`,
];
const tone = await encodeMp3(
  Float32Array.from({ length: 16_000 }, (_, i) => 0.1 * Math.sin(i / 10)),
  16_000,
);
const config = readFileSync(join(import.meta.dirname, '../../src/site.config.ts'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' });

type Guids = Record<string, string[]>;
function guids(dir: string): Guids {
  const read = (file: string): string => readFileSync(join(dir, 'dist', file), 'utf8');
  const rss = (file: string): string[] =>
    parser.parse(read(file)).rss.channel.item.map((item: { guid: { '#text': string } }) => item.guid['#text']);
  return {
    'rss.xml': rss('rss.xml'),
    'category/craft/rss.xml': rss('category/craft/rss.xml'),
    'feed.json': (JSON.parse(read('feed.json')) as { items: Array<{ id: string }> }).items.map((item) => item.id),
    'podcast.xml': rss('podcast.xml'),
    'category/craft/podcast.xml': rss('category/craft/podcast.xml'),
  };
}
const url = (slug: string): string => `https://lectern.example.org/essays/${slug}/`;

let first: RunResult;
let second: RunResult;
let before: Guids;

beforeAll(async () => {
  expect(config).toContain('feeds: { items: 20 }');
  first = await buildFixtureSite(
    {
      'src/site.config.ts': config.replace('feeds: { items: 20 }', 'feeds: { items: 2 }'),
      ...Object.fromEntries([
        essay('march', '2026-03-01'),
        essay('february', '2026-02-01'),
        essay('january', '2026-01-01'),
      ]),
      'public/audio/heard.mp3': tone,
    },
    NARRATION_OFF,
  );
  before = guids(first.dir);
  const [path, text] = essay('april', '2026-04-01');
  writeFileSync(join(first.dir, path), text);
  second = await runInSite(first.dir, 'astro', ['build'], NARRATION_OFF);
}, 240_000);
afterAll(() => removeFixtureSite(first.dir));

test('both builds succeed', () => {
  expect(first.code, first.output).toBe(0);
  expect(second.code, second.output).toBe(0);
});

test('the essay feeds carry the newest feeds.items essays, the podcast feeds every episode', () => {
  const newest = [url('march'), url('february')];
  const all = [...newest, url('january')];
  expect(before).toEqual({
    'rss.xml': newest,
    'category/craft/rss.xml': newest,
    'feed.json': newest,
    'podcast.xml': all,
    'category/craft/podcast.xml': all,
  });
});

test('a new essay pushes the oldest out, and the item kept keeps its guid', () => {
  const after = guids(first.dir);
  for (const feed of ['rss.xml', 'category/craft/rss.xml', 'feed.json']) {
    expect(after[feed]).toEqual([url('april'), url('march')]);
    expect(after[feed]?.[1]).toBe(before[feed]?.[0]);
  }
  expect(after['podcast.xml']).toEqual([url('april'), ...(before['podcast.xml'] ?? [])]);
});

test("the build reports the podcast feeds' sizes and, in one line, what dist/ and the narration weigh", () => {
  expect(second.output).toMatch(/podcast feeds: \/podcast\.xml \d+(\.\d)? (B|KiB), \/category\/craft\/podcast\.xml/);
  expect(second.output).toMatch(
    /dist\/ \d+(\.\d)? (B|KiB|MiB), narration cache \(\.cache\/narration\/\) 0 B, content\/narration\/ 0 B/,
  );
});
