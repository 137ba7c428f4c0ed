import { describe, expect, test } from 'vitest';
import { frameDistance, fullDtw, multiResolutionDtw, type WarpPath } from '../../../src/narration/align/dtw.ts';
import type { FeatureSequence } from '../../../src/narration/align/features.ts';
import { noisy, randomWalk, warped } from './sequences.ts';

const cost = (a: FeatureSequence, b: FeatureSequence, path: WarpPath): number =>
  path.a.reduce((sum, i, k) => sum + frameDistance(a, i, b, path.b[k] ?? 0), 0);

// Speeds that swing between half and one and a half times, three times over: g'(t) = 1 + 0.5 cos(6πt).
const uneven = (n: number, m: number) => (j: number) => {
  const t = j / (m - 1);
  return Math.round((n - 1) * (t + (0.5 * Math.sin(6 * Math.PI * t)) / (6 * Math.PI)));
};

describe('multiResolutionDtw', () => {
  test('recovers a known non-uniform warp of a long sequence (several levels) to within two frames', () => {
    const a = randomWalk(6000, 1);
    const b = warped(a, 6900, uneven(6000, 6900));
    const path = multiResolutionDtw(a, b);
    const warp = uneven(6000, 6900);
    const worst = Math.max(...Array.from(path.a, (i, k) => Math.abs(i - warp(path.b[k] ?? 0))));
    expect(worst).toBeLessThanOrEqual(2);
  });

  test('the path runs from the first frames to the last, one frame on at a time', () => {
    const a = randomWalk(2500, 2);
    const path = multiResolutionDtw(a, warped(a, 2100, uneven(2500, 2100)));
    expect([path.a[0], path.b[0], path.a.at(-1), path.b.at(-1)]).toEqual([0, 0, 2499, 2099]);
    for (let k = 1; k < path.a.length; k++) {
      const steps = [(path.a[k] ?? 0) - (path.a[k - 1] ?? 0), (path.b[k] ?? 0) - (path.b[k - 1] ?? 0)];
      expect(steps.every((step) => step === 0 || step === 1) && steps.some((step) => step === 1)).toBe(true);
    }
  });

  test('finds the same path as full DTW on inputs big enough for two levels', () => {
    const a = randomWalk(2200, 3);
    const b = noisy(warped(a, 2500, uneven(2200, 2500)), 0.3, 4);
    const banded = multiResolutionDtw(a, b);
    const full = fullDtw(a, b);
    expect(cost(a, b, banded)).toBeCloseTo(cost(a, b, full), 6);
    expect(Array.from(banded.b)).toEqual(Array.from(full.b));
  });

  test('a band of radius 1 misses the optimum on noisy input, so the test above can fail', () => {
    const a = randomWalk(2200, 3);
    const b = noisy(warped(a, 2500, uneven(2200, 2500)), 3, 4);
    expect(cost(a, b, multiResolutionDtw(a, b, 1))).toBeGreaterThan(cost(a, b, fullDtw(a, b)) + 1e-6);
  });

  test('refuses sequences of different dimensions or with no frames', () => {
    const a = randomWalk(10, 5);
    expect(() => multiResolutionDtw(a, { values: new Float32Array(30), dimensions: 3, length: 10 })).toThrow(/dims/);
    expect(() => multiResolutionDtw(a, { values: new Float32Array(0), dimensions: 4, length: 0 })).toThrow(/no frames/);
  });
});
