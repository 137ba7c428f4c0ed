import { describe, expect, test } from 'vitest';
import { retryAfterMs } from '../../../../src/narration/engines/http/retry-after.ts';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-03-18T09:30:00Z');

  test('reads delay-seconds', () => {
    expect(retryAfterMs('0', now)).toBe(0);
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 2 ', now)).toBe(2000);
  });

  test('reads a fraction of a second, which some services send', () => {
    expect(retryAfterMs('0.25', now)).toBe(250);
  });

  test('reads an HTTP date as the time left until then, never below zero', () => {
    expect(retryAfterMs('Wed, 18 Mar 2026 09:30:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 18 Mar 2026 09:00:00 GMT', now)).toBe(0);
  });

  test('is undefined when absent or unreadable, so the caller backs off by itself', () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
  });
});
