// The one interface every speech engine implements, and the registry that loads an engine by id.

/** Mono speech: samples in -1..1 at sampleRate. */
export type Speech = { readonly samples: Float32Array; readonly sampleRate: number };

export interface SpeechEngine {
  readonly id: string;
  /** The engine package's version: part of a narration's cache key, so an upgrade re-narrates. */
  readonly version: string;
  readonly defaultVoice: string;
  synthesize(text: string, voice: string): Promise<Speech>;
}

// Loaded on demand: espeak-ng's 24 MB of data has no business in a flite run.
const ENGINES: Readonly<Record<string, () => Promise<SpeechEngine>>> = {
  flite: async () => (await import('./engines/flite.ts')).flite,
  espeak: async () => (await import('./engines/espeak.ts')).espeak,
};

export async function loadEngine(id: string): Promise<SpeechEngine> {
  const load = Object.hasOwn(ENGINES, id) ? ENGINES[id] : undefined;
  if (!load) throw new Error(`Unknown speech engine "${id}"; known engines: ${Object.keys(ENGINES).join(', ')}`);
  return load();
}
