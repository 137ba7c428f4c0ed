import { describe, expect, it } from 'vitest';
import {
  FADE_MS,
  fadeVolume,
  SLEEP_CHOICES,
  sleepClock,
  sleepLeft,
  startSleep,
} from '../../../src/client/sleep-timer/sleep-clock.ts';

const NOW = Date.UTC(2026, 11, 6, 22, 0, 0);
const AT_START = { position: 0, duration: 316, rate: 1 };

describe('startSleep', () => {
  it('offers the end of this essay, 15, 30 and 60 minutes', () =>
    expect(SLEEP_CHOICES.map(({ value }) => value)).toEqual(['end', '15', '30', '60']));
  it('sets minutes from now', () => expect(startSleep('15', NOW)).toEqual({ until: NOW + 15 * 60_000 }));
  it('sets the end of the essay', () => expect(startSleep('end', NOW)).toEqual({ until: 'end' }));
  it.each(['', 'soon', '0', '-5'])('sets nothing for %j', (value) => expect(startSleep(value, NOW)).toBeUndefined());
});

describe('sleepLeft', () => {
  it('counts the clock down for minutes', () =>
    expect(sleepLeft({ until: NOW + 60_000 }, NOW + 20_000, AT_START)).toBe(40_000));
  it('is never below zero once the time has passed', () =>
    expect(sleepLeft({ until: NOW }, NOW + 5000, AT_START)).toBe(0));
  it('is the listening left for the end of the essay', () =>
    expect(sleepLeft({ until: 'end' }, NOW, { position: 300, duration: 316, rate: 1 })).toBe(16_000));
  it('is shorter at a faster speed', () =>
    expect(sleepLeft({ until: 'end' }, NOW, { position: 300, duration: 316, rate: 2 })).toBe(8000));
  it('does not depend on the clock for the end of the essay', () =>
    expect(sleepLeft({ until: 'end' }, NOW + 999_999, AT_START)).toBe(316_000));
});

describe('fadeVolume', () => {
  it('is full volume before the fade', () => expect(fadeVolume(FADE_MS + 1)).toBe(1));
  it('is full volume as the fade begins', () => expect(fadeVolume(FADE_MS)).toBe(1));
  it('is silent at the end', () => expect(fadeVolume(0)).toBe(0));
  it('falls along a square curve: a quarter at half the fade', () => expect(fadeVolume(FADE_MS / 2)).toBe(0.25));
  it('only ever falls as the end nears', () => {
    const volumes = [6000, 5000, 4000, 3000, 2000, 1000, 0].map((left) => fadeVolume(left, 6000));
    expect(volumes).toEqual([...volumes].sort((a, b) => b - a));
  });
  it('lasts a few seconds', () => expect(FADE_MS).toBeGreaterThanOrEqual(3000));
});

describe('sleepClock', () => {
  it('shows minutes and seconds', () => expect(sleepClock(14 * 60_000 + 32_000)).toBe('14:32'));
  it('counts a part second up, so that it shows 0:00 only at the end', () => expect(sleepClock(400)).toBe('0:01'));
  it('shows 0:00 at the end', () => expect(sleepClock(0)).toBe('0:00'));
  it('shows an hour', () => expect(sleepClock(60 * 60_000)).toBe('1:00:00'));
});
