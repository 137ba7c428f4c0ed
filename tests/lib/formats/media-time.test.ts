import { describe, expect, it } from 'vitest';
import {
  formatClock,
  fragmentStartTime,
  timeFragment,
  isoDuration,
  parseMediaTime,
  spokenDuration,
  spokenPosition,
} from '../../../src/lib/formats/media-time.ts';

describe('parseMediaTime', () => {
  it('reads plain seconds: "95"', () => expect(parseMediaTime('95')).toBe(95));
  it('reads decimal seconds: "95.5"', () => expect(parseMediaTime('95.5')).toBe(95.5));
  it('reads minutes and seconds: "1:35"', () => expect(parseMediaTime('1:35')).toBe(95));
  it('reads hours, minutes and seconds: "1:02:03"', () => expect(parseMediaTime('1:02:03')).toBe(3723));
  it('reads a fraction after a clock time: "1:35.25"', () => expect(parseMediaTime('1:35.25')).toBe(95.25));
  it('accepts the npt: prefix of media fragments: "npt:1:35"', () => expect(parseMediaTime('npt:1:35')).toBe(95));
  it('reads zero: "0"', () => expect(parseMediaTime('0')).toBe(0));

  it.each([
    '',
    'abc',
    '-5',
    '+5',
    '1e3',
    'Infinity',
    '1:60',
    '60:00:00:00',
    '1:5',
    '1::35',
    ':35',
    '1:35:',
    '95 ',
    ' 95',
    '1,5',
    '1:02:60',
  ])('rejects junk: %j', (text) => expect(parseMediaTime(text)).toBeUndefined());
});

describe('fragmentStartTime', () => {
  it('reads #t=95', () => expect(fragmentStartTime('#t=95')).toBe(95));
  it('reads #t=1:35', () => expect(fragmentStartTime('#t=1:35')).toBe(95));
  it('reads #t=1:02:03', () => expect(fragmentStartTime('#t=1:02:03')).toBe(3723));
  it('takes the start of a range: #t=95,120', () => expect(fragmentStartTime('#t=95,120')).toBe(95));
  it('reads an encoded colon: #t=1%3A35', () => expect(fragmentStartTime('#t=1%3A35')).toBe(95));
  it('finds t among other parameters: #id=x&t=95', () => expect(fragmentStartTime('#id=x&t=95')).toBe(95));
  it('ignores a fragment without t: #keeping-time', () => expect(fragmentStartTime('#keeping-time')).toBeUndefined());
  it('ignores an empty fragment', () => expect(fragmentStartTime('')).toBeUndefined());
  it('ignores a junk time: #t=soon', () => expect(fragmentStartTime('#t=soon')).toBeUndefined());
});

describe('timeFragment', () => {
  it('writes whole seconds: 95 → "#t=95"', () => expect(timeFragment(95)).toBe('#t=95'));
  it('keeps a cue start to the millisecond: 95.1234 → "#t=95.123"', () =>
    expect(timeFragment(95.1234)).toBe('#t=95.123'));
  it('writes a time before the start as 0', () => expect(timeFragment(-2)).toBe('#t=0'));
  it.each([0, 7, 95.5, 3723.25])('is read back by fragmentStartTime: %d', (seconds) =>
    expect(fragmentStartTime(timeFragment(seconds))).toBe(seconds),
  );
});

describe('isoDuration', () => {
  it('writes minutes and seconds: 754.9 → "PT12M34S"', () => expect(isoDuration(754.9)).toBe('PT12M34S'));
  it('writes seconds alone: 5 → "PT5S"', () => expect(isoDuration(5)).toBe('PT5S'));
  it('writes hours with every part after them: 3605 → "PT1H0M5S"', () => expect(isoDuration(3605)).toBe('PT1H0M5S'));
  it('writes an unknown time as "PT0S"', () => expect(isoDuration(Number.NaN)).toBe('PT0S'));
});

describe('formatClock', () => {
  it('writes minutes and seconds: 462 → "7:42"', () => expect(formatClock(462)).toBe('7:42'));
  it('pads seconds: 5 → "0:05"', () => expect(formatClock(5)).toBe('0:05'));
  it('writes hours: 3723 → "1:02:03"', () => expect(formatClock(3723)).toBe('1:02:03'));
  it('rounds down, so elapsed never passes the total: 59.99 → "0:59"', () => expect(formatClock(59.99)).toBe('0:59'));
  it('writes an unknown time as "0:00"', () => expect(formatClock(Number.NaN)).toBe('0:00'));
  it('writes a negative time as "0:00"', () => expect(formatClock(-3)).toBe('0:00'));
});

describe('spokenDuration and spokenPosition', () => {
  it('says a seek position: "3 minutes 12 seconds of 16 minutes"', () =>
    expect(spokenPosition(192, 960)).toBe('3 minutes 12 seconds of 16 minutes'));
  it('uses the singular for one: "1 minute 1 second"', () => expect(spokenDuration(61)).toBe('1 minute 1 second'));
  it('omits zero seconds: "16 minutes"', () => expect(spokenDuration(960)).toBe('16 minutes'));
  it('omits zero minutes: "1 hour 5 seconds"', () => expect(spokenDuration(3605)).toBe('1 hour 5 seconds'));
  it('says hours: "1 hour 2 minutes 3 seconds"', () => expect(spokenDuration(3723)).toBe('1 hour 2 minutes 3 seconds'));
  it('says the start as "0 seconds"', () => expect(spokenPosition(0, 51.07)).toBe('0 seconds of 51 seconds'));
  it('rounds down to whole seconds: 12.9 → "12 seconds"', () => expect(spokenDuration(12.9)).toBe('12 seconds'));
});
