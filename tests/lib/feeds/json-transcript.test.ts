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
});
