import webvtt from 'webvtt-parser';
import allEntities from 'webvtt-parser/html-entities.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { buildWebVtt, formatTimestamp, type Cue } from '../../../src/narration/audio/webvtt.ts';

// The W3C validator's parser. Its default entity table lacks the trailing ";" (so "&amp;" reads as "&;"): pass the full one.
function parse(text: string): webvtt.VTTData {
  return new webvtt.WebVTTParser(allEntities as Record<webvtt.Entity, string>).parse(text, 'metadata');
}

function cueText(cue: webvtt.Cue): string {
  return cue.tree.children.map((node) => (node.type === 'text' ? node.value : '')).join('');
}

const essay: readonly Cue[] = [
  { id: 'title', start: 0, end: 2.5, text: 'On Listening, by Ada Byron.' },
  { id: 'h-on-rhythm', start: 3.2, end: 4.1, text: 'On rhythm' },
  { id: 'p-1', start: 5.1, end: 19.873, text: 'Salt & pepper <b>bold</b> -->\n  arrows,\tand tabs.' },
  { id: 'li-1', start: 20.373, end: 3725.5, text: 'One' },
];

describe('buildWebVtt', () => {
  it('writes one cue per block: the block id, then its timing, then its text', () => {
    expect(buildWebVtt(essay.slice(0, 2))).toBe(
      'WEBVTT\n\ntitle\n00:00:00.000 --> 00:00:02.500\nOn Listening, by Ada Byron.\n\n' +
        'h-on-rhythm\n00:00:03.200 --> 00:00:04.100\nOn rhythm\n',
    );
  });

  it('parses back with the W3C parser without errors, to the same ids, times and text', () => {
    const parsed = parse(buildWebVtt(essay));
    expect(parsed.errors).toEqual([]);
    expect(parsed.cues.map((cue) => [cue.id, cue.startTime, cue.endTime])).toEqual(
      essay.map((cue) => [cue.id, cue.start, cue.end]),
    );
    expect(parsed.cues.map(cueText)).toEqual([
      'On Listening, by Ada Byron.',
      'On rhythm',
      'Salt & pepper <b>bold</b> --> arrows, and tabs.',
      'One',
    ]);
  });

  it('rejects a duplicate cue id', () => {
    expect(() => buildWebVtt([essay[1] as Cue, essay[1] as Cue])).toThrow(/"h-on-rhythm" must be unique/);
  });

  it('rejects a cue id containing "-->" or a line break', () => {
    expect(() => buildWebVtt([{ id: 'a-->b', start: 0, end: 1, text: 'x' }])).toThrow(/without "-->"/);
    expect(() => buildWebVtt([{ id: 'a\nb', start: 0, end: 1, text: 'x' }])).toThrow(/one line/);
  });

  it('rejects a cue that ends before it starts, or starts before the previous cue', () => {
    expect(() => buildWebVtt([{ id: 'p-1', start: 2, end: 1, text: 'x' }])).toThrow(/ends before it starts/);
    expect(() => buildWebVtt([essay[1] as Cue, essay[0] as Cue])).toThrow(/"title"/);
  });
});

describe('formatTimestamp', () => {
  it('formats seconds as HH:MM:SS.mmm', () => {
    expect(formatTimestamp(0)).toBe('00:00:00.000');
    expect(formatTimestamp(3725.5)).toBe('01:02:05.500');
  });

  it('rounds to the nearest millisecond, carrying into seconds and minutes', () => {
    expect(formatTimestamp(59.9996)).toBe('00:01:00.000');
    expect(formatTimestamp(1.0004)).toBe('00:00:01.000');
  });

  it('lets hours grow past two digits instead of wrapping', () => {
    expect(formatTimestamp(100 * 3600)).toBe('100:00:00.000');
  });

  it('rejects negative and non-finite times', () => {
    expect(() => formatTimestamp(-0.001)).toThrow(/invalid time/);
    expect(() => formatTimestamp(Number.NaN)).toThrow(/invalid time/);
  });
});
