import { describe, expect, it } from 'vitest';
import { jsonTranscript } from '../../../src/lib/feeds/json-transcript.ts';

describe('jsonTranscript', () => {
  it('gives one segment per cue, with the speaker, times to the millisecond and one line of text', () => {
    expect(
      jsonTranscript('Loki', [
        { start: 0, end: 2.5444, text: 'Good typography is\nmostly invisible.' },
        { start: 2.9444, end: 11.2916, text: 'When it works, nobody notices it.' },
      ]),
    ).toEqual({
      version: '1.0.0',
      segments: [
        { speaker: 'Loki', startTime: 0, endTime: 2.544, body: 'Good typography is mostly invisible.' },
        { speaker: 'Loki', startTime: 2.944, endTime: 11.292, body: 'When it works, nobody notices it.' },
      ],
    });
  });

  it('gives a segment per word where the words are known, and per sentence where they are not', () => {
    const words = [
      { start: 2.9444, end: 3.2, text: 'When' },
      { start: 3.2, end: 3.41, text: 'it' },
      { start: 3.41, end: 4.0004, text: 'works,' },
      { start: 4.0004, end: 11.2916, text: 'nobody notices it.' },
    ];
    expect(
      jsonTranscript('Loki', [
        { start: 0, end: 2.5444, text: 'Good typography is\nmostly invisible.' },
        { start: 2.9444, end: 11.2916, text: 'When it works, nobody notices it.', words },
      ]).segments,
    ).toEqual([
      { speaker: 'Loki', startTime: 0, endTime: 2.544, body: 'Good typography is mostly invisible.' },
      { speaker: 'Loki', startTime: 2.944, endTime: 3.2, body: 'When' },
      { speaker: 'Loki', startTime: 3.2, endTime: 3.41, body: 'it' },
      { speaker: 'Loki', startTime: 3.41, endTime: 4, body: 'works,' },
      { speaker: 'Loki', startTime: 4, endTime: 11.292, body: 'nobody notices it.' },
    ]);
  });

  it('keeps the sentence whole where its words do not spell it as shown, or there are none', () => {
    const cue = { start: 1, end: 2, text: 'Say niche.' };
    const said = [
      { start: 1, end: 1.5, text: 'Say' },
      { start: 1.5, end: 2, text: "[[n'i:S]]." },
    ];
    const sentence = [{ speaker: 'Loki', startTime: 1, endTime: 2, body: 'Say niche.' }];
    expect(jsonTranscript('Loki', [{ ...cue, words: said }]).segments).toEqual(sentence);
    expect(jsonTranscript('Loki', [{ ...cue, words: [] }]).segments).toEqual(sentence);
  });
});
