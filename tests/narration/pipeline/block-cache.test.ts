// The per-block cache holds real flite speech on disk; a file cut short or with a broken header must be made again.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { readCachedBlock, writeCachedBlock } from '../../../src/narration/pipeline/block-cache.ts';
import { flite } from '../../../src/narration/engines/flite.ts';
import type { Speech } from '../../../src/narration/audio/speech.ts';
import { NARRATION_CACHE } from '../../../src/narration/pipeline/manifest.ts';
import { narrateEssay, type NarrationProgress } from '../../../src/narration/pipeline/narrate-essay.ts';

const TEXT = 'A sentence worth keeping.';
const voice = { engine: flite.id, engineVersion: flite.version, voice: 'rms', options: {}, readsTextAsWritten: false };

let site: string;
let speech: Speech;
const cwd = process.cwd();
// The cache sits under .cache/narration in the working directory: a throwaway one here.
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'lectern-block-cache-'));
  process.chdir(site);
  speech = await flite.synthesize(TEXT, voice.voice);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(site, { recursive: true, force: true });
});
beforeEach(() => rmSync(NARRATION_CACHE, { recursive: true, force: true }));

/** The one block file in the cache. */
function cachedFile(): string {
  const [file, ...others] = readdirSync(join(NARRATION_CACHE, 'blocks'));
  expect(others).toEqual([]);
  return join(NARRATION_CACHE, 'blocks', file ?? '');
}

function corruptHeader(offset: number, bytes: readonly number[]): void {
  const wav = readFileSync(cachedFile());
  wav.set(bytes, offset);
  writeFileSync(cachedFile(), wav);
}

describe('block cache', () => {
  test('reads back the speech it wrote, to 16-bit precision', () => {
    writeCachedBlock(TEXT, voice, speech);
    const cached = readCachedBlock(TEXT, voice);
    expect(cached?.sampleRate).toBe(speech.sampleRate);
    expect(cached?.samples).toHaveLength(speech.samples.length);
    for (const [i, x] of (cached?.samples ?? []).entries()) {
      expect(Math.abs(x - (speech.samples[i] ?? 0))).toBeLessThan(1 / 16384);
    }
  });

  test('misses when the text, the voice or the engine version changes', () => {
    writeCachedBlock(TEXT, voice, speech);
    expect(readCachedBlock(`${TEXT} `, voice)).toBeUndefined();
    expect(readCachedBlock(TEXT, { ...voice, voice: 'slt' })).toBeUndefined();
    expect(readCachedBlock(TEXT, { ...voice, engineVersion: `${voice.engineVersion}-next` })).toBeUndefined();
  });

  test('treats a file cut short as missing, rather than speaking the part that is left', () => {
    writeCachedBlock(TEXT, voice, speech);
    truncateSync(cachedFile(), Math.floor(statSync(cachedFile()).size / 2));
    expect(readCachedBlock(TEXT, voice)).toBeUndefined();
  });

  test.each([
    ['a RIFF tag overwritten', 0, [0x4a, 0x55, 0x4e, 0x4b]],
    ['a format field saying float', 20, [3, 0]],
    ['a sample rate of zero', 24, [0, 0, 0, 0]],
    ['a RIFF size larger than the file', 4, [0xff, 0xff, 0xff, 0x7f]],
  ])('treats a file with a corrupt header (%s) as missing', (_name, offset, bytes) => {
    writeCachedBlock(TEXT, voice, speech);
    corruptHeader(offset, bytes);
    expect(readCachedBlock(TEXT, voice)).toBeUndefined();
  });

  test('narrating again synthesizes a truncated block anew and repairs the cache', async () => {
    const blocks = [{ id: 'p-1', kind: 'paragraph' as const, text: TEXT }];
    await narrateEssay({ slug: 'kept', blocks, inputs: 'test' }, voice);
    const whole = readFileSync(cachedFile());
    truncateSync(cachedFile(), whole.length - 101);

    const progress: NarrationProgress[] = [];
    await narrateEssay({ slug: 'kept', blocks, inputs: 'test' }, voice, (p) => progress.push(p));
    expect(progress[0]).toEqual({ synthesized: 0, toSynthesize: 1, cached: 0 });
    expect(readFileSync(cachedFile())).toEqual(whole);
  });
});
