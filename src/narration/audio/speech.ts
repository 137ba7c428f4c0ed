// What an engine hands to audio: the one type both sides share, kept here so that audio never imports an engine.

/** Mono speech: samples in -1..1 at sampleRate. */
export type Speech = { readonly samples: Float32Array; readonly sampleRate: number };
