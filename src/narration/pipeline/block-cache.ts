// Synthesized audio per block, keyed by what was said and how: editing one paragraph re-synthesizes only that block.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Speech } from '../audio/speech.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { sha256 } from '../../files/sha256.ts';
import { NARRATION_CACHE, type VoiceSettings } from './manifest.ts';
import { decodeWav, encodeWav, WavError } from '../audio/wav.ts';

const blockPath = (spokenText: string, voice: VoiceSettings): string =>
  join(
    NARRATION_CACHE,
    'blocks',
    `${sha256(JSON.stringify([voice.engine, voice.engineVersion, voice.voice, spokenText]))}.wav`,
  );

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
