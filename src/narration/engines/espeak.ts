// The second engine: eSpeak NG compiled to JavaScript. Many languages; voice = an espeak voice name such as "en-us".
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Speech } from '../audio/speech.ts';
import type { SpeechEngine } from './speech-engine.ts';

const PACKAGE = '@echogarden/espeak-ng-emscripten';
const FULL_SCALE = 32768;

// The part of the package's Emscripten API that we use (it ships no types).
interface ESpeakWorker {
  set_voice(name: string): number;
  get_samplerate(): number;
  /** Words a minute (175 unless set). */
  get_rate(): number;
  set_rate(wordsPerMinute: number): void;
  /** Calls back once per chunk of 16-bit samples; returning true would abort. */
  synthesize(text: string, onChunk: (samples: Int16Array | undefined) => boolean): void;
}
type ESpeakModule = { default: () => Promise<{ eSpeakNGWorker: new () => ESpeakWorker }> };

const require = createRequire(import.meta.url);
const { version } = require(`${PACKAGE}/package.json`) as { version: string };

let loaded: Promise<ESpeakWorker> | undefined;
function espeakWorker(): Promise<ESpeakWorker> {
  loaded ??= (async () => {
    const module = (await import(pathToFileURL(require.resolve(PACKAGE)).href)) as ESpeakModule;
    const { eSpeakNGWorker } = await module.default();
    return new eSpeakNGWorker();
  })();
  return loaded;
}

function concatenate(chunks: readonly Int16Array[]): Float32Array {
  const samples = new Float32Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) samples[offset + i] = (chunk[i] ?? 0) / FULL_SCALE;
    offset += chunk.length;
  }
  return samples;
}

async function synthesize(text: string, voice: string): Promise<Speech> {
  const worker = await espeakWorker();
  // espeak_SetVoiceByName returns non-zero (EE_NOT_FOUND) for a name it does not know.
  if (worker.set_voice(voice) !== 0) throw new Error(`espeak-ng has no voice "${voice}"`);
  const chunks: Int16Array[] = [];
  worker.synthesize(text, (samples) => {
    if (samples) chunks.push(samples);
    return false;
  });
  return { samples: concatenate(chunks), sampleRate: worker.get_samplerate() };
}

/** espeak at `speed` times its usual rate: a benchmark's stand-in for a person reading faster than the reference. */
export async function synthesizeAtSpeed(text: string, voice: string, speed: number): Promise<Speech> {
  const worker = await espeakWorker();
  const usual = worker.get_rate();
  worker.set_rate(Math.round(usual * speed));
  try {
    return await synthesize(text, voice);
  } finally {
    worker.set_rate(usual);
  }
}

// espeak reads numbers and symbols in each voice's own language; toSpokenText's English words would not fit a French voice.
export const espeak: SpeechEngine = {
  id: 'espeak',
  version,
  defaultVoice: 'en-us',
  readsTextAsWritten: true,
  phonemeNotation: 'espeak',
  synthesize,
};
