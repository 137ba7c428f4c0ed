import { describe, expect, it } from 'vitest';
import { encodeMp3, mp3DurationSeconds, readInfoFrame } from '../../../src/narration/audio/mp3.ts';
import { encodeMp3Parallel } from '../../../src/narration/audio/mp3-parallel.ts';
import { splitIntoSpans } from '../../../src/narration/audio/mp3-span.ts';
import { decodeMp3 } from '../../support/decode-mp3.ts';

// Speech-like audio: voiced harmonics with a gliding pitch and noisy consonants, in 4 Hz syllables and uneven pauses.
function speechLike(seconds: number, rate: number): Float32Array {
  const samples = new Float32Array(Math.round(seconds * rate));
  let seed = 7;
  // A 32-bit LCG.
  const random = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  let phase = 0;
  for (let i = 0; i < samples.length; i++) {
    const t = i / rate;
    const inPause = t % 5.3 > 4.4;
    const syllable = Math.sin(Math.PI * 4 * t) ** 2;
    phase += (2 * Math.PI * (110 + 30 * Math.sin(t))) / rate;
    const voiced = Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase);
    samples[i] = inPause ? 0 : 0.3 * syllable * (0.7 * voiced + 0.3 * (random() * 2 - 1));
  }
  return samples;
}

const decode = async (mp3: Uint8Array): Promise<Float32Array> => (await decodeMp3(mp3)).samples;

function snrDb(reference: Float32Array, other: Float32Array): number {
  let signal = 0;
  let noise = 0;
  for (let i = 0; i < reference.length; i++) {
    signal += (reference[i] ?? 0) ** 2;
    noise += ((reference[i] ?? 0) - (other[i] ?? 0)) ** 2;
  }
  return noise === 0 ? Infinity : 10 * Math.log10(signal / noise);
}

// Where one span's kept frames end and the next one's begin, in samples.
function joins(samples: Float32Array, rate: number, threads: number): number[] {
  const spans = splitIntoSpans(samples, rate, threads).slice(0, -1);
  return spans.map((_, i) => spans.slice(0, i + 1).reduce((sum, span) => sum + (span.keepFrames ?? 0), 0) * 576);
}

const maxAbsDifference = (a: Float32Array, b: Float32Array, from: number, to: number): number =>
  Math.max(...Array.from({ length: to - from }, (_, k) => Math.abs((a[from + k] ?? 0) - (b[from + k] ?? 0))));

/** Byte equality, reported at the first difference: toEqual walks a 300 KB array element by element, for seconds. */
function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  const first = actual.findIndex((byte, i) => byte !== expected[i]);
  expect({ length: actual.length, firstDifference: first }).toEqual({ length: expected.length, firstDifference: -1 });
}

describe('encodeMp3Parallel', () => {
  const RATE = 16000;
  // Just long enough for 5 spans of at least MIN_SPAN_FRAMES (256 frames, 9.2 s) each: 4 joins, whose bytes catch a
  // pre-roll cut to 4 frames (2 or 3 spans did not). Each second of input costs each encoding ~0.08 s when loaded.
  const input = speechLike(48, RATE);
  const SPLITS = [2, 5];
  const single = encodeMp3(input, RATE);
  // Each split is encoded once and decoded once, then read by every test that needs it.
  const parallel = new Map(SPLITS.map((threads) => [threads, encodeMp3Parallel(input, RATE, threads)]));
  const decoded = new Map<Uint8Array, Promise<Float32Array>>();
  function decodeOnce(mp3: Uint8Array): Promise<Float32Array> {
    const samples = decoded.get(mp3) ?? decode(mp3);
    decoded.set(mp3, samples);
    return samples;
  }

  for (const threads of SPLITS) {
    it(`decodes like one encoder, in ${threads} spans: same length, SNR above 30 dB, no click within two frames of a join`, async () => {
      const mp3 = (await parallel.get(threads)) as Uint8Array;
      const [reference, chunked] = [await decodeOnce(single), await decodeOnce(mp3)];
      expect(joins(input, RATE, threads)).toHaveLength(threads - 1);
      expect(chunked.length).toBe(input.length);
      expect(reference.length).toBe(input.length);
      expect(snrDb(reference, chunked)).toBeGreaterThan(30);
      for (const join of joins(input, RATE, threads)) {
        // 0.003 is about -50 dBFS: far below the codec's own error on this 0.3-amplitude signal.
        expect(maxAbsDifference(reference, chunked, join - 1152, join + 1152)).toBeLessThan(0.003);
      }
    });
  }

  it('states the exact duration and the same frame count, byte count and padding as one encoder', async () => {
    const mp3 = (await parallel.get(5)) as Uint8Array;
    expect(mp3DurationSeconds(mp3)).toBe(input.length / RATE);
    expect(readInfoFrame(mp3)).toEqual(readInfoFrame(single));
  });

  it('writes byte for byte what one encoder writes, in any number of spans: the pre-roll rebuilds all the state a frame depends on', async () => {
    for (const mp3 of parallel.values()) expectSameBytes(await mp3, single);
  });

  it('stays equivalent at 22.05 kHz (espeak), where a padding byte comes and goes in a 49-frame pattern', async () => {
    const rate = 22050;
    // Two spans, whose join (frame 383, pre-roll from 335) is not on the 49-frame pattern unless the split aligns it.
    const input22 = speechLike(20, rate);
    const [single22, parallel22] = [encodeMp3(input22, rate), await encodeMp3Parallel(input22, rate, 2)];
    const [reference, chunked] = [await decode(single22), await decode(parallel22)];
    expect(chunked.length).toBe(input22.length);
    expect(snrDb(reference, chunked)).toBeGreaterThan(30);
    expect(mp3DurationSeconds(parallel22)).toBe(input22.length / rate);
    expectSameBytes(parallel22, single22);
  });

  it('encodes a short narration in one span on this thread, byte for byte as encodeMp3', async () => {
    const short = speechLike(8, RATE);
    expect(splitIntoSpans(short, RATE, 4)).toHaveLength(1);
    expectSameBytes(await encodeMp3Parallel(short, RATE, 4), encodeMp3(short, RATE));
  });

  it('refuses an empty narration', async () => {
    await expect(encodeMp3Parallel(new Float32Array(0), RATE)).rejects.toThrow(/no samples to encode/);
  });
});
