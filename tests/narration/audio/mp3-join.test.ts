import { describe, expect, it } from 'vitest';
import { createMp3Encoder } from 'wasm-media-encoders';
import { concatBytes } from '../../../src/narration/audio/concat-bytes.ts';
import type { BlockKind } from '../../../src/lib/essay-body/spoken-blocks.ts';
import { assembleNarration, wholeBlock } from '../../../src/narration/audio/assemble.ts';
import { lameFrames, samplesPerFrame } from '../../../src/narration/audio/frame-slots.ts';
import { encodePlaced, joinMp3, mp3DurationSeconds } from '../../../src/narration/audio/mp3.ts';
import { encodeFrames } from '../../../src/narration/audio/mp3-lame.ts';
import { scanFrames } from '../../../src/narration/audio/mp3-frames.ts';
import { decodeMp3 } from '../../support/decode-mp3.ts';

const RATE = 16000;

// Seeded noise bursts stand in for speech: broadband, with sharp onsets.
function noise(seconds: number, amplitude: number, seed: number, rate = RATE): Float32Array {
  let state = seed;
  return Float32Array.from({ length: Math.round(seconds * rate) }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return amplitude * ((state / 2 ** 32) * 2 - 1);
  });
}

const KINDS: BlockKind[] = ['heading', 'paragraph', 'paragraph', 'list-item', 'list-item', 'paragraph'];
const narrationAt = (rate: number) =>
  assembleNarration(
    KINDS.map((kind, i) => wholeBlock(`b-${i}`, kind, noise(0.4 + 0.113 * i, 0.3, i + 1, rate))),
    rate,
  );

// Where the decoded audio best matches the original near `at` (normalised cross-correlation), in samples.
function lagAt(original: Float32Array, decoded: Float32Array, at: number): number {
  let best = { lag: 0, score: -Infinity };
  for (let lag = -200; lag <= 200; lag++) {
    let [product, energy] = [0, 1e-12];
    for (let k = 0; k < 800; k++) {
      const d = decoded[at + lag + k] ?? 0;
      product += (original[at + k] ?? 0) * d;
      energy += d * d;
    }
    if (product / Math.sqrt(energy) > best.score) best = { lag, score: product / Math.sqrt(energy) };
  }
  return best.lag;
}

describe('LAME framing (frame-slots.ts)', () => {
  it.each([16000, 22050, 44100])('writes as many frames as lameFrames says at %i Hz', async (rate) => {
    for (const n of [1, 575, 576, 577, 1152, 1153, 4000]) {
      const frames = scanFrames(await encodeFrames(noise(n / rate, 0.2, n, rate), rate), rate);
      expect(frames.length, `${n} samples`).toBe(lameFrames(n, rate));
    }
  });
});

describe('encodePlaced: each block encoded alone, the frames joined', () => {
  it.each([16000, 22050])('decodes at %i Hz to exactly the narration, every cue in place', async (rate) => {
    const narration = narrationAt(rate);
    // decodeMp3 also fails on any error mpg123 reports: the joins decode cleanly.
    const decoded = (await decodeMp3(await encodePlaced(narration.placed, rate))).samples;
    expect(decoded.length).toBe(narration.samples.length);
    for (const { start } of narration.timings) {
      expect(Math.abs(lagAt(narration.samples, decoded, Math.round(start * rate)))).toBeLessThanOrEqual(rate / 1000);
    }
  });

  it('leaves the pauses at the joins silent: no click where one encoder stopped and the next began', async () => {
    const narration = narrationAt(RATE);
    const decoded = (await decodeMp3(await encodePlaced(narration.placed, RATE))).samples;
    narration.timings.slice(1).forEach((block, i) => {
      // From 20 ms after the block before ends to 20 ms before this one starts (one encoder's pre-echo is near -52 dBFS).
      const from = Math.round(((narration.timings[i]?.end ?? 0) + 0.02) * RATE);
      const pause = decoded.subarray(from, Math.round((block.start - 0.02) * RATE));
      const peak = pause.reduce((max, x) => Math.max(max, Math.abs(x)), 0);
      expect(20 * Math.log10(peak + 1e-9), `pause before ${block.id}`).toBeLessThan(-50);
    });
  });

  it('says the duration to the sample in the Info frame', async () => {
    const narration = narrationAt(RATE);
    expect(mp3DurationSeconds(await encodePlaced(narration.placed, RATE))).toBe(narration.samples.length / RATE);
  });

  it("keeps a block's frames byte for byte when another block changes: only the edited block is encoded again", async () => {
    const narration = narrationAt(RATE);
    const edited = assembleNarration(
      KINDS.map((kind, i) => wholeBlock(`b-${i}`, kind, noise(0.4 + 0.113 * i, 0.3, i === 2 ? 99 : i + 1))),
      RATE,
    );
    const framesOf = (samples: Float32Array) => encodeFrames(samples, RATE);
    expect(await framesOf(edited.placed[4]?.samples ?? new Float32Array())).toEqual(
      await framesOf(narration.placed[4]?.samples ?? new Float32Array()),
    );
  });

  it('encodes a block as a new encoder would, whatever this thread encoded before it', async () => {
    const block = noise(0.7, 0.3, 5);
    // A new encoder, as encodeFrames feeds it a block shorter than its chunk.
    const fresh = await createMp3Encoder();
    fresh.configure({ channels: 1, sampleRate: RATE, outputSampleRate: RATE, bitrate: 32 });
    const expected = concatBytes([fresh.encode([block]).slice(), fresh.finalize().slice()]);
    await encodeFrames(noise(2, 0.5, 6), RATE);
    await encodeFrames(noise(0.3, 0.1, 7), 22050);
    expect(await encodeFrames(block, RATE)).toEqual(expected);
  });

  it('refuses frames that do not fill their slot, which would move every later cue', async () => {
    const frames = await encodeFrames(noise(0.5, 0.2, 1), RATE);
    const frameLength = samplesPerFrame(RATE);
    expect(() =>
      joinMp3(
        [
          { frames, slot: (scanFrames(frames, RATE).length + 1) * frameLength },
          { frames, slot: 100 },
        ],
        RATE,
      ),
    ).toThrow(/block 1 has \d+ frames/);
  });
});
