import { describe, expect, it } from 'vitest';
import { ipaSymbols } from '../../../src/lib/essays/ipa.ts';

describe('ipaSymbols', () => {
  it('reads a diphthong, a long vowel and an affricate as one sound each, and stress as its own mark', () => {
    expect(ipaSymbols('ˈtʃaɪniːz')).toEqual({ symbols: ['ˈ', 'tʃ', 'aɪ', 'n', 'iː', 'z'] });
  });

  it('reads the tie-barred affricate and a syllabic consonant as one sound', () => {
    expect(ipaSymbols('ˈd͡ʒʌdʒ')).toEqual({ symbols: ['ˈ', 'd͡ʒ', 'ʌ', 'dʒ'] });
    expect(ipaSymbols('ˈbʌʔn̩')).toEqual({ symbols: ['ˈ', 'b', 'ʌ', 'ʔ', 'n̩'] });
  });

  it('drops the slashes or brackets that quote IPA, and keeps syllable dots and word spaces as marks', () => {
    expect(ipaSymbols('/ʃɪˈvɔːn/')).toEqual(ipaSymbols('ʃɪˈvɔːn'));
    expect(ipaSymbols('[ʃɪ.ˈvɔːn]')).toEqual({ symbols: ['ʃ', 'ɪ', '.', 'ˈ', 'v', 'ɔː', 'n'] });
  });

  it('names the first character that is no English sound it knows', () => {
    expect(ipaSymbols('ɬaˈnɛɬi')).toEqual({ unknown: 'ɬ' });
    expect(ipaSymbols('shiv-AWN')).toEqual({ unknown: '-' });
  });
});
