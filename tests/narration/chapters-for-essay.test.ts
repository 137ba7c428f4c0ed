import { describe, expect, it } from 'vitest';
import { prepareEssayBody } from '../../src/lib/essay-body/prepare.ts';
import { hasChapters } from '../../src/narration/chapters-for-essay.ts';

describe('hasChapters', () => {
  it('is true for an essay with an h2', () =>
    expect(hasChapters(prepareEssayBody('<p>Opening.</p><h2>Part</h2><p>One.</p>', { footnotes: 'read' }))).toBe(true));
  it('is false for an essay without headings: the player shows no chapter control', () =>
    expect(hasChapters(prepareEssayBody('<p>Opening.</p><p>One.</p>', { footnotes: 'read' }))).toBe(false));
  it('is false for an essay whose only headings are too small to be chapters', () =>
    expect(hasChapters(prepareEssayBody('<p>Opening.</p><h4>Aside</h4><p>One.</p>', { footnotes: 'read' }))).toBe(
      false,
    ));
});
