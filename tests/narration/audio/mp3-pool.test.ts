import { describe, expect, it } from 'vitest';
import { encodeFrames } from '../../../src/narration/audio/mp3-lame.ts';
import { startMp3Pool } from '../../../src/narration/audio/mp3-pool.ts';

const RATE = 16000;
const tone = (seconds: number, hz: number): Float32Array =>
  Float32Array.from({ length: seconds * RATE }, (_, i) => 0.3 * Math.sin((2 * Math.PI * hz * i) / RATE));

describe('startMp3Pool', () => {
  it('encodes in worker threads the very frames this thread would, each job to its own caller', async () => {
    const blocks = [tone(1, 220), tone(0.5, 440), tone(2, 330), tone(0.25, 550)];
    const pool = startMp3Pool(2);
    try {
      const frames = await Promise.all(blocks.map((samples) => pool.encode(samples, RATE)));
      for (const [i, samples] of blocks.entries()) expect(frames[i]).toEqual(await encodeFrames(samples, RATE));
    } finally {
      await pool.close();
    }
  });

  it("leaves the caller's samples as they were", async () => {
    const samples = tone(0.5, 220);
    const before = samples.slice();
    const pool = startMp3Pool(1);
    try {
      await pool.encode(samples, RATE);
    } finally {
      await pool.close();
    }
    expect(samples).toEqual(before);
  });

  it("fails with the encoder's reason", async () => {
    const pool = startMp3Pool(1);
    try {
      await expect(pool.encode(tone(0.5, 220), 12345)).rejects.toThrow(/no 12345 Hz sample rate/);
    } finally {
      await pool.close();
    }
  });
});
