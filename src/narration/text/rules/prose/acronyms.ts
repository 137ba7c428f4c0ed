// Acronyms spelled out, except those said as words (NASA) and Roman numerals ("World War II").
import { cardinal } from '../../number-words.ts';
import { ROMAN_NUMERALS } from './roman-numerals.ts';

// All-caps words that English speakers say as words, not letters.
const SAID_AS_WORDS = new Set([
  'NASA',
  'NATO',
  'UNESCO',
  'UNICEF',
  'OPEC',
  'FIFA',
  'NAFTA',
  'LASER',
  'RADAR',
  'SCUBA',
  'AIDS',
  'ASCII',
  'GIF',
  'JPEG',
  'PIN',
  'RAM',
  'ROM',
  'SIM',
  'SWAT',
  'IKEA',
  'LEGO',
  'ZIP',
  'WIFI',
  'COVID',
  'CAPTCHA',
]);

// flite says "AWS" as one syllable and "AI" as "eye"; letters spelled out are what the reader means.
export function spellAcronyms(text: string): string {
  return text.replace(/\b([A-Z]{2,5})(s|'s)?\b/g, (word: string, letters: string, plural: string | undefined) => {
    const roman = ROMAN_NUMERALS.indexOf(letters);
    if (roman > 1 && !plural) return cardinal(roman);
    if (SAID_AS_WORDS.has(letters)) return word;
    return `${[...letters].join(' ')}${plural ? "'s" : ''}`;
  });
}
