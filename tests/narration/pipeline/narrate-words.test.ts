// An essay narrated with espeak keeps when each word is said in its manifest, inside its sentence's cue; flite's
// manifest has no words field at all, so the kept flite narrations stay byte for byte as they were.
import { readFileSync } from 'node:fs';
import { WebVTTParser } from 'webvtt-parser';
import { describe, expect, test } from 'vitest';
import { jsonTranscript } from '../../../src/lib/feeds/json-transcript.ts';
import { essayNarrationPath } from '../../../src/narration/pipeline/manifest.ts';
import { narrateEssay, synthesisVoiceFor } from '../../../src/narration/pipeline/narrate-essay.ts';
import { inTempSiteFolder } from '../../support/temp-site-folder.ts';

inTempSiteFolder('narrate-words');
const ms = (seconds: number): number => Math.round(seconds * 1000) / 1000;
const blocks = [
  { id: 'h-ear', kind: 'heading' as const, text: 'The ear' },
  { id: 'p-one', kind: 'paragraph' as const, text: 'It forgives a great deal. It does not forgive a pause.' },
];

describe('narrateEssay with word timings', () => {
  test('espeak: every word in the manifest, by cue, in order and within its cue', async () => {
    const manifest = await narrateEssay(
      { slug: 'worded', blocks, inputs: 'test' },
      await synthesisVoiceFor({ engine: 'espeak', voice: 'en-us' }),
    );
    const { cues } = new WebVTTParser().parse(readFileSync(essayNarrationPath('worded', 'vtt'), 'utf8'), 'metadata');
    const words = manifest.words ?? [];
    expect(cues.map((_cue, i) => words.filter(([n]) => n === i).map(([, , , text]) => text))).toEqual([
      ['The', 'ear'],
      ['It', 'forgives', 'a', 'great', 'deal.'],
      ['It', 'does not', 'forgive', 'a', 'pause.'],
    ]);
    for (const [i, [n, start, end]] of words.entries()) {
      // Both to the millisecond, as written; the parser's 4.581 is 4.5809999999999995.
      const cue = cues[n];
      expect(start).toBeGreaterThanOrEqual(ms(cue?.startTime ?? Number.NaN));
      expect(end).toBeLessThanOrEqual(ms(cue?.endTime ?? Number.NaN));
      expect(end).toBeGreaterThan(start);
      if (i > 0) expect(start).toBeGreaterThanOrEqual(words[i - 1]?.[2] ?? Number.NaN);
    }
    // The words spell the cues as shown, so the JSON transcript (as its route builds it) is a segment per word.
    const transcript = jsonTranscript(
      'Loki',
      cues.map((cue, i) => ({
        start: cue.startTime,
        end: cue.endTime,
        text: cue.text,
        words: words.filter(([n]) => n === i).map(([, start, end, text]) => ({ start, end, text })),
      })),
    );
    expect(transcript.segments.map((segment) => segment.body)).toEqual(words.map(([, , , text]) => text));
  });

  test('flite: no words field', async () => {
    const manifest = await narrateEssay(
      { slug: 'wordless', blocks, inputs: 'test' },
      await synthesisVoiceFor({ engine: 'flite', voice: 'rms' }),
    );
    expect('words' in manifest).toBe(false);
    expect(readFileSync(essayNarrationPath('wordless', 'json'), 'utf8')).not.toContain('"words"');
  });
});
