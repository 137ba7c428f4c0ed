// The per-block cache holds real flite speech on disk; a file cut short or with a broken header must be made again.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { pruneBlockCache, readCachedBlock, writeCachedBlock } from '../../../src/narration/pipeline/block-cache.ts';
import { espeak } from '../../../src/narration/engines/espeak.ts';
import { flite } from '../../../src/narration/engines/flite.ts';
import type { Speech } from '../../../src/narration/audio/speech.ts';
import { essayNarrationPath, NARRATION_CACHE } from '../../../src/narration/pipeline/manifest.ts';
import { narrateEssay, type NarrationProgress } from '../../../src/narration/pipeline/narrate-essay.ts';

const TEXT = 'A sentence worth keeping.';
const voice = { engine: flite.id, engineVersion: flite.version, voice: 'rms', options: {}, readsTextAsWritten: false };

const espeakVoice = { engine: espeak.id, engineVersion: espeak.version, voice: 'en-us' };

let site: string;
let speech: Speech;
let worded: Speech;
const cwd = process.cwd();
// The cache sits under .cache/narration in the working directory: a throwaway one here.
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'lectern-block-cache-'));
  process.chdir(site);
  speech = await flite.synthesize(TEXT, voice.voice);
  worded = await espeak.synthesize(TEXT, espeakVoice.voice);
});

const frameFiles = (): string[] =>
  readdirSync(join(NARRATION_CACHE, 'frames')).map((name) => join(NARRATION_CACHE, 'frames', name));
const blockFiles = (): string[] => readdirSync(join(NARRATION_CACHE, 'blocks')).sort();
afterAll(() => {
  process.chdir(cwd);
  rmSync(site, { recursive: true, force: true });
});
beforeEach(() => rmSync(NARRATION_CACHE, { recursive: true, force: true }));

/** The one block file in the cache. */
function cachedFile(): string {
  const [file, ...others] = blockFiles();
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

  test("keeps an engine's words beside its WAV and reads them back; an entry without them has none", () => {
    expect(worded.words?.length).toBe(4);
    writeCachedBlock(TEXT, espeakVoice, worded);
    writeCachedBlock(TEXT, voice, speech);
    expect(blockFiles().filter((name) => name.endsWith('.words.json'))).toHaveLength(1);
    expect(readCachedBlock(TEXT, espeakVoice)?.words).toEqual(worded.words);
    expect(readCachedBlock(TEXT, voice)?.words).toBeUndefined();
    // The same entry written again without words (say, by a newer engine build that gives none) loses the old ones.
    writeCachedBlock(TEXT, espeakVoice, { samples: worded.samples, sampleRate: worded.sampleRate });
    expect(readCachedBlock(TEXT, espeakVoice)?.words).toBeUndefined();
    expect(blockFiles().filter((name) => name.endsWith('.words.json'))).toEqual([]);
  });

  test('treats an entry whose words file is not whole as missing, so it is made again', () => {
    writeCachedBlock(TEXT, espeakVoice, worded);
    const words = join(NARRATION_CACHE, 'blocks', blockFiles().find((name) => name.endsWith('.words.json')) ?? '');
    truncateSync(words, 10);
    expect(readCachedBlock(TEXT, espeakVoice)).toBeUndefined();
    writeFileSync(words, '[[0, 1]]');
    expect(readCachedBlock(TEXT, espeakVoice)).toBeUndefined();
  });

  test('prunes both files of an entry no essay says any more, and keeps both of one still said', () => {
    writeCachedBlock(TEXT, espeakVoice, worded);
    writeCachedBlock('Another sentence, no longer said.', espeakVoice, worded);
    expect(blockFiles()).toHaveLength(4);
    expect(pruneBlockCache([TEXT], espeakVoice).files).toBe(2);
    expect(blockFiles()).toHaveLength(2);
    expect(readCachedBlock(TEXT, espeakVoice)?.words).toEqual(worded.words);
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

  test("keeps each block's MP3 frames: after an edit only that block is encoded, and the MP3 is a cold run's", async () => {
    const texts = ['The first paragraph stays.', 'The second one is edited.', 'The third one stays too.'];
    const blocksOf = (list: readonly string[]) =>
      list.map((text, i) => ({ id: `p-${i + 1}`, kind: 'paragraph' as const, text }));
    await narrateEssay({ slug: 'kept', blocks: blocksOf(texts), inputs: 'test' }, voice);
    expect(frameFiles()).toHaveLength(3);
    const edited = blocksOf([texts[0] ?? '', 'The second one, now edited.', texts[2] ?? '']);
    await narrateEssay({ slug: 'kept', blocks: edited, inputs: 'test' }, voice);
    // One new block of frames beside the three; the two unchanged blocks were not encoded again.
    expect(frameFiles()).toHaveLength(4);
    const incremental = readFileSync(essayNarrationPath('kept', 'mp3'));

    rmSync(NARRATION_CACHE, { recursive: true, force: true });
    await narrateEssay({ slug: 'kept', blocks: edited, inputs: 'test' }, voice);
    expect(readFileSync(essayNarrationPath('kept', 'mp3'))).toEqual(incremental);

    // A cut-short file of frames is encoded again, not joined.
    for (const file of frameFiles()) truncateSync(file, 100);
    await narrateEssay({ slug: 'kept', blocks: edited, inputs: 'test' }, voice);
    expect(readFileSync(essayNarrationPath('kept', 'mp3'))).toEqual(incremental);
  });
});
