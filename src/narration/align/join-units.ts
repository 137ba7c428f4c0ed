// Units of speech (sentences) said one by one, joined with pauses into one track whose unit times are known exactly:
// the reference an alignment warps onto a recording, and, in tests and the benchmark, a stand-in recording.

import type { Reference } from './align-recording.ts';

export interface UnitSpeech {
  readonly id: string;
  readonly samples: Float32Array;
}

// An engine's lead-in and tail of silence differ from another's; a unit is its speech, from onset to offset.
const SILENCE_OF_PEAK = 0.02;

/** The samples from the first to the last whose level reaches 2% of the loudest; empty if there are none. */
export function trimSilence(samples: Float32Array): Float32Array {
  let peak = 0;
  for (const x of samples) peak = Math.max(peak, Math.abs(x));
  const threshold = peak * SILENCE_OF_PEAK;
  let first = 0;
  while (first < samples.length && Math.abs(samples[first] ?? 0) <= threshold) first++;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last] ?? 0) <= threshold) last--;
  return samples.subarray(first, last + 1);
}

/** The units, each trimmed of silence, with `pauseBefore(k)` seconds of silence before unit k (and `tail` after). */
export function joinUnits(
  units: readonly UnitSpeech[],
  sampleRate: number,
  pauseBefore: (index: number) => number,
  tail = 0,
): Reference {
  const trimmed = units.map(({ samples }) => trimSilence(samples));
  const pauses = units.map((_, k) => Math.round(pauseBefore(k) * sampleRate));
  const total = trimmed.reduce((sum, part, k) => sum + part.length + (pauses[k] ?? 0), Math.round(tail * sampleRate));
  const samples = new Float32Array(total);
  let offset = 0;
  const timed = units.map(({ id }, k) => {
    const part = trimmed[k] ?? new Float32Array(0);
    offset += pauses[k] ?? 0;
    samples.set(part, offset);
    const start = offset / sampleRate;
    offset += part.length;
    return { id, start, end: offset / sampleRate };
  });
  return { samples, sampleRate, units: timed };
}
