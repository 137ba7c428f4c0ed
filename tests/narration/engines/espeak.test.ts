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

  test('reports when it says each word: in order, within the audio, with the words as given', async () => {
    const text = 'Good typography is “mostly” invisible, 3.5 times over.';
    const { samples, sampleRate, words = [] } = await espeak.synthesize(text, 'en-us');
    const seconds = samples.length / sampleRate;
    // Every run of text is a word, punctuation and all; "3.5" is one word though espeak says three.
    expect(words.map((w) => w.text)).toEqual(text.split(' '));
    for (const [i, word] of words.entries()) {
      expect(word.start).toBeGreaterThan(i === 0 ? -1e-9 : (words[i - 1]?.start ?? 0));
      expect(word.end).toBe(words[i + 1]?.start ?? seconds);
    }
    expect(words.at(-1)?.start).toBeLessThan(seconds - 0.2);
    // "Good typography" takes longer to say than "Good": the starts follow the speech, not an even spread.
    const [good, typography, is] = words;
    expect((is?.start ?? 0) - (typography?.start ?? 0)).toBeGreaterThan((typography?.start ?? 0) - (good?.start ?? 0));
  });

  test('joins a run of text espeak says with the word before it into that word, so no text is left out', async () => {
    const { words = [] } = await espeak.synthesize('It does not forgive a pause.', 'en-us');
    expect(words.map((w) => w.text)).toEqual(['It', 'does not', 'forgive', 'a', 'pause.']);
  });

  test('counts text positions in code points, past a character outside the BMP', async () => {
    const { words = [] } = await espeak.synthesize('A 𝔸 is here.', 'en-us');
    expect(words.map((w) => w.text)).toEqual(['A', '𝔸', 'is', 'here.']);
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
