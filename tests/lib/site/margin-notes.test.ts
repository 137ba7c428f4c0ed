import { describe, expect, test } from 'vitest';
import { hasMarginNotes } from '../../../src/lib/site/margin-notes.ts';

describe('hasMarginNotes', () => {
  test('finds a sidenote and an aside, whatever other classes they have', () => {
    expect(hasMarginNotes('<p>A<span class="margin-note sidenote" data-sidenote>note</span></p>')).toBe(true);
    expect(hasMarginNotes('<aside class="tip margin-note">aside</aside>')).toBe(true);
  });
  test('is not fooled by the words in text, code or another class', () => {
    expect(hasMarginNotes('<p>The class="margin-note" rule</p><code>.margin-note {}</code>')).toBe(false);
    expect(hasMarginNotes('<div class="margin-notes-intro">x</div>')).toBe(false);
    expect(hasMarginNotes('<p>Plain text.</p>')).toBe(false);
  });
});
