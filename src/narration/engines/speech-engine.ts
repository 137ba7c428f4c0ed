// The one interface every speech engine implements; the registry (registry.ts) loads an engine by id.
import type { Speech } from '../audio/speech.ts';
import type { EngineOptions } from './engine-options.ts';

/** The inline phoneme notations narration can write (text/espeak-phonemes.ts). */
export type PhonemeNotation = 'espeak';

export interface SpeechEngine {
  readonly id: string;
  /** What its audio depends on (package version, model): part of a narration's cache key, so a change re-narrates. */
  readonly version: string;
  readonly defaultVoice: string;
  /** It reads numbers, symbols and accents itself, so narration sends the text as written, not flite's spelling of it. */
  readonly readsTextAsWritten?: boolean;
  /** It reads phonemes inline in its own notation, so a lexicon entry's IPA can be given instead of its respelling. */
  readonly phonemeNotation?: PhonemeNotation;
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
