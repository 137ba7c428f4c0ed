import { describe, expect, test } from 'vitest';
import { slugify } from '../../../src/lib/essays/slug.ts';

describe('slugify', () => {
  test('lower-cases and joins words with hyphens: "AI Essays" -> ai-essays', () => {
    expect(slugify('AI Essays')).toBe('ai-essays');
  });
  test('folds accents and drops punctuation: "Café & Crème!" -> cafe-creme', () => {
    expect(slugify('Café & Crème!')).toBe('cafe-creme');
  });
  test('trims hyphens at both ends and collapses runs', () => {
    expect(slugify('  --Hello,   World--  ')).toBe('hello-world');
  });
  test('returns an empty slug for text with no letters or digits', () => {
    expect(slugify('!!! — ???')).toBe('');
    expect(slugify('🎧')).toBe('');
  });
});
