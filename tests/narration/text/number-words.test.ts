import { describe, expect, test } from 'vitest';
import { cardinal, decimal, digits, ordinal, pluralWords, year } from '../../../src/narration/text/number-words.ts';

describe('cardinal', () => {
  test.each([
    [0, 'zero'],
    [7, 'seven'],
    [13, 'thirteen'],
    [40, 'forty'],
    [42, 'forty-two'],
    [100, 'one hundred'],
    [101, 'one hundred one'],
    [1000, 'one thousand'],
    [1234, 'one thousand two hundred thirty-four'],
    [1_000_000, 'one million'],
    [2_500_017, 'two million five hundred thousand seventeen'],
    [-5, 'minus five'],
  ])('says %i as "%s"', (n, words) => {
    expect(cardinal(n)).toBe(words);
  });
  test('reads a number past a quadrillion digit by digit', () => {
    expect(cardinal(1e15)).toBe('one zero zero zero zero zero zero zero zero zero zero zero zero zero zero zero');
  });
});

describe('ordinal', () => {
  test.each([
    [1, 'first'],
    [2, 'second'],
    [3, 'third'],
    [5, 'fifth'],
    [12, 'twelfth'],
    [20, 'twentieth'],
    [21, 'twenty-first'],
    [100, 'one hundredth'],
    [1000, 'one thousandth'],
  ])('says %i as "%s"', (n, words) => {
    expect(ordinal(n)).toBe(words);
  });
});

describe('year', () => {
  test.each([
    [1066, 'ten sixty-six'],
    [1776, 'seventeen seventy-six'],
    [1900, 'nineteen hundred'],
    [1905, 'nineteen oh five'],
    [1998, 'nineteen ninety-eight'],
    [2000, 'two thousand'],
    [2001, 'two thousand and one'],
    [2009, 'two thousand and nine'],
    [2010, 'twenty ten'],
    [2026, 'twenty twenty-six'],
  ])('says %i as "%s"', (n, words) => {
    expect(year(n)).toBe(words);
  });
  test('says a number outside four digits as a cardinal', () => {
    expect(year(476)).toBe('four hundred seventy-six');
  });
});

describe('decimal, digits and plurals', () => {
  test('reads the digits after the point one by one: 3.14', () => expect(decimal('3.14')).toBe('three point one four'));
  test('says a leading zero: 0.5', () => expect(decimal('0.5')).toBe('zero point five'));
  test('reads a version number: 2.0.1', () => expect(decimal('2.0.1')).toBe('two point zero point one'));
  test('reads digits: 4096', () => expect(digits('4096')).toBe('four zero nine six'));
  test('makes a decade plural: nineteen ninety -> nineteen nineties', () =>
    expect(pluralWords('nineteen ninety')).toBe('nineteen nineties'));
  test('makes a hundred plural: nineteen hundred -> nineteen hundreds', () =>
    expect(pluralWords('nineteen hundred')).toBe('nineteen hundreds'));
});
