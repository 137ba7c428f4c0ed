// @vitest-environment happy-dom
import type { Window as HappyDomWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followReading } from '../../../src/client/read-along/follow-reading.ts';
import { layOut } from '../../support/essay-page.ts';

// happy-dom's window is 768 px high.
let reading: HTMLElement | undefined;
let earlier: HTMLElement;
let block: HTMLElement;
let scrolls: ScrollIntoViewOptions[];

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p data-say="p-earlier">Before.</p><p data-say="p-next">Next.</p>';
  [earlier, block] = [...document.querySelectorAll<HTMLElement>('p')] as [HTMLElement, HTMLElement];
  reading = earlier;
  scrolls = [];
  block.scrollIntoView = (options) => scrolls.push(options as ScrollIntoViewOptions);
  layOut(earlier, 600);
  layOut(block, 900);
});
afterEach(() => vi.useRealTimers());

/** The reader moves the page: a turn of the wheel. */
const readerScrolls = (): void => void window.dispatchEvent(new WheelEvent('wheel'));

describe('followReading', () => {
  it('brings the next block into view, centred and smoothly, when it is below the window', () => {
    followReading(() => reading).show(block, earlier);
    expect(scrolls).toEqual([{ block: 'center', behavior: 'smooth' }]);
  });
  it('jumps instead of scrolling smoothly for a reader who prefers reduced motion', () => {
    const { device } = (window as unknown as HappyDomWindow).happyDOM.settings;
    const before = device.prefersReducedMotion;
    device.prefersReducedMotion = 'reduce';
    try {
      followReading(() => reading).show(block, earlier);
    } finally {
      device.prefersReducedMotion = before;
    }
    expect(scrolls).toEqual([{ block: 'center', behavior: 'instant' }]);
  });
  it('leaves the page alone while the block is already in the upper 70% of the window', () => {
    layOut(block, 500);
    followReading(() => reading).show(block, earlier);
    expect(scrolls).toEqual([]);
  });
  it('scrolls to a block in the lower 30% of the window, before it runs off the bottom', () => {
    layOut(block, 560);
    followReading(() => reading).show(block, earlier);
    expect(scrolls).toHaveLength(1);
  });
  it('brings a block above the window back into view', () => {
    layOut(block, -300);
    followReading(() => reading).show(block, earlier);
    expect(scrolls).toHaveLength(1);
  });
  it('aligns a block taller than half the window by its start, so its first lines show', () => {
    layOut(block, 900, 500);
    followReading(() => reading).show(block, earlier);
    expect(scrolls).toEqual([{ block: 'start', behavior: 'smooth' }]);
  });
  it('waits until the reader has left the page still for 4 seconds', () => {
    const follow = followReading(() => reading);
    readerScrolls();
    follow.show(block, earlier);
    vi.advanceTimersByTime(3999);
    expect(scrolls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(scrolls).toHaveLength(1);
  });
  it('shows only the latest block after a wait, not every block read meanwhile', () => {
    const follow = followReading(() => reading);
    readerScrolls();
    follow.show(earlier);
    follow.show(block, earlier);
    vi.advanceTimersByTime(4000);
    expect(scrolls).toHaveLength(1);
  });
  it('does not follow a reader who scrolled away from the reading', () => {
    const follow = followReading(() => reading);
    readerScrolls();
    layOut(earlier, -2000);
    vi.advanceTimersByTime(5000);
    follow.show(block, earlier);
    expect(scrolls).toEqual([]);
  });
  it('follows again once the reader scrolls back to where the reading is', () => {
    const follow = followReading(() => reading);
    readerScrolls();
    layOut(earlier, -2000);
    vi.advanceTimersByTime(5000);
    layOut(earlier, 600);
    follow.show(block, earlier);
    expect(scrolls).toHaveLength(1);
  });
  it('follows again once the reader plays from a block (rejoin), wherever the page is', () => {
    const follow = followReading(() => reading);
    readerScrolls();
    layOut(earlier, -2000);
    follow.rejoin();
    follow.show(block, earlier);
    expect(scrolls).toHaveLength(1);
  });
});
