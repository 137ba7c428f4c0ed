import { describe, expect, test } from 'vitest';
import { decodeWav, encodeWav } from '../../../src/narration/audio/wav.ts';

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const u32 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];

function wavBytes(chunks: number[][]): Uint8Array {
  const body = chunks.flat();
  return new Uint8Array([...ascii('RIFF'), ...u32(body.length + 4), ...ascii('WAVE'), ...body]);
}
const fmt = (rate: number, channels = 1, bits = 16, format = 1): number[] =>
  [...ascii('fmt '), ...u32(16), ...u16(format), ...u16(channels), ...u32(rate), ...u32(rate * 2), ...u16(2), ...u16(bits)];
const data = (samples: number[]): number[] => [...ascii('data'), ...u32(samples.length * 2), ...samples.flatMap((s) => u16(s & 0xffff))];

describe('decodeWav', () => {
  test('reads 16-bit samples scaled to -1..1 and the sample rate', () => {
    const { samples, sampleRate } = decodeWav(wavBytes([fmt(16000), data([0, 16384, -32768, 32767])]));
    expect(sampleRate).toBe(16000);
    expect([...samples]).toEqual([0, 0.5, -1, 32767 / 32768]);
  });
  test('skips chunks it does not need, including odd-sized ones with their padding byte', () => {
    const list = [...ascii('LIST'), ...u32(3), 1, 2, 3, 0];
    expect([...decodeWav(wavBytes([fmt(22050), list, data([100])])).samples]).toEqual([100 / 32768]);
  });
  test('reads a view into a larger buffer from its own offset', () => {
    const bytes = wavBytes([fmt(16000), data([16384])]);
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 10);
    expect([...decodeWav(padded.subarray(10)).samples]).toEqual([0.5]);
  });
  test('yields the samples present when the data size runs past the end', () => {
    const bytes = wavBytes([fmt(16000), data([16384, 16384])]);
    expect(decodeWav(bytes.subarray(0, bytes.length - 2)).samples).toHaveLength(1);
  });
  test('rejects a file that is not RIFF WAVE', () => {
    expect(() => decodeWav(new TextEncoder().encode('ID3 not a wave file'))).toThrow(/not a RIFF WAVE/);
  });
  test('rejects stereo and 8-bit audio, naming what it found', () => {
    expect(() => decodeWav(wavBytes([fmt(16000, 2), data([0])]))).toThrow(/2 channels/);
    expect(() => decodeWav(wavBytes([fmt(16000, 1, 8), data([0])]))).toThrow(/8 bits/);
  });
  test('rejects a file with no data chunk', () => {
    expect(() => decodeWav(wavBytes([fmt(16000)]))).toThrow(/no data chunk/);
  });
});

describe('encodeWav', () => {
  test('round-trips through decodeWav within one quantisation step', () => {
    const samples = new Float32Array([0, 0.25, -0.5, 0.999]);
    const decoded = decodeWav(encodeWav({ samples, sampleRate: 16000 }));
    expect(decoded.sampleRate).toBe(16000);
    decoded.samples.forEach((x, i) => expect(Math.abs(x - (samples[i] ?? 0))).toBeLessThan(1 / 16384));
  });
  test('clips samples outside -1..1 instead of wrapping around', () => {
    const decoded = decodeWav(encodeWav({ samples: new Float32Array([1.5, -1.5]), sampleRate: 8000 }));
    expect(decoded.samples[0]).toBeCloseTo(1, 3);
    expect(decoded.samples[1]).toBeCloseTo(-1, 3);
  });
  test('writes the 44-byte header pocketsphinx expects', () => {
    const bytes = encodeWav({ samples: new Float32Array(10), sampleRate: 16000 });
    expect(bytes).toHaveLength(44 + 20);
    expect(String.fromCharCode(...bytes.subarray(36, 40))).toBe('data');
  });
});
