// Whether a warp of the reference onto a recording can be trusted. DTW always returns a path, even between two
// different texts, and a different voice saying another text matches about as well as one saying this text; what only
// this text has is the order of its sounds. So the match is compared with the match of the reference played backwards:
// the same frames, the same voice and phonemes, in the wrong order.
import { frameDistance, multiResolutionDtw, type WarpPath } from './dtw.ts';
import type { FeatureSequence } from './features.ts';

export interface AlignmentQuality {
  /** 1 - (mean distance of matched frames) / (mean distance of unrelated frames): 0 for chance, 1 for a copy. */
  readonly match: number;
  /** match less the match of the reference backwards: how much the order of the text's sounds helped. */
  readonly orderGain: number;
}

// Measured with flite's rms voice saying attention-has-a-tempo's 44 sentences as the reference (npm run bench:align
// -- --unrelated; BENCHMARKS.md): match is 0.43-0.46 for the same text said by espeak at 1.15x or by flite's slt
// voice, 0.06 for a noise floor, 0 for digital silence; another essay scores 0.36-0.50 too.
export const MIN_MATCH = 0.15;
// orderGain, same reference: 0.113-0.117 for the same text (0.10 for three sentences, in the tests), -0.003 for
// another essay said by espeak, 0.015 by flite rms (the reference's own voice), -0.11 for the recording backwards, 0
// for silence or noise; 0.034 for a recording of half the text, 0.048 for every other sentence. With
// what-the-ear-forgives (21 min) as the reference: same text 0.115-0.122, another essay 0.009-0.023, half 0.035.
// 0.05 is twice the highest other essay and under half the lowest right text.
export const MIN_ORDER_GAIN = 0.05;
// Unrelated pairs sampled for match's yardstick.
const UNRELATED_PAIRS = 4096;

/** The quality of `path`, the warp of a onto b; costs one more DTW, of a backwards. */
export function alignmentQuality(a: FeatureSequence, b: FeatureSequence, path: WarpPath): AlignmentQuality {
  const match = matchQuality(a, b, path);
  const backwards = reversed(a);
  return { match, orderGain: match - matchQuality(backwards, b, multiResolutionDtw(backwards, b)) };
}

function matchQuality(a: FeatureSequence, b: FeatureSequence, path: WarpPath): number {
  let matched = 0;
  for (let k = 0; k < path.a.length; k++) matched += frameDistance(a, path.a[k] ?? 0, b, path.b[k] ?? 0);
  // Frames of a against frames of b picked by fixed strides: the same every run, and unrelated but for chance.
  let unrelated = 0;
  for (let k = 0; k < UNRELATED_PAIRS; k++) {
    unrelated += frameDistance(a, Math.floor((k * a.length) / UNRELATED_PAIRS), b, (k * 7919 + 104729) % b.length);
  }
  return 1 - matched / path.a.length / (unrelated / UNRELATED_PAIRS);
}

function reversed(sequence: FeatureSequence): FeatureSequence {
  const { values, dimensions, length } = sequence;
  const backwards = new Float32Array(values.length);
  for (let t = 0; t < length; t++) {
    backwards.set(values.subarray(t * dimensions, (t + 1) * dimensions), (length - 1 - t) * dimensions);
  }
  return { values: backwards, dimensions, length };
}

/** Why the recording cannot be aligned with its text, or undefined if it can; the caller names the file. */
export function alignmentProblem(quality: AlignmentQuality): string | undefined {
  const { match, orderGain } = quality;
  if (match < MIN_MATCH) {
    return (
      `it matches the text's sounds hardly better than chance (match ${match.toFixed(2)} < ${MIN_MATCH}): ` +
      'silence or noise?'
    );
  }
  if (orderGain < MIN_ORDER_GAIN) {
    return (
      `it matches the text's sounds but not their order (order gain ${orderGain.toFixed(3)} < ${MIN_ORDER_GAIN}): ` +
      'a different text, or only part of this one?'
    );
  }
  return undefined;
}
