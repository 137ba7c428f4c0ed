import { describe, expect, it } from 'vitest';
import { crc16, encodeMp3, mp3DurationSeconds, readInfoFrame } from '../../../src/narration/audio/mp3.ts';
import { decodeMp3 } from '../../support/decode-mp3.ts';

const RATE = 16000;

// Silence with seeded noise bursts at known sample offsets: every onset is sharp and unambiguous.
function bursts(seconds: number, onsets: readonly number[], rate = RATE): Float32Array {
  const samples = new Float32Array(Math.round(seconds * rate));
  let state = 3;
  for (const onset of onsets) {
    for (let k = 0; k < rate / 4; k++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0; // 32-bit LCG: exact in integer maths, period 2^32
      samples[onset + k] = 0.4 * ((state / 2 ** 32) * 2 - 1);
    }
  }
  return samples;
}

const decode = async (mp3: Uint8Array): Promise<Float32Array> => (await decodeMp3(mp3)).samples;

// Lag that best aligns the decoded burst with the original (normalised cross-correlation);
// a level threshold would fire on MP3 pre-echo.
function lagAt(original: Float32Array, decoded: Float32Array, onset: number): number {
  let best = { lag: 0, score: -Infinity };
  for (let lag = -400; lag <= 400; lag++) {
    let product = 0;
    let energy = 1e-12;
    for (let k = 0; k < 800; k++) {
      const d = decoded[onset + lag + k] ?? 0;
      product += (original[onset + k] ?? 0) * d;
      energy += d * d;
    }
    if (product / Math.sqrt(energy) > best.score) best = { lag, score: product / Math.sqrt(energy) };
  }
  return best.lag;
}

describe('encodeMp3', () => {
  it('writes mono 32 kbps MPEG-2 Layer III at 16 kHz', async () => {
    const mp3 = await encodeMp3(bursts(1, [1000]), RATE);
    // The first audio frame follows the 180-byte Info frame. 0xFFF3: MPEG-2, Layer III, no CRC; 0x48: 32 kbps at
    // 16 kHz; top bits 11 of the 4th byte: single channel.
    expect([mp3[180], mp3[181], mp3[182]]).toEqual([0xff, 0xf3, 0x48]);
    expect((mp3[183] ?? 0) >> 6).toBe(3);
  });

  it('decodes to exactly as many samples as went in, because the Info frame states delay and padding', async () => {
    const input = bursts(2.5, [4000, 20000]);
    const decoded = await decode(await encodeMp3(input, RATE));
    expect(decoded.length).toBe(input.length);
  });

  it('keeps every onset in place after decoding, within a millisecond', async () => {
    const onsets = [1234, 9876, 23456, 40001];
    const input = bursts(3, onsets);
    const decoded = await decode(await encodeMp3(input, RATE));
    for (const onset of onsets) expect(Math.abs(lagAt(input, decoded, onset))).toBeLessThanOrEqual(RATE / 1000);
  });

  it('records frame count, byte count, the 576-sample encoder delay and the padding', async () => {
    const input = bursts(2, [500]);
    const mp3 = await encodeMp3(input, RATE);
    const info = readInfoFrame(mp3);
    expect(info).toMatchObject({ sampleRate: RATE, samplesPerFrame: 576, encoderDelay: 576, bytes: mp3.length });
    // Every 16 kHz 32 kbps frame is 144 bytes, too small for the 169-byte tag: the Info frame is a 40 kbps one, 180.
    expect(mp3.length).toBe(180 + info.frames * 144);
    expect(info.frames * 576 - info.encoderDelay - info.padding).toBe(input.length);
  });

  it('reports the duration a gapless player shows, to the sample', async () => {
    expect(mp3DurationSeconds(await encodeMp3(bursts(1.2345, [100]), RATE))).toBe(19752 / RATE);
  });

  it('seals the LAME tag with the CRC-16 of the 167 bytes before it', async () => {
    const mp3 = await encodeMp3(bursts(1, [100]), RATE);
    const tagCrc = ((mp3[167] ?? 0) << 8) | (mp3[168] ?? 0);
    expect(String.fromCharCode(...mp3.subarray(133, 137))).toBe('LAME');
    expect(tagCrc).toBe(crc16(mp3.subarray(0, 167)));
  });

  it('computes CRC-16/ARC: "123456789" checks to 0xBB3D', () => {
    expect(crc16(new TextEncoder().encode('123456789'))).toBe(0xbb3d);
  });

  it('stays gapless at 24 kHz, where the Info frame needs a higher bitrate than the audio', async () => {
    const input = bursts(1.5, [3000], 24000);
    const mp3 = await encodeMp3(input, 24000);
    expect((await decode(mp3)).length).toBe(input.length);
    expect(mp3DurationSeconds(mp3)).toBe(1.5);
  });

  // LAME picks its own output rate for a low bitrate unless told: lamejs at 32 kbps turned 24 kHz into 22.05 kHz.
  it.each([16000, 22050, 24000, 32000])('keeps %i Hz speech at its own rate, to the sample', async (rate) => {
    const input = bursts(1, [rate / 4], rate);
    const mp3 = await encodeMp3(input, rate);
    expect(readInfoFrame(mp3).sampleRate).toBe(rate);
    expect((await decode(mp3)).length).toBe(input.length);
  });

  it('clips samples beyond full scale instead of wrapping them into the opposite sign', async () => {
    const loud = Float32Array.from({ length: RATE }, (_, i) => 1.5 * Math.sin((2 * Math.PI * 200 * i) / RATE));
    const decoded = await decode(await encodeMp3(loud, RATE));
    const agreeing = decoded.filter((x, i) => Math.abs(x) < 0.3 || Math.sign(x) === Math.sign(loud[i] ?? 0));
    expect(agreeing.length / decoded.length).toBeGreaterThan(0.99);
  });

  it('costs about 240 kB per minute of audio', async () => {
    const mp3 = await encodeMp3(bursts(60, [1000]), RATE);
    expect(mp3.length).toBeGreaterThan(238_000);
    expect(mp3.length).toBeLessThan(242_000);
  });

  it('refuses a file whose first frame carries no Info frame', async () => {
    const mp3 = await encodeMp3(bursts(1, [100]), RATE);
    expect(() => readInfoFrame(mp3.subarray(180))).toThrow(/no Info\/Xing frame/);
  });
});
