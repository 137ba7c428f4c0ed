// Synthesized audio per sentence, keyed by what was said and how: editing one paragraph re-synthesizes only it.
// An engine's word timings, where it gives them, are kept beside the WAV as <hash>.words.json. Each block's MP3
// frames are kept too, named by its samples, so that the edit re-encodes only that block.
import { createHash } from 'node:crypto';
import { jsLibraryVersion } from 'wasm-media-encoders';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Speech, SpokenWord } from '../audio/speech.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { sha256 } from '../../files/sha256.ts';
import { NARRATION_CACHE, type VoiceSettings } from './manifest.ts';
import { decodeWav, encodeWav, WavError } from '../audio/wav.ts';
import { lameFrames } from '../audio/frame-slots.ts';
import { scanFrames } from '../audio/mp3-frames.ts';
import { mp3Kbps } from '../audio/mp3-lame.ts';

const BLOCKS = join(NARRATION_CACHE, 'blocks');
const FRAMES = join(NARRATION_CACHE, 'frames');

const WAV = '.wav';
const WORDS = '.words.json';

const blockPath = (spokenText: string, voice: VoiceSettings, suffix = WAV): string =>
  join(BLOCKS, `${sha256(JSON.stringify([voice.engine, voice.engineVersion, voice.voice, spokenText]))}${suffix}`);

// [start, end, text] per word: the cache is read often and never by people.
type WordRow = [number, number, string];
const isWordRow = (row: unknown): row is WordRow =>
  Array.isArray(row) &&
  row.length === 3 &&
  typeof row[0] === 'number' &&
  typeof row[1] === 'number' &&
  typeof row[2] === 'string';

/** The words file's words; null when it is not one (then the entry is made again), undefined when there is none. */
function readWords(path: string): readonly SpokenWord[] | undefined | null {
  if (!existsSync(path)) return undefined;
  try {
    const rows: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(rows) || !rows.every(isWordRow)) return null;
    return rows.map(([start, end, text]) => ({ start, end, text }));
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/**
 * The cached speech, or undefined when there is none or a file is not whole (a disk filled up, a copy cut short).
 * An entry with no words file has no words: made by an engine that gives none, or before words were kept.
 */
export function readCachedBlock(spokenText: string, voice: VoiceSettings): Speech | undefined {
  const path = blockPath(spokenText, voice);
  if (!existsSync(path)) return undefined;
  const words = readWords(blockPath(spokenText, voice, WORDS));
  if (words === null) return undefined;
  const bytes = readFileSync(path);
  try {
    const speech = decodeWav(bytes, { whole: true });
    return words ? { ...speech, words } : speech;
  } catch (error) {
    if (error instanceof WavError) return undefined;
    throw error;
  }
}

// The words go first: the WAV is what says an entry exists, so a run killed in between leaves no WAV without words.
export function writeCachedBlock(spokenText: string, voice: VoiceSettings, speech: Speech): void {
  const words = blockPath(spokenText, voice, WORDS);
  if (speech.words) {
    const rows = speech.words.map(({ start, end, text }): WordRow => [start, end, text]);
    writeFileAtomic(words, JSON.stringify(rows));
  } else rmSync(words, { force: true });
  writeFileAtomic(blockPath(spokenText, voice), encodeWav(speech));
}

/**
 * The name of a placed block's MP3 frames (audio/assemble.ts placeBlock): its samples themselves, with the rate,
 * bitrate and encoder, so that anything that changes them (an edit, a pause, the loudness, the voice) encodes the
 * block again, and nothing else does.
 */
export function framesKey(samples: Float32Array, sampleRate: number): string {
  return createHash('sha256')
    .update(JSON.stringify([jsLibraryVersion(), sampleRate, mp3Kbps(sampleRate)]))
    .update(new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength))
    .digest('hex');
}

const framesPath = (key: string): string => join(FRAMES, `${key}.mp3`);

/** The frames kept for `key`, or undefined when there are none or they are not whole (not the frames LAME writes). */
export function readCachedFrames(key: string, samples: number, sampleRate: number): Uint8Array | undefined {
  const path = framesPath(key);
  if (!existsSync(path)) return undefined;
  const frames = new Uint8Array(readFileSync(path));
  try {
    return scanFrames(frames, sampleRate).length === lameFrames(samples, sampleRate) ? frames : undefined;
  } catch {
    return undefined;
  }
}

export function writeCachedFrames(key: string, frames: Uint8Array): void {
  writeFileAtomic(framesPath(key), frames);
}

/**
 * Removes every cached block but those of `spokenTexts` in `voice` (what the current essays say): the cache only
 * grows otherwise, by each edit's old paragraphs and each former voice (1.7 GB on a 57-essay archive).
 */
export function pruneBlockCache(
  spokenTexts: readonly string[],
  voice: VoiceSettings,
): { files: number; bytes: number } {
  if (!existsSync(BLOCKS)) return { files: 0, bytes: 0 };
  const keep = new Set(
    spokenTexts.flatMap((text) => [basename(blockPath(text, voice)), basename(blockPath(text, voice, WORDS))]),
  );
  const unused = readdirSync(BLOCKS).filter((name) => !keep.has(name));
  let bytes = 0;
  for (const name of unused) {
    bytes += statSync(join(BLOCKS, name)).size;
    rmSync(join(BLOCKS, name));
  }
  return { files: unused.length, bytes };
}

/** Removes every block's frames but those named in `keep` (cachedFrameKeys in narrate-essay.ts, over current essays). */
export function pruneFrameCache(keep: ReadonlySet<string>): { files: number; bytes: number } {
  if (!existsSync(FRAMES)) return { files: 0, bytes: 0 };
  const unused = readdirSync(FRAMES).filter((name) => !keep.has(basename(name, '.mp3')));
  let bytes = 0;
  for (const name of unused) {
    bytes += statSync(join(FRAMES, name)).size;
    rmSync(join(FRAMES, name));
  }
  return { files: unused.length, bytes };
}
