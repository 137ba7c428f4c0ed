// Cues for a recording a person made: the same text synthesized (the reference, where each unit's start and end are
// known from sample counts) is warped onto the recording, and each unit's times are carried along the warp.
import type { Speech } from '../audio/speech.ts';
import { multiResolutionDtw, type WarpPath } from './dtw.ts';
import { type FeatureSequence, HOP_SECONDS, mfccFeatures } from './features.ts';
import { type AlignmentQuality, alignmentQuality } from './quality.ts';

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

// Silence added around the reference: a recording's lead-in and tail then meet silence, not the first and last sounds.
const MARGIN_SECONDS = 1;

/** Each reference unit's start and end in the recording, and how far the warp can be trusted. */
export function alignRecording(reference: Reference, recording: Speech): Alignment {
  const alignment = alignFeatures(
    mfccFeatures(reference.samples, reference.sampleRate, MARGIN_SECONDS),
    mfccFeatures(recording.samples, recording.sampleRate),
    reference.units.map(({ id, start, end }) => ({ id, start: start + MARGIN_SECONDS, end: end + MARGIN_SECONDS })),
  );
  const duration = recording.samples.length / recording.sampleRate;
  return { ...alignment, units: alignment.units.map((unit) => ({ ...unit, end: Math.min(duration, unit.end) })) };
}

/** The same on feature frames (HOP_SECONDS apart): units in a's time, carried to b's along the warp. */
export function alignFeatures(a: FeatureSequence, b: FeatureSequence, units: readonly TimedUnit[]): Alignment {
  const path = multiResolutionDtw(a, b);
  const { first, last } = framesOfB(path, a.length);
  const loud = loudFrames(a);
  const frameAt = (seconds: number): number => Math.min(a.length - 1, Math.max(0, Math.round(seconds / HOP_SECONDS)));
  const aligned = units.map(({ id, start, end }) => {
    const [first0, last0] = [frameAt(start), Math.max(frameAt(start), frameAt(end) - 1)];
    // A unit's quiet edges match a pause as well as speech (flite's sentences open with about 120 ms at -45 dB, kept
    // by the narration's -50 dB trim), so a unit runs from its first loud frame to its last, as placed by the warp.
    let [firstLoud, lastLoud] = [first0, last0];
    while (firstLoud < last0 && !loud[firstLoud]) firstLoud++;
    while (lastLoud > firstLoud && !loud[lastLoud]) lastLoud--;
    return { id, start: (first[firstLoud] ?? 0) * HOP_SECONDS, end: ((last[lastLoud] ?? 0) + 1) * HOP_SECONDS };
  });
  return { units: aligned, quality: alignmentQuality(a, b, path) };
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

// Frames this far below the loudest are a unit's quiet edge, not its speech.
const QUIET_DB = 30;

// Without levels (synthetic frames), every frame counts as loud.
const loudFrames = ({ levels, length }: FeatureSequence): Uint8Array =>
  Uint8Array.from({ length }, (_, t) => (levels === undefined || (levels[t] ?? 0) > -QUIET_DB ? 1 : 0));
