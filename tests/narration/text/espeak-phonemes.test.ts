// The IPA an author writes, given to real espeak-ng as its own phonemes, must sound as espeak says the word itself:
// the same length of audio, to a few per cent. A wrong name for one sound (T for ð, say) changes it.
import { describe, expect, it } from 'vitest';
import { espeak } from '../../../src/narration/engines/espeak.ts';
import { espeakPhonemes } from '../../../src/narration/text/espeak-phonemes.ts';

// The word, and its General American IPA as a dictionary gives it; together they use every vowel and consonant class.
const WORDS: readonly (readonly [string, string])[] = [
  ['Nietzsche', 'ˈniːtʃə'],
  ['thought', 'θɔːt'],
  ['father', 'ˈfɑːðɚ'],
  ['cat', 'kæt'],
  ['cut', 'kʌt'],
  ['bird', 'bɜːd'],
  ['sit', 'sɪt'],
  ['bed', 'bɛd'],
  ['put', 'pʊt'],
  ['boot', 'buːt'],
  ['price', 'pɹaɪs'],
  ['mouth', 'maʊθ'],
  ['face', 'feɪs'],
  ['goat', 'ɡoʊt'],
  ['choice', 'tʃɔɪs'],
  ['near', 'nɪɹ'],
  ['square', 'skwɛɹ'],
  ['cure', 'kjʊɹ'],
  ['north', 'nɔːɹθ'],
  ['start', 'stɑːɹt'],
  ['this', 'ðɪs'],
  ['measure', 'ˈmɛʒɚ'],
  ['judge', 'dʒʌdʒ'],
  ['sing', 'sɪŋ'],
  ['yes', 'jɛs'],
  ['wet', 'wɛt'],
  ['butter', 'ˈbʌɾɚ'],
  ['happy', 'ˈhæpi'],
  ['loch', 'lɑːx'],
  ['Worcestershire', 'ˈwʊstɚʃɚ'],
];

const seconds = async (text: string): Promise<number> => {
  const { samples, sampleRate } = await espeak.synthesize(text, 'en-us');
  return samples.length / sampleRate;
};

describe('espeakPhonemes', () => {
  it("writes the IPA in espeak's mnemonics between [[ and ]], stress marks included", () => {
    expect(espeakPhonemes('ˈniːtʃə')).toBe("[[n'i:tS@]]");
    expect(espeakPhonemes('/ʃɪˈvɔːn/')).toBe("[[SIv'O:n]]");
  });

  it('joins a vowel and the r closing its syllable, but not an r that starts the next one', () => {
    expect(espeakPhonemes('nɪɹ')).toBe('[[ni@3]]');
    expect(espeakPhonemes('ˈspɪɹɪt')).toBe("[[sp'IrIt]]");
  });

  it('says a possessive or plural as English does after the last sound', () => {
    expect(espeakPhonemes('ˈniːtʃə', "'s")).toBe("[[n'i:tS@z]]");
    expect(espeakPhonemes('kæt', 's')).toBe('[[kats]]');
    expect(espeakPhonemes('dʒʌdʒ', 'es')).toBe('[[dZVdZI#z]]');
    expect(espeakPhonemes('ˈniːtʃə', '’')).toBe("[[n'i:tS@]]");
  });

  it('sounds as espeak says each word itself (real espeak-ng)', async () => {
    const off: string[] = [];
    for (const [word, ipa] of WORDS) {
      const [asWord, asPhonemes] = [await seconds(word), await seconds(espeakPhonemes(ipa))];
      if (Math.abs(asPhonemes / asWord - 1) > 0.04)
        off.push(`${word} /${ipa}/: ${asWord} s as a word, ${asPhonemes} s`);
    }
    expect(off).toEqual([]);
  });

  it('is not merely as long as any audio: a wrong sound for one symbol is heard', async () => {
    const right = await seconds(espeakPhonemes('nɪɹ'));
    expect(Math.abs((await seconds('[[nIr]]')) / right - 1)).toBeGreaterThan(0.2);
  });
});
