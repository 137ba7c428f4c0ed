// The engines a site can be narrated with, loaded by id; and, apart from them, the engines only tests and benchmarks use.
import { testEnginesEnabled } from '../../lib/site/build-flags.ts';
import { readEngineOptions, type EngineOptions } from './engine-options.ts';
import type { SpeechEngine } from './speech-engine.ts';

type LoadEngine = (options: EngineOptions) => Promise<SpeechEngine>;
type Env = Readonly<Record<string, string | undefined>>;

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
};

// Silence as long as the words take to say, so that a test or a benchmark "makes" a narration in no time. A site
// narrated with it would publish silent audio, so it is reachable only with the build flag (src/lib/site/build-flags.ts).
const TEST_ENGINES: Readonly<Record<string, LoadEngine>> = {
  silence: withoutOptions('silence', async () => (await import('./test-only/silence.ts')).silence),
};

/** The engines a site config may name. */
export const ENGINE_IDS: readonly string[] = Object.keys(ENGINES);

/** The engine, with its options checked: a wrong option fails here, naming it, before any text is spoken. */
export async function loadEngine(
  id: string,
  options: EngineOptions = {},
  env: Env = process.env,
): Promise<SpeechEngine> {
  const engines = { ...ENGINES, ...TEST_ENGINES };
  const load = Object.hasOwn(engines, id) ? engines[id] : undefined;
  const problem = engineProblem(id, env);
  if (problem || !load) throw new Error(problem);
  return load(options);
}

/** Why a site cannot be narrated with engine `id` in this environment, or undefined: the config check asks too. */
export function engineProblem(id: string, env: Env = process.env): string | undefined {
  if (Object.hasOwn(ENGINES, id)) return undefined;
  if (Object.hasOwn(TEST_ENGINES, id)) {
    return testEnginesEnabled(env)
      ? undefined
      : `speech engine "${id}" is for tests and benchmarks only: it makes no speech (they set LECTERN_TEST_ENGINES=on)`;
  }
  return `Unknown speech engine "${id}"; known engines: ${ENGINE_IDS.join(', ')}`;
}
