import { describe, expect, test } from 'vitest';
import { alignFeatures } from '../../../src/narration/align/align-recording.ts';
import { HOP_SECONDS } from '../../../src/narration/align/features.ts';
import { alignmentProblem, MIN_MATCH, MIN_ORDER_GAIN } from '../../../src/narration/align/quality.ts';
import { noisy, phonemeText, randomWalk, spoken, withPauses } from './sequences.ts';

// Eight "sentences" of a random walk, 150-400 frames each, said with 30-frame pauses in the reference.
const LENGTHS = [300, 150, 400, 220, 350, 180, 260, 310];
const starts = LENGTHS.map((_, k) => LENGTHS.slice(0, k).reduce((sum, n) => sum + n, 0));
const speech = randomWalk(
  LENGTHS.reduce((sum, n) => sum + n, 0),
  21,
);
const reference = withPauses(
  speech,
  starts,
  LENGTHS.map(() => 30),
);
const unitsIn = (pauses: readonly number[]) =>
  starts.map((start, k) => {
    const before = pauses.slice(0, k + 1).reduce((sum, n) => sum + n, 0);
    return {
      id: `s${k}`,
      start: (start + before) * HOP_SECONDS,
      end: (start + before + (LENGTHS[k] ?? 0)) * HOP_SECONDS,
    };
  });
const referenceUnits = unitsIn(LENGTHS.map(() => 30));

describe('alignFeatures', () => {
  test('finds each unit in a recording whose pauses are longer, shorter or missing, to two frames', () => {
    const pauses = [120, 0, 250, 5, 30, 400, 12, 90];
    const recording = noisy(withPauses(speech, starts, pauses), 0.2, 22);
    const { units, quality } = alignFeatures(reference, recording, referenceUnits);
    const truth = unitsIn(pauses);
    units.forEach((unit, k) => {
      expect(Math.abs(unit.start - (truth[k]?.start ?? -1))).toBeLessThanOrEqual(2.5 * HOP_SECONDS);
      expect(Math.abs(unit.end - (truth[k]?.end ?? -1))).toBeLessThanOrEqual(2.5 * HOP_SECONDS);
    });
    expect(alignmentProblem(quality)).toBeUndefined();
  });

  test('rejects another text in the same voice: its sounds match, their order does not help', () => {
    const text = phonemeText(300, 31);
    const readings = [spoken(text, 32), spoken(text, 33), spoken(phonemeText(300, 34), 35)];
    const [same, other] = readings
      .slice(1)
      .map((reading) => alignFeatures(readings[0] ?? reading, reading, []).quality);
    expect(alignmentProblem(same ?? { match: 0, orderGain: 0 })).toBeUndefined();
    expect(other?.match).toBeGreaterThan(MIN_MATCH);
    expect(other?.orderGain).toBeLessThan(MIN_ORDER_GAIN);
    expect(alignmentProblem(other ?? { match: 1, orderGain: 1 })).toMatch(/not their order/);
  });

  test('rejects silence: it matches no better than chance', () => {
    const silence = withPauses(speech, [0], [2000]);
    const flat = { ...silence, values: silence.values.map(() => 0), length: 2000 };
    const { quality } = alignFeatures(reference, { ...flat, values: flat.values.subarray(0, 8000) }, referenceUnits);
    expect(quality.match).toBeLessThan(MIN_MATCH);
    expect(alignmentProblem(quality)).toMatch(/chance/);
  });
});
