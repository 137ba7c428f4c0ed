import { describe, expect, it } from 'vitest';
import {
  assembleNarration,
  LOUDNESS,
  pauseSeconds,
  SENTENCE_PAUSE_SECONDS,
  wholeBlock,
} from '../../../src/narration/audio/assemble.ts';
import type { BlockKind } from '../../../src/lib/essay-body/spoken-blocks.ts';

const RATE = 16000;
const HALF_FRAME = 288 / RATE;
// Each block's audio follows 1152 samples of silence in its own frames (frame-slots.ts).
const LEAD_IN = 1152 / RATE;

// Seeded noise bursts stand in for speech: broadband, with no silence inside.
function noise(seconds: number, amplitude: number, seed = 1): Float32Array {
  let state = seed;
  return Float32Array.from({ length: Math.round(seconds * RATE) }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0; // 32-bit LCG: exact in integer maths, period 2^32
    return amplitude * ((state / 2 ** 32) * 2 - 1);
  });
}

function framed(audio: Float32Array, leadSeconds: number, tailSeconds: number): Float32Array {
  const out = new Float32Array(Math.round(leadSeconds * RATE) + audio.length + Math.round(tailSeconds * RATE));
  out.set(audio, Math.round(leadSeconds * RATE));
  return out;
}

const block = wholeBlock;

function dbfs(value: number): number {
  return 20 * Math.log10(value);
}

function rms(samples: Float32Array): number {
  return Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
}

// The narration's sound, without the lead-in before its first block.
const audioOf = ({ samples }: { samples: Float32Array }): Float32Array => samples.subarray(1152);

