// Narration end to end, on a throwaway site: the real speech engine, the real MP3 encoder, the real build.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebVTTParser } from 'webvtt-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { decodeMp3 } from '../support/decode-mp3.ts';
import { createFixtureSite, removeFixtureSite, runInSite, startInSite } from '../support/fixture-site.ts';

const ESSAY = `---
title: A Short Essay
date: 2026-03-18
category: Listening
description: A short essay for the narration tests.
---

## Why listen

Listening to an essay is a different act from reading it. In 2026, 42% of us did so.[^a]

- The ear forgives.
- The eye skims.

> A quotation, read in the middle.

The last paragraph ends here.

[^a]: A footnote, read at the end.
`;

const sites: string[] = [];
afterAll(() => sites.forEach(removeFixtureSite));

/** Seconds of audio a real decoder (honouring the LAME tag, as Chromium does) gets from the file. */
async function decodedSeconds(mp3: Uint8Array): Promise<number> {
  const { samples, sampleRate } = await decodeMp3(mp3);
  return samples.length / sampleRate;
}

const pageIds = (dir: string, slug: string): string[] =>
  [...readFileSync(join(dir, 'dist/essays', slug, 'index.html'), 'utf8').matchAll(/data-say="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('narrating an essay', () => {
  const dir = createFixtureSite({ 'content/essays/short.mdx': ESSAY });
  sites.push(dir);

  test('narrate then build publishes an MP3, WebVTT cues named by the page ids, and a manifest', async () => {
    const narrate = await runInSite(dir, 'node', ['scripts/narrate.ts']);
    expect(narrate.code, narrate.output).toBe(0);
    expect(narrate.output).toMatch(/\[1\/1\] short: \d+\/\d+ blocks synthesized/);
    const build = await runInSite(dir, 'astro', ['build']);
    expect(build.code, build.output).toBe(0);

    const mp3 = readFileSync(join(dir, 'dist/narration/short.mp3'));
    const manifest = JSON.parse(readFileSync(join(dir, 'dist/narration/short.json'), 'utf8'));
    const vtt = new WebVTTParser().parse(readFileSync(join(dir, 'dist/narration/short.vtt'), 'utf8'), 'metadata');

    expect(vtt.errors).toEqual([]);
    expect(vtt.cues.map((c) => c.id)).toEqual(pageIds(dir, 'short'));
    expect(vtt.cues.map((c) => c.id)).toEqual(manifest.cues.map((c: { id: string }) => c.id));
    expect(vtt.cues.at(-1)?.text).toBe('Footnote 1. A footnote, read at the end.');

    // A real decoder plays exactly the duration the manifest (and so the player) states.
    expect(Math.abs((await decodedSeconds(mp3)) - manifest.durationSeconds)).toBeLessThan(0.001);
    expect(manifest.bytes).toBe(mp3.byteLength);
    expect(vtt.cues.at(-1)?.endTime).toBeLessThanOrEqual(manifest.durationSeconds + 0.001);
    for (const [i, cue] of vtt.cues.entries()) {
      expect(cue.endTime).toBeGreaterThan(cue.startTime);
      if (i > 0) expect(cue.startTime).toBeGreaterThanOrEqual(vtt.cues[i - 1]?.endTime ?? 0);
    }

    const page = readFileSync(join(dir, 'dist/essays/short/index.html'), 'utf8');
    expect(page).toContain('Press play to hear Loki read this essay');
    expect(page).toContain('/narration/short.mp3');
  });

  test('a second run finds the narration up to date and changes nothing', async () => {
    const before = readFileSync(join(dir, '.cache/narration/essays/short.mp3'));
    const rerun = await runInSite(dir, 'node', ['scripts/narrate.ts']);
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.output).toContain('1 of 1 narrations up to date; 0 to make');
    expect(readFileSync(join(dir, '.cache/narration/essays/short.mp3')).equals(before)).toBe(true);
  });

  test('a narration whose spoken text differs (the normalisation changed) is made again, though the page is the same', async () => {
    const path = join(dir, '.cache/narration/essays/short.json');
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), speechKey: 'spoken by an older normaliser' }));
    const rerun = await runInSite(dir, 'node', ['scripts/narrate.ts']);
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.output).toContain('0 of 1 narrations up to date; 1 to make');
  });

  test('editing one paragraph re-synthesizes that block only', async () => {
    const path = join(dir, 'content/essays/short.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('The last paragraph ends here.', 'The last paragraph now ends differently.'));
    const rerun = await runInSite(dir, 'node', ['scripts/narrate.ts']);
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.output).toMatch(/short: 1\/1 blocks synthesized, \d+ cached/);
    const build = await runInSite(dir, 'astro', ['build']);
    expect(build.code, build.output).toBe(0);
    const vtt = readFileSync(join(dir, 'dist/narration/short.vtt'), 'utf8');
    expect(vtt).toContain('The last paragraph now ends differently.');
  });

  test('a stale narration fails the build instead of being served', async () => {
    const path = join(dir, 'content/essays/short.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('The ear forgives.', 'The ear forgives much.'));
    const build = await runInSite(dir, 'astro', ['build']);
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain('content/essays/short.mdx: the generated narration is missing or no longer matches the essay; run "npm run narrate short"');
  });
});

test('a narration run killed part-way leaves no partial file where the site reads, and the next run completes', async () => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph number ${i + 1} of a longer essay, long enough to take a while to say aloud.`).join('\n\n');
  const dir = createFixtureSite({ 'content/essays/long.mdx': `---\ntitle: Long\ndate: 2026-01-05\ncategory: Craft\ndescription: Long.\n---\n\n${paragraphs}\n` });
  sites.push(dir);
  const child = startInSite(dir, 'node', ['scripts/narrate.ts']);
  const blocks = join(dir, '.cache/narration/blocks');
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // Kill once some blocks are cached but the essay is not finished.
  for (let waited = 0; !(existsSync(blocks) && readdirSync(blocks).filter((f) => f.endsWith('.wav')).length >= 3); waited += 50) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error('narrate finished or stalled before it could be interrupted');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  const essays = join(dir, '.cache/narration/essays');
  expect(existsSync(join(essays, 'long.json')), 'no manifest for an unfinished narration').toBe(false);
  expect(existsSync(join(essays, 'long.mp3')), 'no MP3 for an unfinished narration').toBe(false);

  const rerun = await runInSite(dir, 'node', ['scripts/narrate.ts']);
  expect(rerun.code, rerun.output).toBe(0);
  expect(rerun.output).toMatch(/long: \d+\/\d+ blocks synthesized, [1-9]\d* cached/);
  const manifest = JSON.parse(readFileSync(join(essays, 'long.json'), 'utf8'));
  expect(Math.abs((await decodedSeconds(readFileSync(join(essays, 'long.mp3')))) - manifest.durationSeconds)).toBeLessThan(0.001);
  expect(new WebVTTParser().parse(readFileSync(join(essays, 'long.vtt'), 'utf8'), 'metadata').cues).toHaveLength(40);
  const leftovers = readdirSync(join(dir, '.cache/narration'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.partial'));
  expect(leftovers).toEqual([]);
});
