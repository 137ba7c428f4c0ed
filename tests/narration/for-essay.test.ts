import { describe, expect, test } from 'vitest';
import type { EssayData } from '../../src/lib/essays/essay-schema.ts';
import { makesPodcast } from '../../src/narration/for-essay.ts';

const essay = (fields: Partial<EssayData>): { data: EssayData } => ({
  data: { title: 'T', description: 'D', ...fields } as EssayData,
});

describe('makesPodcast', () => {
  test('is true when any essay offers narration, recorded or generated', () => {
    expect(makesPodcast([essay({ narration: false }), essay({ audio: '/audio/a.mp3' })])).toBe(true);
    expect(makesPodcast([essay({})])).toBe(true);
  });
  test('is false for essays that all opt out of narration, and for none at all', () => {
    expect(makesPodcast([essay({ narration: false }), essay({ narration: false })])).toBe(false);
    expect(makesPodcast([])).toBe(false);
  });
});
