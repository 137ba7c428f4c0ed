// The one interface every speech engine implements, and the registry that loads an engine by id.
import { readEngineOptions, type EngineOptions } from './engine-options.ts';

/** Mono speech: samples in -1..1 at sampleRate. */
export type Speech = { readonly samples: Float32Array; readonly sampleRate: number };

export interface SpeechEngine {
  readonly id: string;
  /** What its audio depends on (package version, model): part of a narration's cache key, so a change re-narrates. */
  readonly version: string;
  readonly defaultVoice: string;
  /** It reads numbers, symbols and accents itself, so narration sends the text as written, not flite's spelling of it. */
  readonly readsTextAsWritten?: boolean;
  /** How many texts it may speak at once; unset, one per core, for an engine that keeps its core busy. */
  readonly concurrency?: number;
  synthesize(text: string, voice: string): Promise<Speech>;
}

/** An engine as the site config chooses it: by id, with its voice and its own options. */
export interface EngineChoice {
  readonly engine: string;
  readonly voice: string;
  readonly options?: EngineOptions;
}

type LoadEngine = (options: EngineOptions) => Promise<SpeechEngine>;

// flite and espeak take no options; checking still catches options left over from another engine.
const withoutOptions =
  (id: string, load: () => Promise<SpeechEngine>): LoadEngine =>
  async (options) => {
    readEngineOptions(id, options, []);
    return load();
  };

// Loaded on demand: espeak-ng's 24 MB of data has no business in a flite run.
const ENGINES: Readonly<Record<string, LoadEngine>> = {
  flite: withoutOptions('flite', async () => (await import('./flite.ts')).flite),
  espeak: withoutOptions('espeak', async () => (await import('./espeak.ts')).espeak),
  openai: async (options) => (await import('./openai-speech.ts')).openAiSpeech(options),
  elevenlabs: async (options) => (await import('./elevenlabs.ts')).elevenLabs(options),
  piper: async (options) => (await import('./piper.ts')).piper(options),
  // For benchmarks and tests: silence as long as the words take to say, so a narration is "made" in no time.
  silence: withoutOptions('silence', async () => (await import('./silence.ts')).silence),
};

/** The engines the site config may name, for the config check at start-up. */
export const ENGINE_IDS: readonly string[] = Object.keys(ENGINES);

/** The engine, with its options checked: a wrong option fails here, naming it, before any text is spoken. */
export async function loadEngine(id: string, options: EngineOptions = {}): Promise<SpeechEngine> {
  const load = Object.hasOwn(ENGINES, id) ? ENGINES[id] : undefined;
  if (!load) throw new Error(`Unknown speech engine "${id}"; known engines: ${Object.keys(ENGINES).join(', ')}`);
  return load(options);
}
