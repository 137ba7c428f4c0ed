// Synthesized audio per block, keyed by what was said and how: editing one paragraph re-synthesizes only that block.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Speech } from './engines/engine.ts';
import { NARRATION_CACHE, sha256, type VoiceSettings } from './manifest.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { decodeWav, encodeWav } from './audio/wav.ts';

const blockPath = (spokenText: string, voice: VoiceSettings): string =>
  join(NARRATION_CACHE, 'blocks', `${sha256(JSON.stringify([voice.engine, voice.engineVersion, voice.voice, spokenText]))}.wav`);

export function readCachedBlock(spokenText: string, voice: VoiceSettings): Speech | undefined {
  const path = blockPath(spokenText, voice);
  return existsSync(path) ? decodeWav(readFileSync(path)) : undefined;
}

export function writeCachedBlock(spokenText: string, voice: VoiceSettings, speech: Speech): void {
  writeFileAtomic(blockPath(spokenText, voice), encodeWav(speech));
}
