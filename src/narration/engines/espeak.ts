// The second engine: eSpeak NG compiled to JavaScript. Many languages; voice = an espeak voice name such as "en-us".
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Speech, SpokenWord } from '../audio/speech.ts';
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
  /** Calls back once per chunk of 16-bit samples, with the events in it; returning true would abort. */
  synthesize(text: string, onChunk: (samples: Int16Array | undefined, events: readonly ESpeakEvent[]) => boolean): void;
}
/** text_position counts code points from 1 in the text given; audio_position is ms from the synthesis' start. */
type ESpeakEvent = { type: string; text_position: number; word_length: number; audio_position: number };
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

/**
 * The words of `text` with the time espeak starts each, from its word events. A word is a run of non-space text as
 * given (punctuation and all), since word_length is not to be trusted: 0 for "“naïve”", 2 for "it’s". Events within
 * one run are one word: "3.5" gives three ("three", "point", "five"), all placed at its digits. A run with no event
 * of its own joins the word before it: espeak says "does not" as one word, with one event. So the words, joined by
 * spaces, are the text with its spaces collapsed. Each word ends where the next starts, the last at the speech's end;
 * starts never go back and never pass the end.
 */
export function wordsOfEvents(text: string, events: readonly ESpeakEvent[], seconds: number): SpokenWord[] {
  const chars = Array.from(text);
  const runs = [...text.matchAll(/\S+/gu)].map((match) => {
    const from = Array.from(text.slice(0, match.index)).length;
    return { from, to: from + Array.from(match[0]).length, text: match[0] };
  });
  const starts: Array<{ run: number; start: number }> = [];
  for (const event of events) {
    if (event.type !== 'word') continue;
    const at = event.text_position - 1;
    const run = at >= 0 && at < chars.length ? runs.findIndex((r) => at >= r.from && at < r.to) : -1;
    const last = starts.at(-1);
    if (run < 0 || run <= (last?.run ?? -1)) continue;
    starts.push({ run, start: Math.min(seconds, Math.max(last?.start ?? 0, event.audio_position / 1000)) });
  }
  return starts.map(({ run, start }, i) => {
    const next = starts[i + 1];
    // The first word takes any runs before it too, so that no text is left out.
    const said = runs.slice(i === 0 ? 0 : run, next?.run ?? runs.length);
    return { start, end: next?.start ?? seconds, text: said.map((r) => r.text).join(' ') };
  });
}

async function synthesize(text: string, voice: string): Promise<Speech> {
  const worker = await espeakWorker();
  // espeak_SetVoiceByName returns non-zero (EE_NOT_FOUND) for a name it does not know.
  if (worker.set_voice(voice) !== 0) throw new Error(`espeak-ng has no voice "${voice}"`);
  const chunks: Int16Array[] = [];
  const events: ESpeakEvent[] = [];
  worker.synthesize(text, (samples, chunkEvents) => {
    if (samples) chunks.push(samples);
    events.push(...chunkEvents);
    return false;
  });
  const samples = concatenate(chunks);
  const sampleRate = worker.get_samplerate();
  return { samples, sampleRate, words: wordsOfEvents(text, events, samples.length / sampleRate) };
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
