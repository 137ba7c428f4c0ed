// Numbers in words: ranges, ordinals and decades, years, fractions and ratios, then every number left.
import { cardinal, decimal, digits, ordinal, pluralWords, year } from '../../number-words.ts';
import { numberOf } from './number-of.ts';

const FRACTIONS: Readonly<Record<number, readonly [one: string, many: string]>> = {
  2: ['half', 'halves'],
  3: ['third', 'thirds'],
  4: ['quarter', 'quarters'],
  5: ['fifth', 'fifths'],
  6: ['sixth', 'sixths'],
  8: ['eighth', 'eighths'],
  10: ['tenth', 'tenths'],
};

// Slashed numbers that are names, not fractions.
const SLASHED_NAMES: Readonly<Record<string, string>> = { '24/7': 'twenty-four seven', '9/11': 'nine eleven' };

export function sayRangesAndDashes(text: string): string {
  return text
    .replace(/(\d)\s?[–—-]\s?(?=[$€£¥]?\d)/g, '$1 to ')
    .replace(/(^|[\s(])-(?=\d)/g, '$1minus ')
    .replace(/\s*(?:[—–]|\s-{1,2}\s|--)\s*/g, ', ');
}

export function sayOrdinalsAndDecades(text: string): string {
  return text
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/gi, (_, n: string) => ordinal(Number(n)))
    .replace(/\b(\d{3}0)'?s\b/g, (_, y: string) => pluralWords(year(Number(y))))
    .replace(
      /(^|\s)'?([1-9])0'?s\b/g,
      (_, before: string, tens: string) => `${before}${pluralWords(cardinal(Number(tens) * 10))}`,
    );
}

// A bare four-digit number from 1100 to 2099 is almost always a year in prose (and "fifteen hundred words" is fine too).
export const sayYears: (text: string) => string = (text) =>
  text.replace(/(?<![\d.,])\b(1[1-9]\d\d|20\d\d)\b(?![.,]\d)/g, (_, y: string) => year(Number(y)));

// Fractions, and ratios such as 4:3 (clock times, with two digits after the colon, are said before this).
export function sayFractions(text: string): string {
  return text
    .replace(
      /\b(\d+):(\d)\b/g,
      (_, left: string, right: string) => `${cardinal(Number(left))} to ${cardinal(Number(right))}`,
    )
    .replace(/\b(\d+)\/(\d+)\b/g, (slashed: string, top: string, bottom: string) => {
      const name = SLASHED_NAMES[slashed];
      if (name) return name;
      const names = FRACTIONS[Number(bottom)];
      const count = Number(top);
      if (!names || count >= Number(bottom)) return `${cardinal(count)} over ${cardinal(Number(bottom))}`;
      return count === 1 ? `one ${names[0]}` : `${cardinal(count)} ${names[1]}`;
    });
}

// Remaining numbers: "1,500" → "one thousand five hundred", "4.5" → "four point five", a long code → its digits.
export function sayNumbers(text: string): string {
  return text
    .replace(/([A-Za-z])(?=\d)|(\d)(?=[A-Za-z])/g, '$1$2 ')
    .replace(/(?<![\w.])\.(?=\d)/g, '0.') // ".5" is "zero point five", as a person reads it
    .replace(/\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)*/g, (n: string) => {
      if (n.includes('.')) return decimal(n.replace(/,/g, ''));
      return n.length > 15 ? digits(n) : cardinal(numberOf(n));
    });
}
