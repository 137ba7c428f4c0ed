import { describe, expect, test } from 'vitest';
import { fft, mfccFeatures } from '../../../src/narration/align/features.ts';

// A chirp with a rising pitch and a beat, so that neighbouring frames differ.
const chirp = (sampleRate: number, seconds: number): Float32Array =>
  Float32Array.from({ length: Math.round(sampleRate * seconds) }, (_, n) => {
    const t = n / sampleRate;
    return 0.5 * Math.sin(2 * Math.PI * (200 * t + 400 * t * t)) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * t));
  });

describe('fft', () => {
  test('equals the plain DFT on 16 points', () => {
    const input = Float64Array.from({ length: 16 }, (_, n) => Math.sin(n * 1.3) + n / 7);
    const re = input.slice();
    const im = new Float64Array(16);
    fft(re, im);
    for (let k = 0; k < 16; k++) {
      let real = 0;
      let imaginary = 0;
      input.forEach((x, n) => {
        real += x * Math.cos((-2 * Math.PI * k * n) / 16);
        imaginary += x * Math.sin((-2 * Math.PI * k * n) / 16);
      });
      expect(re[k]).toBeCloseTo(real, 9);
      expect(im[k]).toBeCloseTo(imaginary, 9);
    }
  });
});

describe('mfccFeatures', () => {
  test('frames every 10 ms with 13 coefficients, each of mean zero', () => {
    const features = mfccFeatures(chirp(16_000, 2), 16_000);
    expect([features.length, features.dimensions]).toEqual([198, 13]);
    for (let d = 0; d < 13; d++) {
      const mean = Array.from({ length: features.length }, (_, t) => features.values[t * 13 + d] ?? 0);
      expect(mean.reduce((sum, x) => sum + x, 0) / features.length).toBeCloseTo(0, 4);
    }
  });

  test('the same sound at 16 and 22.05 kHz, one of them quieter, gives nearly the same frames', () => {
    const at16 = mfccFeatures(chirp(16_000, 2), 16_000);
    const at22 = mfccFeatures(
      chirp(22_050, 2).map((x) => x * 0.1),
      22_050,
    );
    expect(at22.length).toBe(at16.length);
    let difference = 0;
    let size = 0;
    at16.values.forEach((x, k) => {
      difference += Math.abs(x - (at22.values[k] ?? 0));
      size += Math.abs(x);
    });
    expect(difference / size).toBeLessThan(0.1);
  });

  test('padSeconds gives the frames of the sound with that much silence copied in at both ends', () => {
    const sound = chirp(16_000, 1);
    const copied = new Float32Array(sound.length + 2 * 8000);
    copied.set(sound, 8000);
    expect(Array.from(mfccFeatures(sound, 16_000, 0.5).values)).toEqual(
      Array.from(mfccFeatures(copied, 16_000).values),
    );
  });

  test('levels: 0 dB for the loudest frame, far below for silence', () => {
    const sound = new Float32Array(32_000);
    sound.set(chirp(16_000, 1), 16_000);
    const levels = Array.from(mfccFeatures(sound, 16_000).levels ?? []);
    expect(Math.max(...levels)).toBe(0);
    expect(Math.max(...levels.slice(0, 90))).toBeLessThan(-60);
  });

  test('digital silence gives finite frames, and too low a sample rate is refused', () => {
    expect(mfccFeatures(new Float32Array(16_000), 16_000).values.every(Number.isFinite)).toBe(true);
    expect(() => mfccFeatures(new Float32Array(8000), 8000)).toThrow(/8000 Hz/);
  });
});
