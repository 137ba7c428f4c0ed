import { describe, expect, test } from 'vitest';
import {
  countWords,
  listeningMinutes,
  minutesLabel,
  readingMinutes,
} from '../../../src/lib/essay-body/reading-time.ts';

describe('reading time', () => {
  test('counts words, keeping contractions and hyphenated words whole', () => {
    expect(countWords("It's a well-known fact — isn't it? 42 times.")).toBe(8);
  });
  test('counts letters beyond ASCII', () => {
    expect(countWords('Crème brûlée, naïve café')).toBe(4);
  });
  test('reads at 230 words a minute, never less than a minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
    expect(readingMinutes(2414)).toBe(10);
  });
  test('listening time rounds the narration duration to minutes', () => {
    expect(listeningMinutes(20)).toBe(1);
    expect(listeningMinutes(16 * 60 + 40)).toBe(17);
  });
  test('labels read and listen times', () => {
    expect(minutesLabel(12, 'read')).toBe('12 min read');
    expect(minutesLabel(17, 'listen')).toBe('17 min listen');
  });
});
