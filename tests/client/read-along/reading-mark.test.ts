// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readingMark } from '../../../src/client/read-along/reading-mark.ts';

let first: HTMLElement;
let second: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<p data-say="p-first">One.</p><p data-say="p-second">Two.</p>';
  [first, second] = [...document.querySelectorAll<HTMLElement>('[data-say]')] as [HTMLElement, HTMLElement];
});
const marked = (): string[] => [...document.querySelectorAll<HTMLElement>('[data-reading]')].map((b) => b.dataset.say!);

describe('readingMark', () => {
  it('marks no block until the reading starts', () => {
    expect(readingMark().current).toBeUndefined();
    expect(marked()).toEqual([]);
  });
  it('marks the block being read', () => {
    const mark = readingMark();
    mark.move(first);
    expect(mark.current).toBe(first);
    expect(marked()).toEqual(['p-first']);
  });
  it('moving on marks only the new block, and returns the one that had the mark', () => {
    const mark = readingMark();
    mark.move(first);
    expect(mark.move(second)).toBe(first);
    expect(marked()).toEqual(['p-second']);
  });
  it('clears the mark when the narration ends', () => {
    const mark = readingMark();
    mark.move(first);
    expect(mark.move(undefined)).toBe(first);
    expect(mark.current).toBeUndefined();
    expect(marked()).toEqual([]);
  });
});
