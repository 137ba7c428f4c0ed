// What an engine hands to audio: the one type both sides share, kept here so that audio never imports an engine.

/** A word as the engine said it: seconds from the start of its speech's samples, and its text as it was given. */
export type SpokenWord = { readonly start: number; readonly end: number; readonly text: string };

/**
 * Mono speech: samples in -1..1 at sampleRate. `words` only where the engine reports when it says each word
 * (espeak); flite and the others give none, and their sentences are the finest timing.
 */
export type Speech = {
  readonly samples: Float32Array;
  readonly sampleRate: number;
  readonly words?: readonly SpokenWord[];
};
