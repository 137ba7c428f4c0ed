// Speech units (sentences) said one by one and joined with pauses of one's choosing, trimmed as a narration trims its
// blocks: a stand-in recording whose true unit times are known, for the tests and bench:align. (The reference itself
// is a narration's own assembly, assembleNarration, whose timings are the units.)
import { trimSilence } from '../audio/assemble.ts';
import type { Reference } from './align-recording.ts';

export interface UnitSpeech {
  readonly id: string;
  readonly samples: Float32Array;
}

/** The units, each trimmed of silence, with `pauseBefore(k)` seconds of silence before unit k (and `tail` after). */
export function joinUnits(
  units: readonly UnitSpeech[],
  sampleRate: number,
  pauseBefore: (index: number) => number,
  tail = 0,
): Reference {
  const trimmed = units.map((unit) => trimSilence(unit.id, unit).samples);
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
