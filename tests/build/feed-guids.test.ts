// Podcast apps and readers know an episode by its guid: editing an essay and building again must keep every guid,
// or each subscriber would get the edited essay a second time.
import { NARRATION_OFF } from '../../src/lib/site/build-flags.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { encodeMp3 } from '../../src/narration/audio/mp3.ts';
import { buildFixtureSite, removeFixtureSite, runInSite, type RunResult } from '../support/fixture-site.ts';

const essay = (title: string, extra = ''): string =>
  `---\ntitle: ${title}\ndate: 2026-01-10\ncategory: Craft\ndescription: About ${title}.\naudio: /audio/heard.mp3\n${extra}---\n\nThe body of ${title}.\n`;
const tone = await encodeMp3(
  Float32Array.from({ length: 16_000 }, (_, i) => 0.1 * Math.sin(i / 10)),
  16_000,
);
const FEEDS = ['rss.xml', 'podcast.xml', 'category/craft/rss.xml', 'category/craft/podcast.xml'];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' });

interface Identity {
  titles: string[];
  guids: Record<string, string[]>;
  podcastGuids: string[];
}

function identity(dir: string): Identity {
  const read = (file: string): string => readFileSync(join(dir, 'dist', file), 'utf8');
  const channels = Object.fromEntries(FEEDS.map((file) => [file, parser.parse(read(file)).rss.channel]));
  const json = JSON.parse(read('feed.json')) as { items: Array<{ id: string }> };
  return {
    titles: channels['rss.xml'].item.map((item: { title: string }) => item.title),
    guids: {
      ...Object.fromEntries(
        FEEDS.map((file) => [
          file,
          channels[file].item.map((item: { guid: { '#text': string } }) => item.guid['#text']),
        ]),
      ),
      'feed.json': json.items.map((i) => i.id),
    },
    podcastGuids: FEEDS.filter((file) => file.endsWith('podcast.xml')).map((file) => channels[file]['podcast:guid']),
  };
}

let first: RunResult;
let second: RunResult;
let before: Identity;

beforeAll(async () => {
  first = await buildFixtureSite(
    {
      'content/essays/heard.mdx': essay('Heard'),
      'content/essays/another.mdx': essay('Another').replace('2026-01-10', '2026-01-05'),
      'public/audio/heard.mp3': tone,
    },
    NARRATION_OFF,
  );
  before = identity(first.dir);
  writeFileSync(
    join(first.dir, 'content/essays/heard.mdx'),
    essay('Heard, Revised', 'updated: 2026-02-01\ntags: [sound]\n').replace('The body', 'A new body'),
  );
  second = await runInSite(first.dir, 'astro', ['build'], NARRATION_OFF);
}, 240_000);
afterAll(() => removeFixtureSite(first.dir));

test('both builds succeed, and the second shows the edit', () => {
  expect(first.code, first.output).toBe(0);
  expect(second.code, second.output).toBe(0);
  expect(identity(first.dir).titles).toEqual(['Heard, Revised', 'Another']);
});

test('every feed keeps every item guid across an edit and a rebuild', () => {
  expect(before.guids['podcast.xml']).toEqual([
    'https://lectern.example.org/essays/heard/',
    'https://lectern.example.org/essays/another/',
  ]);
  expect(identity(first.dir).guids).toEqual(before.guids);
});

test('each podcast feed keeps its podcast:guid', () => {
  expect(identity(first.dir).podcastGuids).toEqual(before.podcastGuids);
});
