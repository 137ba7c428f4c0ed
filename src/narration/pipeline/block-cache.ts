// Synthesized audio per block, keyed by what was said and how: editing one paragraph re-synthesizes only that block.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Speech } from '../audio/speech.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { sha256 } from '../../files/sha256.ts';
import { NARRATION_CACHE, type VoiceSettings } from './manifest.ts';
import { decodeWav, encodeWav, WavError } from '../audio/wav.ts';

const BLOCKS = join(NARRATION_CACHE, 'blocks');

const blockPath = (spokenText: string, voice: VoiceSettings): string =>
  join(BLOCKS, `${sha256(JSON.stringify([voice.engine, voice.engineVersion, voice.voice, spokenText]))}.wav`);

/** The cached speech, or undefined when there is none or the file is not whole (a disk filled up, a copy cut short). */
export function readCachedBlock(spokenText: string, voice: VoiceSettings): Speech | undefined {
  const path = blockPath(spokenText, voice);
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  try {
    return decodeWav(bytes, { whole: true });
  } catch (error) {
    if (error instanceof WavError) return undefined;
    throw error;
  }
}

export function writeCachedBlock(spokenText: string, voice: VoiceSettings, speech: Speech): void {
  writeFileAtomic(blockPath(spokenText, voice), encodeWav(speech));
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
  const keep = new Set(spokenTexts.map((text) => basename(blockPath(text, voice))));
  const unused = readdirSync(BLOCKS).filter((name) => !keep.has(name));
  let bytes = 0;
  for (const name of unused) {
    bytes += statSync(join(BLOCKS, name)).size;
    rmSync(join(BLOCKS, name));
  }
  return { files: unused.length, bytes };
}
