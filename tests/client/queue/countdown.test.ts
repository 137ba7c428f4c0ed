// The countdown before the next essay, in whole seconds from a deadline.
import { describe, expect, it } from 'vitest';
import { secondsLeft } from '../../../src/client/queue/countdown.ts';

describe('seconds left in the countdown', () => {
  it('rounds up, so the last second shows 1 until it is over', () => {
    expect(secondsLeft(5000, 0)).toBe(5);
    expect(secondsLeft(5000, 1)).toBe(5);
    expect(secondsLeft(5000, 4001)).toBe(1);
    expect(secondsLeft(5000, 5000)).toBe(0);
  });

  it('never goes below 0 when the tick comes late', () => {
    expect(secondsLeft(5000, 9000)).toBe(0);
  });
});
