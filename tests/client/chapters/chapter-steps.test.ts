import { describe, expect, it } from 'vitest';
import { chapterAt, chapterStep, RESTART_SECONDS } from '../../../src/client/chapters/chapter-steps.ts';

// The title at 0, then three headings.
const STARTS = [0, 34.2, 93.5, 139];

describe('chapterAt', () => {
  it('is the first chapter at the start', () => expect(chapterAt(STARTS, 0)).toBe(0));
  it('is the chapter that started last', () => expect(chapterAt(STARTS, 100)).toBe(2));
  it('is the last chapter after its start', () => expect(chapterAt(STARTS, 300)).toBe(3));
  it('counts a seek that lands a hair before a start as that chapter', () => expect(chapterAt(STARTS, 93.48)).toBe(2));
  it('is the chapter before, a second before a start', () => expect(chapterAt(STARTS, 92.5)).toBe(1));
  it('is the first chapter before any starts', () => expect(chapterAt([5, 10], 1)).toBe(0));
});

describe('chapterStep', () => {
  it('next goes to the chapter after the one playing', () => expect(chapterStep(STARTS, 40, 1)).toBe(2));
  it('next from the last chapter goes nowhere', () => expect(chapterStep(STARTS, 200, 1)).toBeUndefined());
  it('previous goes back to the start of the chapter playing, well into it', () =>
    expect(chapterStep(STARTS, 93.5 + RESTART_SECONDS + 1, -1)).toBe(2));
  it('previous goes to the chapter before, just after a start', () => expect(chapterStep(STARTS, 94.5, -1)).toBe(1));
  it('previous in the first chapter goes to its start', () => expect(chapterStep(STARTS, 1, -1)).toBe(0));
});
