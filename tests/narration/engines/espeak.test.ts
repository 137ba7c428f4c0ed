import { describe, expect, test } from 'vitest';
import { espeak } from '../../../src/narration/engines/espeak.ts';

describe('espeak engine (real espeak-ng, no mocks)', () => {
  test('says "Hello world." as audible 22.05 kHz speech of plausible length', async () => {
    const { samples, sampleRate } = await espeak.synthesize('Hello world.', 'en-us');
    expect(sampleRate).toBe(22050);
    expect(samples.length / sampleRate).toBeGreaterThan(0.4);
    expect(samples.length / sampleRate).toBeLessThan(3);
    expect(Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length)).toBeGreaterThan(0.01);
  });

  test('speaks other languages by voice name: French', async () => {
    const { samples, sampleRate } = await espeak.synthesize('Bonjour tout le monde.', 'fr');
    expect(samples.length / sampleRate).toBeGreaterThan(0.4);
  });

  test('rejects a voice it does not know', async () => {
    await expect(espeak.synthesize('Hello.', 'no-such-voice')).rejects.toThrow(/no voice "no-such-voice"/);
  });

  test('defaults to en-us', () => {
    expect(espeak.defaultVoice).toBe('en-us');
  });
});
