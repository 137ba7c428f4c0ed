// Cues for a recording a person made: the same text synthesized (the reference, where each unit's start and end are
// known from sample counts) is warped onto the recording, and each unit's times are carried along the warp.
import type { Speech } from '../audio/speech.ts';
import { multiResolutionDtw, type WarpPath } from './dtw.ts';
import { HOP_SECONDS, mfccFeatures } from './features.ts';
import { type AlignmentQuality, matchQuality, rateSpread } from './quality.ts';

/** A unit of text (a block, a sentence) and where it is spoken, in seconds from the start of the audio. */
export interface TimedUnit {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface Reference extends Speech {
  readonly units: readonly TimedUnit[];
}

export interface Alignment {
  readonly units: TimedUnit[];
  /** Check it with alignmentProblem (quality.ts) before trusting the times. */
  readonly quality: AlignmentQuality;
}

/** Each reference unit's start and end in the recording, and how far the warp can be trusted. */
export function alignRecording(reference: Reference, recording: Speech): Alignment {
  const a = mfccFeatures(reference.samples, reference.sampleRate);
  const b = mfccFeatures(recording.samples, recording.sampleRate);
  const path = multiResolutionDtw(a, b);
  const { first, last } = framesOfB(path, a.length);
  const timeOf = (frames: Int32Array, seconds: number): number => {
    const frame = Math.min(a.length - 1, Math.max(0, Math.round(seconds / HOP_SECONDS)));
    return (frames[frame] ?? 0) * HOP_SECONDS;
  };
  const duration = recording.samples.length / recording.sampleRate;
  const units = reference.units.map(({ id, start, end }) => ({
    id,
    start: timeOf(first, start),
    end: Math.min(duration, timeOf(last, end)),
  }));
  const quality = { match: matchQuality(a, b, path), rateSpread: rateSpread(reference.units, units, HOP_SECONDS) };
  return { units, quality };
}

// For each frame of a, the first and last frames of b the path matches it with.
function framesOfB(path: WarpPath, length: number): { first: Int32Array; last: Int32Array } {
  const first = new Int32Array(length).fill(-1);
  const last = new Int32Array(length);
  for (let k = 0; k < path.a.length; k++) {
    const i = path.a[k] ?? 0;
    if (first[i] === -1) first[i] = path.b[k] ?? 0;
    last[i] = path.b[k] ?? 0;
  }
  return { first, last };
}
