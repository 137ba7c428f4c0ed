// Cues for a recording a person made: the same text synthesized (the reference, where each unit's start and end are
// known from sample counts) is warped onto the recording, and each unit's times are carried along the warp.
import type { Speech } from '../audio/speech.ts';
import { frameDistance, multiResolutionDtw, type WarpPath } from './dtw.ts';
import { type FeatureSequence, HOP_SECONDS, mfccFeatures } from './features.ts';

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
  /** 1 - (mean distance of the frames matched) / (mean distance of unrelated frames): 0 for chance, 1 for a copy. */
  readonly quality: number;
}

// Measured (scripts/bench-align.ts and tests/narration/align): TODO
export const MIN_QUALITY = 0.2;
// Unrelated pairs sampled for the quality's yardstick.
const UNRELATED_PAIRS = 4096;

/** Each reference unit's start and end in the recording. Check `quality` (isAligned) before trusting the times. */
export function alignRecording(reference: Reference, recording: Speech): Alignment {
  const a = mfccFeatures(reference.samples, reference.sampleRate);
  const b = mfccFeatures(recording.samples, recording.sampleRate);
  const path = multiResolutionDtw(a, b);
  const { first, last } = framesOfB(path, a.length);
  const timeOf = (frames: Int32Array, seconds: number): number => {
    const frame = Math.min(a.length - 1, Math.max(0, Math.round(seconds / HOP_SECONDS)));
    return (frames[frame] ?? 0) * HOP_SECONDS;
  };
  const units = reference.units.map(({ id, start, end }) => ({
    id,
    start: timeOf(first, start),
    end: Math.min(recording.samples.length / recording.sampleRate, timeOf(last, end)),
  }));
  return { units, quality: 1 - pathDistance(a, b, path) / unrelatedDistance(a, b) };
}

/** Whether an alignment can be trusted; below MIN_QUALITY the recording is not of this text (or is silence). */
export const isAligned = (alignment: Alignment): boolean => alignment.quality >= MIN_QUALITY;

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

function pathDistance(a: FeatureSequence, b: FeatureSequence, path: WarpPath): number {
  let sum = 0;
  for (let k = 0; k < path.a.length; k++) sum += frameDistance(a, path.a[k] ?? 0, b, path.b[k] ?? 0);
  return sum / path.a.length;
}

// Frames of a against frames of b picked by a fixed stride: the same every run, and unrelated but for chance.
function unrelatedDistance(a: FeatureSequence, b: FeatureSequence): number {
  let sum = 0;
  for (let k = 0; k < UNRELATED_PAIRS; k++) {
    const i = Math.floor((k * a.length) / UNRELATED_PAIRS);
    const j = (k * 7919 + 104729) % b.length;
    sum += frameDistance(a, i, b, j);
  }
  return sum / UNRELATED_PAIRS;
}
