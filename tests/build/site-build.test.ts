// What a production build publishes: drafts and future essays held back, recorded audio preferred and measured.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { encodeMp3 } from '../../src/narration/audio/mp3.ts';
import { buildFixtureSite, removeFixtureSite, type RunResult } from '../support/fixture-site.ts';

const essay = (title: string, date: string, extra = ''): string =>
  `---\ntitle: ${title}\ndate: ${date}\ncategory: Craft\ndescription: About ${title}.\n${extra}---\n\nThe body of ${title}.\n`;

/** A real 3.5-second MP3: a quiet 220 Hz tone, encoded by the site's own encoder. */
function toneMp3(seconds: number): Promise<Uint8Array> {
  const rate = 16_000;
  const samples = Float32Array.from(
    { length: seconds * rate },
    (_, i) => 0.2 * Math.sin((2 * Math.PI * 220 * i) / rate),
  );
  return encodeMp3(samples, rate);
}

// One site carries both cases: drafts and future essays are left out whatever the narration, and the recorded essay
// is the published one the lists and feeds must show.
let site: RunResult;
beforeAll(async () => {
  site = await buildFixtureSite({
    'content/essays/recorded.mdx': essay('Recorded', '2026-02-01', 'audio: /audio/recorded.mp3\nnarrator: Ada\n'),
    'public/audio/recorded.mp3': await toneMp3(95),
    'content/essays/unfinished.mdx': essay('Unfinished', '2026-01-11', 'draft: true\n'),
    'content/essays/next-century.mdx': essay('Next Century', '2126-01-01'),
  });
  expect(site.code, site.output).toBe(0);
}, 300_000);
afterAll(() => removeFixtureSite(site.dir));

test('drafts and essays dated in the future are left out of pages and feeds', () => {
  const dist = join(site.dir, 'dist');
  expect(existsSync(join(dist, 'essays/recorded/index.html'))).toBe(true);
  expect(existsSync(join(dist, 'essays/unfinished/index.html'))).toBe(false);
  expect(existsSync(join(dist, 'essays/next-century/index.html'))).toBe(false);
  const everything = ['index.html', 'rss.xml', 'podcast.xml', 'archive/index.html']
    .map((f) => readFileSync(join(dist, f), 'utf8'))
    .join('');
  expect(everything).toContain('Recorded');
  expect(everything).not.toContain('Unfinished');
  expect(everything).not.toContain('Next Century');
});

test('a recorded narration is published with the duration read from the file, and no generated one', () => {
  const page = readFileSync(join(site.dir, 'dist/essays/recorded/index.html'), 'utf8');
  expect(page).toContain('Press play to hear Ada read this essay');
  expect(page).toMatch(/<audio[^>]*preload="none"/);
  expect(page).toContain('/audio/recorded.mp3');
  expect(page).toContain('1:35');
  expect(page).not.toContain('/narration/recorded.mp3');
  expect(existsSync(join(site.dir, '.cache/narration'))).toBe(false);
  const podcast = readFileSync(join(site.dir, 'dist/podcast.xml'), 'utf8');
  expect(podcast).toContain('<enclosure url="https://lectern.example.org/audio/recorded.mp3"');
});
