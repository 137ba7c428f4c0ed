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

describe('encodeMp3Parallel', () => {
  const RATE = 16000;
  const input = speechLike(60, RATE);
  const single = encodeMp3(input, RATE);

  for (const threads of [2, 3, 5]) {
    it(`decodes like one encoder, in ${threads} spans: same length, SNR above 30 dB, no click within two frames of a join`, async () => {
      const parallel = await encodeMp3Parallel(input, RATE, threads);
      const [reference, chunked] = [await decode(single), await decode(parallel)];
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
    const parallel = await encodeMp3Parallel(input, RATE, 3);
    expect(mp3DurationSeconds(parallel)).toBe(input.length / RATE);
    expect(readInfoFrame(parallel)).toEqual(readInfoFrame(single));
  });

  it('writes byte for byte what one encoder writes: the pre-roll rebuilds all the state a frame depends on', async () => {
    expect(await encodeMp3Parallel(input, RATE, 5)).toEqual(single);
  });

  it('stays equivalent at 22.05 kHz (espeak), where a padding byte comes and goes in a 49-frame pattern', async () => {
    const rate = 22050;
    const input22 = speechLike(40, rate);
    const [single22, parallel22] = [encodeMp3(input22, rate), await encodeMp3Parallel(input22, rate, 2)];
    const [reference, chunked] = [await decode(single22), await decode(parallel22)];
    expect(chunked.length).toBe(input22.length);
    expect(snrDb(reference, chunked)).toBeGreaterThan(30);
    expect(mp3DurationSeconds(parallel22)).toBe(input22.length / rate);
    expect(parallel22).toEqual(single22);
  });

  it('encodes a short narration in one span on this thread, byte for byte as encodeMp3', async () => {
    const short = speechLike(8, RATE);
    expect(splitIntoSpans(short, RATE, 4)).toHaveLength(1);
    expect(await encodeMp3Parallel(short, RATE, 4)).toEqual(encodeMp3(short, RATE));
  });

  it('refuses an empty narration', async () => {
    await expect(encodeMp3Parallel(new Float32Array(0), RATE)).rejects.toThrow(/no samples to encode/);
  });
});
