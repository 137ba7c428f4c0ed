// Whether a warp of the reference onto a recording can be trusted. DTW always returns a path, even between two
// different texts, so two signs are checked: frames matched far better than chance (not silence or noise), and units
// whose pace is steady (a reader's rate drifts; the warp between different texts lurches from unit to unit).
import { frameDistance, type WarpPath } from './dtw.ts';
import type { FeatureSequence } from './features.ts';

export interface AlignmentQuality {
  /** 1 - (mean distance of matched frames) / (mean distance of unrelated frames): 0 for chance, 1 for a copy. */
  readonly match: number;
  /** The median absolute deviation of log(unit's duration in the recording / in the reference), over the units. */
  readonly rateSpread: number;
}

// Measured with flite's rms voice saying attention-has-a-tempo's 44 sentences as the reference (npm run bench:align
// -- --unrelated; BENCHMARKS.md): match is 0.43-0.46 for the same text said by espeak at 1.15x or by flite's slt
// voice, 0.05 for a noise floor, 0 for digital silence. Another essay scores 0.36-0.50 too (0.50 in the reference's
// own voice), so match alone cannot tell a wrong text.
export const MIN_MATCH = 0.15;
// rateSpread, same reference: 0.044-0.055 for the same text (the true sentences' own spread is 0.035), 0.17-0.25 for
// another essay, 0.19 for the recording played backwards. 0.10 sits halfway (geometrically) and leaves a person's
// less even pace some room; it should be measured again on a real recording once one exists.
export const MAX_RATE_SPREAD = 0.1;
// A unit shorter than this ("Short sentences.") is left out of rateSpread when there are longer ones: a few frames
// either way change its rate a lot.
const STEADY_SECONDS = 1;
// Unrelated pairs sampled for match's yardstick.
const UNRELATED_PAIRS = 4096;

export function matchQuality(a: FeatureSequence, b: FeatureSequence, path: WarpPath): number {
  let matched = 0;
  for (let k = 0; k < path.a.length; k++) matched += frameDistance(a, path.a[k] ?? 0, b, path.b[k] ?? 0);
  // Frames of a against frames of b picked by fixed strides: the same every run, and unrelated but for chance.
  let unrelated = 0;
  for (let k = 0; k < UNRELATED_PAIRS; k++) {
    unrelated += frameDistance(a, Math.floor((k * a.length) / UNRELATED_PAIRS), b, (k * 7919 + 104729) % b.length);
  }
  return 1 - matched / path.a.length / (unrelated / UNRELATED_PAIRS);
}

/** How unevenly the units' durations scale from reference to recording; spans of equal length pair up in order. */
export function rateSpread(
  reference: readonly { start: number; end: number }[],
  aligned: readonly { start: number; end: number }[],
  shortest: number,
): number {
  const long = reference.some(({ start, end }) => end - start >= STEADY_SECONDS);
  const rates = reference.flatMap(({ start, end }, k) => {
    const unit = aligned[k];
    if (!unit || end - start <= 0 || (long && end - start < STEADY_SECONDS)) return [];
    return [Math.log(Math.max(shortest, unit.end - unit.start) / (end - start))];
  });
  const median = (values: number[]): number => values.sort((x, y) => x - y)[values.length >> 1] ?? 0;
  const typical = median([...rates]);
  return median(rates.map((rate) => Math.abs(rate - typical)));
}

/** Why the recording cannot be aligned with its text, or undefined if it can. */
export function alignmentProblem(quality: AlignmentQuality): string | undefined {
  if (quality.match < MIN_MATCH) {
    return `it matches the text's sounds hardly better than chance (match ${quality.match.toFixed(2)} < ${MIN_MATCH}): silence or noise?`;
  }
  if (quality.rateSpread > MAX_RATE_SPREAD) {
    return `its pace lurches from unit to unit (rate spread ${quality.rateSpread.toFixed(3)} > ${MAX_RATE_SPREAD}): a different text?`;
  }
  return undefined;
}
