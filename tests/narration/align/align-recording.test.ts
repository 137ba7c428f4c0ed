import { describe, expect, test } from 'vitest';
import { alignRecording } from '../../../src/narration/align/align-recording.ts';
import { joinUnits, type UnitSpeech } from '../../../src/narration/align/join-units.ts';
import { assembleNarration, wholeBlock } from '../../../src/narration/audio/assemble.ts';
import { alignmentProblem } from '../../../src/narration/align/quality.ts';
import type { Speech } from '../../../src/narration/audio/speech.ts';
import { espeak, synthesizeAtSpeed } from '../../../src/narration/engines/espeak.ts';
import { flite } from '../../../src/narration/engines/flite.ts';

const SENTENCES = [
  'The first time I heard one of my own essays read aloud by a machine, I was washing dishes.',
  'Some sentences I was proud of fell apart halfway through, like boats slipped from a mooring.',
  'The ear liked things the eye had hardly noticed, and it would not forgive things the eye had skimmed.',
];
const OTHER = [
  'Moving house is mostly a matter of boxes, and of deciding which of them to open first.',
  'We carried the piano down three flights of stairs on a wet Tuesday afternoon.',
  'By evening the kitchen was full, and the bedroom held nothing but a mattress and a lamp.',
];

async function said(sentences: readonly string[], say: (text: string) => Promise<Speech>): Promise<UnitSpeech[]> {
  const units: UnitSpeech[] = [];
  for (const [k, text] of sentences.entries()) units.push({ id: `s${k}`, samples: (await say(text)).samples });
  return units;
}

describe('alignRecording (real flite and espeak-ng)', async () => {
  // The reference as a narration assembles it; its timings are the units.
  const blocks = (await said(SENTENCES, (text) => flite.synthesize(text, 'rms'))).map((unit) =>
    wholeBlock(unit.id, 'paragraph', unit.samples),
  );
  const assembled = assembleNarration(blocks, 16_000);
  const reference = { ...assembled, units: assembled.timings };
  const pauses = [0.9, 0.25, 1.4];
  const read = (sentences: readonly string[]) =>
    said(sentences, (text) => synthesizeAtSpeed(text, espeak.defaultVoice, 1.15));
  const recording = joinUnits(await read(SENTENCES), 22_050, (k) => pauses[k] ?? 0, 0.5);

  test('finds where espeak, faster and with other pauses, starts and ends each sentence, within 250 ms', () => {
    const { units, quality } = alignRecording(reference, recording);
    expect(units.map((unit) => unit.id)).toEqual(['s0', 's1', 's2']);
    units.forEach((unit, k) => {
      expect(Math.abs(unit.start - (recording.units[k]?.start ?? -1))).toBeLessThan(0.25);
      expect(Math.abs(unit.end - (recording.units[k]?.end ?? -1))).toBeLessThan(0.25);
    });
    expect(alignmentProblem(quality)).toBeUndefined();
  });

  test('says a recording of other sentences, or of silence, cannot be aligned', async () => {
    const other = joinUnits(await read(OTHER), 22_050, (k) => pauses[k] ?? 0, 0.5);
    expect(alignmentProblem(alignRecording(reference, other).quality)).toMatch(/different text/);
    const silence = { samples: new Float32Array(recording.samples.length), sampleRate: 22_050 };
    expect(alignmentProblem(alignRecording(reference, silence).quality)).toMatch(/silence/);
  });
});
