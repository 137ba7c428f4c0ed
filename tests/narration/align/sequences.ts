// Synthetic feature sequences whose true warp is known: seeded random walks, warped, paused and noised.
import type { FeatureSequence } from '../../../src/narration/align/features.ts';

const DIMENSIONS = 4;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const sequence = (frames: readonly Float32Array[]): FeatureSequence => {
  const values = new Float32Array(frames.length * DIMENSIONS);
  frames.forEach((frame, t) => {
    values.set(frame, t * DIMENSIONS);
  });
  return { values, dimensions: DIMENSIONS, length: frames.length };
};

const frameOf = (s: FeatureSequence, t: number): Float32Array =>
  s.values.slice(t * s.dimensions, (t + 1) * s.dimensions);

/** A random walk: each frame near the last, none repeated, so a warp of it has one right answer. */
export function randomWalk(length: number, seed: number): FeatureSequence {
  const next = random(seed);
  const position = new Float32Array(DIMENSIONS);
  return sequence(
    Array.from({ length }, () => {
      for (let d = 0; d < DIMENSIONS; d++) position[d] = (position[d] ?? 0) + next() * 2 - 1;
      return position.slice();
    }),
  );
}

/** Frame j of the result is frame warp(j) of s. */
export function warped(s: FeatureSequence, length: number, warp: (j: number) => number): FeatureSequence {
  return sequence(Array.from({ length }, (_, j) => frameOf(s, warp(j))));
}

/** s with each frame moved by up to `amount` in each dimension. */
export function noisy(s: FeatureSequence, amount: number, seed: number): FeatureSequence {
  const next = random(seed);
  return { ...s, values: s.values.map((x) => x + amount * (next() * 2 - 1)) };
}

export const SILENCE = new Float32Array(DIMENSIONS).fill(-40);

/** Segments of s (split at `starts`) with pauses[k] frames of SILENCE before segment k. */
export function withPauses(s: FeatureSequence, starts: readonly number[], pauses: readonly number[]): FeatureSequence {
  const frames: Float32Array[] = [];
  starts.forEach((start, k) => {
    for (let p = 0; p < (pauses[k] ?? 0); p++) frames.push(SILENCE);
    for (let t = start; t < (starts[k + 1] ?? s.length); t++) frames.push(frameOf(s, t));
  });
  return sequence(frames);
}

// Twelve "phonemes": fixed random frames that speech, in this model, dwells on for a while each.
const ALPHABET = Array.from({ length: 12 }, (_, k) => frameOf(randomWalk(20, 1000 + k), 19));

/** A "text": which phoneme comes next, for `count` phonemes. */
export function phonemeText(count: number, seed: number): number[] {
  const next = random(seed);
  return Array.from({ length: count }, () => Math.floor(next() * ALPHABET.length));
}

/** A "reading" of a text: each phoneme held for 4-16 frames (a voice's own pace), with noise. */
export function spoken(text: readonly number[], seed: number): FeatureSequence {
  const next = random(seed);
  const frames = text.flatMap((phoneme) =>
    Array.from({ length: 4 + Math.floor(next() * 13) }, () =>
      (ALPHABET[phoneme] ?? SILENCE).map((x) => x + next() * 2 - 1),
    ),
  );
  return sequence(frames);
}
