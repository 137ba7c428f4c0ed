import { describe, expect, test } from 'vitest';
import { decodeWav, encodeWav, WavError } from '../../../src/narration/audio/wav.ts';

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const u32 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];

function wavBytes(chunks: number[][]): Uint8Array {
  const body = chunks.flat();
  return new Uint8Array([...ascii('RIFF'), ...u32(body.length + 4), ...ascii('WAVE'), ...body]);
}
const fmt = (rate: number, channels = 1, bits = 16, format = 1): number[] => [
  ...ascii('fmt '),
  ...u32(16),
  ...u16(format),
  ...u16(channels),
  ...u32(rate),
  ...u32(rate * 2),
  ...u16(2),
  ...u16(bits),
];
const data = (samples: number[]): number[] => [
  ...ascii('data'),
  ...u32(samples.length * 2),
  ...samples.flatMap((s) => u16(s & 0xffff)),
];

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
  test('rejects a fmt chunk cut short with its own error, not a RangeError', () => {
    const cut = wavBytes([fmt(16000)]).subarray(0, 30);
    expect(() => decodeWav(cut)).toThrow(WavError);
    expect(() => decodeWav(cut)).toThrow(/fmt chunk is cut short/);
  });
});

describe('decodeWav, whole files only (the block cache)', () => {
  const encoded = encodeWav({ samples: new Float32Array([0.5, -0.5, 0.25]), sampleRate: 16000 });
  test('reads a file whose sizes match its length', () => {
    expect(decodeWav(encoded, { whole: true }).samples).toHaveLength(3);
  });
  test('rejects a file cut short, saying how many bytes are missing', () => {
    expect(() => decodeWav(encoded.subarray(0, encoded.length - 2), { whole: true })).toThrow(
      /RIFF size says 50 bytes, the file has 48/,
    );
  });
  test('rejects a data chunk that runs past the end even when the RIFF size agrees', () => {
    const bytes = wavBytes([fmt(16000), [...ascii('data'), ...u32(8), ...u16(1), ...u16(2)]]);
    expect(() => decodeWav(bytes, { whole: true })).toThrow(/data chunk says 8 bytes, 4 are there/);
  });
  test('rejects half a sample', () => {
    const bytes = wavBytes([fmt(16000), [...ascii('data'), ...u32(3), 1, 2, 3, 0]]);
    expect(() => decodeWav(bytes, { whole: true })).toThrow(/not whole 16-bit samples/);
  });
  test("an engine's streamed WAV, sizes 0xFFFFFFFF, still reads without the option", () => {
    const streamed = Uint8Array.from(encoded);
    new DataView(streamed.buffer).setUint32(4, 0xffffffff, true);
    new DataView(streamed.buffer).setUint32(40, 0xffffffff, true);
    expect(decodeWav(streamed).samples).toHaveLength(3);
    expect(() => decodeWav(streamed, { whole: true })).toThrow(WavError);
  });
});

describe('encodeWav', () => {
  test('round-trips through decodeWav within one quantisation step', () => {
    const samples = new Float32Array([0, 0.25, -0.5, 0.999]);
    const decoded = decodeWav(encodeWav({ samples, sampleRate: 16000 }));
    expect(decoded.sampleRate).toBe(16000);
    for (const [i, x] of decoded.samples.entries()) expect(Math.abs(x - (samples[i] ?? 0))).toBeLessThan(1 / 16384);
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
