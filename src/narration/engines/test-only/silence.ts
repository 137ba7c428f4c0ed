// For benchmarks and tests: "speech" that costs nothing to make, as long as the words would take to say.
import type { Speech } from '../../audio/speech.ts';
import type { SpeechEngine } from '../speech-engine.ts';

export const SILENCE_WORDS_PER_MINUTE = 150;
export const SILENCE_SAMPLE_RATE = 16_000;
// A constant level, not zeros: assembly trims inaudible samples from each block, and true zeros would leave nothing.
// A steady offset is as inaudible as silence (1/1024 of full scale) and survives the 16-bit block cache.
const LEVEL = 1 / 1024;

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The duration of `text` at 150 words a minute, one word at least, so that every block is heard to exist. */
const silenceSeconds = (text: string): number => (Math.max(1, wordCount(text)) * 60) / SILENCE_WORDS_PER_MINUTE;

async function synthesize(text: string): Promise<Speech> {
  const samples = new Float32Array(Math.round(silenceSeconds(text) * SILENCE_SAMPLE_RATE)).fill(LEVEL);
  return { samples, sampleRate: SILENCE_SAMPLE_RATE };
}

export const silence: SpeechEngine = {
  id: 'silence',
  version: '1',
  defaultVoice: 'none',
  readsTextAsWritten: true,
  synthesize,
};
