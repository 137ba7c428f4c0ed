// Dynamic time warping of two feature sequences, at the scale of a whole essay read aloud (20 minutes: 120,000
// frames a side, whose full cost matrix would hold 14.4e9 cells). Multi-resolution, as FastDTW (Salvador & Chan 2007):
// align both sequences halved, then search only a band of `radius` frames around that path, projected up, level by
// level. Time and memory are O((n + m) · radius): one byte per searched cell for the way back, about (n + m)(2 · radius
// + 1) cells at the finest level and half as many over all the coarser ones, plus two rows of costs.
import type { FeatureSequence } from './features.ts';

/** Matched frame pairs (a[k], b[k]) from (0, 0) to the two last frames, each step one frame on in a, b or both. */
export interface WarpPath {
  readonly a: Int32Array;
  readonly b: Int32Array;
}

// For each frame of a, the frames of b searched: lo[i]..hi[i], both ends included and never decreasing with i.
interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

// How far around the coarser path each level searches, in frames of that level (at the finest, 10 ms each). Measured
// on what-the-ear-forgives (bench:align, sentences trimmed at -34 dB): radius 10, 20, 40 give the same median and p95
// (17-18 ms, 93-96 ms) but a worst sentence of 189, 349 and 605 ms, and 10 takes half the time of 40: the coarse
// levels see further.
const DEFAULT_RADIUS = 10;
// Below this many frames (10 s at the finest level) a side, the whole matrix is searched.
const COARSEST = 1000;

/** Euclidean distance between frame i of a and frame j of b. */
export function frameDistance(a: FeatureSequence, i: number, b: FeatureSequence, j: number): number {
  const dimensions = a.dimensions;
  let sum = 0;
  for (let d = 0; d < dimensions; d++) {
    const difference = (a.values[i * dimensions + d] ?? 0) - (b.values[j * dimensions + d] ?? 0);
    sum += difference * difference;
  }
  return Math.sqrt(sum);
}

/** The optimal path over the whole matrix: O(n · m), for short sequences and as the standard to test against. */
export function fullDtw(a: FeatureSequence, b: FeatureSequence): WarpPath {
  return bandedDtw(a, b, { lo: new Int32Array(a.length), hi: new Int32Array(a.length).fill(b.length - 1) });
}

/** The path found level by level; equal to fullDtw's whenever the optimal path stays within the band. */
export function multiResolutionDtw(a: FeatureSequence, b: FeatureSequence, radius = DEFAULT_RADIUS): WarpPath {
  if (a.length === 0 || b.length === 0) throw new Error('multiResolutionDtw: a sequence has no frames');
  if (a.dimensions !== b.dimensions)
    throw new Error(`multiResolutionDtw: ${a.dimensions} against ${b.dimensions} dims`);
  if (Math.min(a.length, b.length) <= COARSEST) return fullDtw(a, b);
  const coarse = multiResolutionDtw(halve(a), halve(b), radius);
  return bandedDtw(a, b, bandAround(coarse, a.length, b.length, radius));
}

// Each pair of frames averaged into one; an odd last frame stays alone.
function halve(sequence: FeatureSequence): FeatureSequence {
  const { values, dimensions, length } = sequence;
  const half = Math.ceil(length / 2);
  const halved = new Float32Array(half * dimensions);
  for (let t = 0; t < half; t++) {
    const first = 2 * t;
    const second = Math.min(2 * t + 1, length - 1);
    for (let d = 0; d < dimensions; d++) {
      halved[t * dimensions + d] = ((values[first * dimensions + d] ?? 0) + (values[second * dimensions + d] ?? 0)) / 2;
    }
  }
  return { values: halved, dimensions, length: half };
}

// The coarse path's cells, each two by two at this level, widened by radius frames each way in both a and b.
function bandAround(coarse: WarpPath, n: number, m: number, radius: number): Band {
  const lo = new Int32Array(n).fill(m);
  const hi = new Int32Array(n).fill(-1);
  for (let k = 0; k < coarse.a.length; k++) {
    const column = 2 * (coarse.b[k] ?? 0);
    for (let i = 2 * (coarse.a[k] ?? 0); i <= Math.min(2 * (coarse.a[k] ?? 0) + 1, n - 1); i++) {
      lo[i] = Math.min(lo[i] ?? m, column);
      hi[i] = Math.max(hi[i] ?? -1, Math.min(column + 1, m - 1));
    }
  }
  const band = { lo: new Int32Array(n), hi: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    let low = m;
    let high = -1;
    for (let k = Math.max(0, i - radius); k <= Math.min(n - 1, i + radius); k++) {
      low = Math.min(low, lo[k] ?? m);
      high = Math.max(high, hi[k] ?? -1);
    }
    band.lo[i] = Math.max(0, low - radius);
    band.hi[i] = Math.min(m - 1, high + radius);
  }
  return band;
}

const DIAGONAL = 0;
const FROM_PREVIOUS_A = 1;
const FROM_PREVIOUS_B = 2;

// DTW within the band: cost(i, j) = distance(i, j) + the least of the costs of (i-1, j-1), (i-1, j) and (i, j-1).
function bandedDtw(a: FeatureSequence, b: FeatureSequence, band: Band): WarpPath {
  const n = a.length;
  const { lo, hi } = band;
  const offsets = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] ?? 0) + (hi[i] ?? 0) - (lo[i] ?? 0) + 1;
  const steps = new Uint8Array(offsets[n] ?? 0);
  let previous = new Float64Array(b.length).fill(Number.POSITIVE_INFINITY);
  let current = new Float64Array(b.length).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < n; i++) {
    const low = lo[i] ?? 0;
    const high = hi[i] ?? 0;
    const previousLow = i > 0 ? (lo[i - 1] ?? 0) : 1;
    const previousHigh = i > 0 ? (hi[i - 1] ?? 0) : -1;
    const offset = (offsets[i] ?? 0) - low;
    for (let j = low; j <= high; j++) {
      let best = i === 0 && j === 0 ? 0 : Number.POSITIVE_INFINITY;
      let step = DIAGONAL;
      if (j - 1 >= previousLow && j - 1 <= previousHigh) best = previous[j - 1] ?? best;
      if (j >= previousLow && j <= previousHigh && (previous[j] ?? best) < best) {
        best = previous[j] ?? best;
        step = FROM_PREVIOUS_A;
      }
      if (j > low && (current[j - 1] ?? best) < best) {
        best = current[j - 1] ?? best;
        step = FROM_PREVIOUS_B;
      }
      current[j] = best + frameDistance(a, i, b, j);
      steps[offset + j] = step;
    }
    [previous, current] = [current, previous];
  }
  if (!Number.isFinite(previous[b.length - 1] ?? Number.POSITIVE_INFINITY)) {
    throw new Error('DTW: the band does not join the first frames to the last');
  }
  return tracePath(steps, offsets, lo, n - 1, b.length - 1);
}

function tracePath(steps: Uint8Array, offsets: Float64Array, lo: Int32Array, lastA: number, lastB: number): WarpPath {
  const pathA: number[] = [];
  const pathB: number[] = [];
  let i = lastA;
  let j = lastB;
  for (;;) {
    pathA.push(i);
    pathB.push(j);
    if (i === 0 && j === 0) break;
    const step = steps[(offsets[i] ?? 0) + j - (lo[i] ?? 0)];
    if (step !== FROM_PREVIOUS_B) i--;
    if (step !== FROM_PREVIOUS_A) j--;
  }
  return { a: Int32Array.from(pathA.reverse()), b: Int32Array.from(pathB.reverse()) };
}
