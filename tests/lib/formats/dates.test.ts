import { describe, expect, test } from 'vitest';
import {
  calendarYear,
  formatDisplayDate,
  isoCalendarDate,
  parseCalendarDate,
  rfc822Date,
  withZoneOffset,
} from '../../../src/lib/formats/dates.ts';

const LONDON = 'Europe/London';
const LOS_ANGELES = 'America/Los_Angeles';
const TOKYO = 'Asia/Tokyo';

describe('parseCalendarDate', () => {
  test('reads a date as midnight in the site timezone', () => {
    expect(parseCalendarDate('2026-03-18', LONDON).toISOString()).toBe('2026-03-18T00:00:00.000Z');
    expect(parseCalendarDate('2026-07-01', LONDON).toISOString()).toBe('2026-06-30T23:00:00.000Z'); // BST
    expect(parseCalendarDate('2026-03-18', LOS_ANGELES).toISOString()).toBe('2026-03-18T07:00:00.000Z');
  });
  test('rejects a rolled-over date: 2024-02-30', () => {
    expect(() => parseCalendarDate('2024-02-30', LONDON)).toThrow('"2024-02-30" is not a real calendar date');
  });
  test('rejects a month and day out of range: 2024-13-45', () => {
    expect(() => parseCalendarDate('2024-13-45', LONDON)).toThrow('not a real calendar date');
  });
  test('accepts 29 February in a leap year only', () => {
    expect(isoCalendarDate(parseCalendarDate('2024-02-29', LONDON), LONDON)).toBe('2024-02-29');
    expect(() => parseCalendarDate('2025-02-29', LONDON)).toThrow('not a real calendar date');
  });
  test('rejects text that is not a date, saying how to write one', () => {
    expect(() => parseCalendarDate('18 March 2026', LONDON)).toThrow('write it as YYYY-MM-DD');
    expect(() => parseCalendarDate('2026-3-8', LONDON)).toThrow('write it as YYYY-MM-DD');
  });
  test('accepts a full date-time with an offset, and rejects an impossible time', () => {
    expect(parseCalendarDate('2026-03-18T09:30:00Z', LONDON).toISOString()).toBe('2026-03-18T09:30:00.000Z');
    expect(parseCalendarDate('2026-03-18T09:30+02:00', LONDON).toISOString()).toBe('2026-03-18T07:30:00.000Z');
    expect(() => parseCalendarDate('2026-03-18T25:00:00Z', LONDON)).toThrow('not a real time of day');
  });
  test('rejects an offset from UTC that does not exist, instead of returning an Invalid Date (fuzz regression)', () => {
    expect(() => parseCalendarDate('2026-03-18T09:30:00+99:99', LONDON)).toThrow(
      '"2026-03-18T09:30:00+99:99" is not a real offset from UTC',
    );
    expect(() => parseCalendarDate('2026-03-18T09:30:00+24:00', LONDON)).toThrow('not a real offset from UTC');
  });
  test('rejects a far-past day it would show as another, rather than roll it over (fuzz regression: 0100-01-01 showed as 3502)', () => {
    expect(() => parseCalendarDate('0100-01-01', LONDON)).toThrow(
      '"0100-01-01" would be shown as 3502-01-01 in the site\'s timezone, Europe/London',
    );
    expect(() => parseCalendarDate('1847-12-01', LONDON)).toThrow('would be shown as 1847-11-30');
    expect(isoCalendarDate(parseCalendarDate('1000-01-01', TOKYO), TOKYO)).toBe('1000-01-01');
  });
  test('midnight on a day that starts in one offset and changes in it still shows that day', () => {
    // 2026-03-29: Europe/London springs forward at 01:00.
    const date = parseCalendarDate('2026-03-29', LONDON);
    expect(isoCalendarDate(date, LONDON)).toBe('2026-03-29');
  });
});

describe('formatDisplayDate', () => {
  test('formats as the byline does: "Wed 18 March 2026"', () => {
    expect(formatDisplayDate(parseCalendarDate('2026-03-18', LONDON), LONDON)).toBe('Wed 18 March 2026');
  });
  test('shows the written date in any site timezone, east or west of UTC', () => {
    for (const zone of [LONDON, LOS_ANGELES, TOKYO]) {
      const date = parseCalendarDate('2026-01-01', zone);
      expect(formatDisplayDate(date, zone)).toBe('Thu 1 January 2026');
      expect(isoCalendarDate(date, zone)).toBe('2026-01-01');
    }
  });
  test('the datetime attribute and the displayed date agree at the edges of the day', () => {
    const lateEvening = new Date('2026-12-31T23:30:00Z');
    expect(formatDisplayDate(lateEvening, TOKYO)).toBe('Fri 1 January 2027');
    expect(isoCalendarDate(lateEvening, TOKYO)).toBe('2027-01-01');
    expect(calendarYear(lateEvening, TOKYO)).toBe(2027);
    expect(calendarYear(lateEvening, LONDON)).toBe(2026);
  });
});

describe('rfc822Date', () => {
  test('writes the instant in GMT with a day name and a short month, as RSS readers expect', () => {
    expect(rfc822Date(new Date('2026-03-18T09:30:00+01:00'))).toBe('Wed, 18 Mar 2026 08:30:00 GMT');
  });
});

describe('withZoneOffset', () => {
  test('gives a wall-clock time the offset its zone had that day, either side of a clock change', () => {
    expect(withZoneOffset('2026-03-28T12:00:00', LONDON)).toBe('2026-03-28T12:00:00+00:00');
    expect(withZoneOffset('2026-03-30T12:00:00', LONDON)).toBe('2026-03-30T12:00:00+01:00');
    expect(withZoneOffset('2013-08-28T13:00:00', LOS_ANGELES)).toBe('2013-08-28T13:00:00-07:00');
  });
  test('refuses a time without seconds', () => {
    expect(() => withZoneOffset('2026-03-30T12:00', TOKYO)).toThrow(/not a local date-time/);
  });
});
