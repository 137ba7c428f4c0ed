// Every sample essay is narrated, and the page and the audio agree block for block.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import webvtt from 'webvtt-parser';
import { cueParts } from '../../src/lib/essay-body/cue-ids.ts';

const { WebVTTParser } = webvtt; // a CommonJS module: Node gives it one default export

const ESSAYS = readdirSync(join(import.meta.dirname, '../../content/essays'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

for (const slug of ESSAYS) {
  test(`${slug}: the ids on the page equal the block ids of its narration's cues, in order`, async ({
    page,
    request,
  }) => {
    await page.goto(`/essays/${slug}/`);
    const pageIds = await page
      .locator('[data-essay-body] [data-say]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-say')))
      // A run of code blocks is one cue, announced once; each block of the run carries its id, for read-along.
      .then((ids) => ids.filter((id, i) => id !== ids[i - 1]));
    const vtt = await request.get(`/narration/${slug}.vtt`);
    expect(vtt.ok()).toBe(true);
    const cues = new WebVTTParser().parse(await vtt.text(), 'metadata');
    expect(cues.errors).toEqual([]);
    // One cue per sentence, named by its block and its sentence: the blocks, in order, are the page's.
    const blocks = cues.cues.map((c) => cueParts(c.id).block).filter((id, i, ids) => id !== ids[i - 1]);
    expect(blocks).toEqual(pageIds);
    expect(cues.cues.every((c) => cueParts(c.id).sentence?.startsWith('s-'))).toBe(true);

    const manifest = await (await request.get(`/narration/${slug}.json`)).json();
    const mp3 = await request.get(`/narration/${slug}.mp3`);
    expect(mp3.headers()['content-type']).toBe('audio/mpeg');
    expect((await mp3.body()).byteLength).toBe(manifest.bytes);
    expect(cues.cues.at(-1)?.endTime).toBeLessThanOrEqual(manifest.durationSeconds + 0.001);
  });
}

test('Chromium decodes a narration to the duration its manifest states', async ({ page, request }) => {
  const manifest = await (await request.get('/narration/attention-has-a-tempo.json')).json();
  await page.goto('/essays/attention-has-a-tempo/');
  const seconds = await page.evaluate(async () => {
    const bytes = await (await fetch('/narration/attention-has-a-tempo.mp3')).arrayBuffer();
    return (await new OfflineAudioContext(1, 1, 16_000).decodeAudioData(bytes)).duration;
  });
  expect(Math.abs(seconds - manifest.durationSeconds)).toBeLessThan(0.002);
});