describe('assembleNarration', () => {
  it('trims the silence around each block, so a cue spans only audible sound', () => {
    const speech = noise(1, 0.2);
    const { timings } = assembleNarration([block('p-1', 'paragraph', framed(speech, 0.3, 0.4))], RATE);
    expect(timings).toEqual([{ id: 'p-1', start: LEAD_IN, end: LEAD_IN + 1 }]);
  });

  it('puts each block exactly where its cue says, to the sample', () => {
    const first = noise(0.5, 0.2, 1);
    const second = noise(0.75, 0.2, 2);
    const narration = assembleNarration(
      [block('p-1', 'paragraph', framed(first, 0.1, 0.1)), block('p-2', 'paragraph', framed(second, 0.2, 0))],
      RATE,
    );
    const [, cue] = narration.timings;
    const start = (cue?.start ?? 0) * RATE;
    expect(Number.isInteger(start)).toBe(true);
    const gain = (narration.samples[start] ?? 0) / (second[0] ?? 1);
    expect(narration.samples[start - 1]).toBe(0);
    expect(narration.samples[start + 100]).toBeCloseTo((second[100] ?? 0) * gain, 6);
    expect(narration.samples.length).toBe(Math.round((cue?.end ?? 0) * RATE));
  });

  it('pauses longer for bigger breaks: before a heading, after one, between paragraphs and list items', () => {
    const kinds: BlockKind[] = ['heading', 'paragraph', 'paragraph', 'list-item', 'list-item', 'paragraph', 'heading'];
    const blocks = kinds.map((kind, i) => block(`b-${i}`, kind, noise(0.25, 0.2, i + 1)));
    const { timings } = assembleNarration(blocks, RATE);
    const gaps = timings.slice(1).map((t, i) => t.start - (timings[i]?.end ?? 0));
    // Each to within half a 36 ms frame: a block fills whole frames (frame-slots.ts).
    [1, 0.8, 0.8, 0.5, 0.8, 1.5].forEach((pause, i) => {
      expect(Math.abs((gaps[i] ?? 0) - pause)).toBeLessThanOrEqual(HALF_FRAME);
    });
  });

  it('starts every block on a frame boundary, and lays the blocks end to end by their slots', () => {
    const kinds: BlockKind[] = ['heading', 'paragraph', 'list-item', 'list-item', 'paragraph'];
    const narration = assembleNarration(
      kinds.map((kind, i) => block(`b-${i}`, kind, noise(0.2 + 0.037 * i, 0.2, i + 1))),
      RATE,
    );
    for (const { start } of narration.timings) expect((start * RATE - 1152) % 576).toBe(0);
    expect(narration.placed.reduce((sum, p) => sum + p.slot, 0)).toBe(narration.samples.length);
  });

  it("gives each block samples of its own: another block's edit leaves them as they were", () => {
    const [a, b, c] = [noise(0.3, 0.2, 1), noise(0.4, 0.05, 2), noise(0.5, 0.3, 3)];
    const before = assembleNarration([block('p-1', 'paragraph', a), block('p-2', 'paragraph', b)], RATE);
    const after = assembleNarration(
      [block('p-0', 'paragraph', c), block('p-1', 'paragraph', a), block('p-2', 'paragraph', b)],
      RATE,
    );
    expect(after.placed[1]?.samples).toEqual(before.placed[0]?.samples);
    expect(after.placed[2]?.samples).toEqual(before.placed[1]?.samples);
  });

  it("leaves room after each block but the last for the encoder's delay and padding, in silence", () => {
    const narration = assembleNarration(
      [block('p-1', 'paragraph', noise(0.3, 0.2, 1)), block('p-2', 'paragraph', noise(0.3, 0.2, 2))],
      RATE,
    );
    const [first, last] = narration.placed;
    expect(first?.samples.length).toBe((first?.slot ?? 0) - 1152);
    expect(first?.samples.subarray(first.audioEnd).every((x) => x === 0)).toBe(true);
    expect(first?.samples.subarray(0, first.audioStart).every((x) => x === 0)).toBe(true);
    expect(last?.samples.length).toBe(last?.audioEnd);
  });

  it('treats the footnotes label as a heading', () => {
    expect(pauseSeconds('paragraph', 'footnotes')).toBe(pauseSeconds('paragraph', 'heading'));
    expect(pauseSeconds('footnotes', 'footnote')).toBe(pauseSeconds('heading', 'paragraph'));
  });

  it('brings a quiet essay and a loud one to the same active level', () => {
    const quiet = assembleNarration([block('p-1', 'paragraph', noise(2, 0.01))], RATE);
    const loud = assembleNarration([block('p-1', 'paragraph', noise(2, 0.5))], RATE);
    expect(dbfs(rms(audioOf(quiet)))).toBeCloseTo(LOUDNESS.targetRmsDbfs, 1);
    expect(dbfs(rms(audioOf(loud)))).toBeCloseTo(LOUDNESS.targetRmsDbfs, 1);
  });

  it('brings each block to the target level on its own, so that its samples depend on it alone', () => {
    const { samples, timings } = assembleNarration(
      [block('p-1', 'paragraph', noise(1, 0.01, 1)), block('p-2', 'paragraph', noise(1, 0.5, 2))],
      RATE,
    );
    for (const { start, end } of timings)
      expect(dbfs(rms(samples.subarray(start * RATE, end * RATE)))).toBeCloseTo(LOUDNESS.targetRmsDbfs, 1);
  });

  it('measures the level over speech only, so long pauses do not make an essay louder', () => {
    const speech = noise(1, 0.1);
    const withPause = noise(3, 0.0001, 7); // a breath-quiet pause, 60 dB down, between two halves of the speech
    withPause.set(speech.subarray(0, RATE / 2), 0);
    withPause.set(speech.subarray(RATE / 2), withPause.length - RATE / 2);
    const plain = assembleNarration([block('p-1', 'paragraph', speech)], RATE);
    const paused = assembleNarration([block('p-1', 'paragraph', withPause)], RATE);
    expect(paused.samples[0]).toBeCloseTo(plain.samples[0] ?? 0, 3);
  });

  it('never lets a peak past the ceiling, even when that leaves speech below the target level', () => {
    const spiky = noise(2, 0.01);
    spiky[RATE] = 0.9;
    const { samples } = assembleNarration([block('p-1', 'paragraph', spiky)], RATE);
    const peak = samples.reduce((max, x) => Math.max(max, Math.abs(x)), 0);
    expect(dbfs(peak)).toBeCloseTo(LOUDNESS.peakCeilingDbfs, 3);
    expect(dbfs(rms(audioOf({ samples })))).toBeLessThan(LOUDNESS.targetRmsDbfs);
  });

  it('times each sentence exactly, with a sentence pause between the sentences of a block', () => {
    const speech = noise(0.5, 0.2);
    const { timings, sentenceTimings } = assembleNarration(
      [
        {
          id: 'p-1',
          kind: 'paragraph',
          sentences: [
            { id: 's-a', samples: framed(speech, 0.1, 0.2) },
            { id: 's-b', samples: speech },
          ],
        },
        block('p-2', 'paragraph', speech),
      ],
      RATE,
    );
    expect(sentenceTimings.map((t) => [t.block, t.id])).toEqual([
      ['p-1', 's-a'],
      ['p-1', 's-b'],
      ['p-2', 'p-2'],
    ]);
    const [a, b, c] = sentenceTimings;
    expect(a?.start).toBe(LEAD_IN);
    expect((b?.start ?? 0) - (a?.end ?? 0)).toBeCloseTo(SENTENCE_PAUSE_SECONDS, 6);
    // The block runs from its first sentence's start to its last one's end, then the paragraph pause.
    expect(timings[0]).toEqual({ id: 'p-1', start: a?.start, end: b?.end });
    const pause = (c?.start ?? 0) - (b?.end ?? 0);
    expect(Math.abs(pause - pauseSeconds('paragraph', 'paragraph'))).toBeLessThanOrEqual(HALF_FRAME);
  });

  it("places each sentence's words in narration time: after where it starts, less the silence trimmed from its head", () => {
    const speech = noise(0.5, 0.2);
    const { sentenceTimings } = assembleNarration(
      [
        {
          id: 'p-1',
          kind: 'paragraph',
          sentences: [
            {
              id: 's-a',
              // 0.1 s of silence, 0.5 s of speech, 0.2 s of silence: the words' times count from the lead-in.
              samples: framed(speech, 0.1, 0.2),
              words: [
                { start: 0, end: 0.3, text: 'One' },
                { start: 0.3, end: 0.8, text: 'two' },
              ],
            },
          ],
        },
        { id: 'p-2', kind: 'paragraph', sentences: [{ id: 'p-2', samples: speech, words: [] }] },
        {
          id: 'p-3',
          kind: 'paragraph',
          sentences: [
            { id: 's-c', samples: speech },
            { id: 's-d', samples: framed(speech, 0.05, 0), words: [{ start: 0.15, end: 0.55, text: 'three.' }] },
          ],
        },
      ],
      RATE,
    );
    const [a, b, c, d] = sentenceTimings;
    const [one, two] = a?.words ?? [];
    // The lead-in and the tail are trimmed away: the first word starts with the cue, the last ends with it.
    expect(one).toEqual({ start: a?.start, end: expect.closeTo((a?.start ?? 0) + 0.2, 3), text: 'One' });
    expect(two).toEqual({ start: one?.end, end: a?.end, text: 'two' });
    expect(b?.words).toEqual([]);
    expect(c?.words).toBeUndefined();
    expect(d?.words).toEqual([
      {
        start: expect.closeTo((d?.start ?? 0) + 0.1, 3),
        end: expect.closeTo((d?.start ?? 0) + 0.5, 3),
        text: 'three.',
      },
    ]);
  });

  it('rejects a block with no audible samples, naming it', () => {
    expect(() => assembleNarration([block('h-2', 'heading', new Float32Array(800))], RATE)).toThrow(/"h-2"/);
  });

  it('rejects an essay with no blocks', () => {
    expect(() => assembleNarration([], RATE)).toThrow(/no blocks/);
  });
});
