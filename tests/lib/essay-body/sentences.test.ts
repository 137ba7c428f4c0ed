// The one sentence rule (src/lib/essay-body/sentences.ts): the cases a reader would split differently, one by one.
// The rule over whole essays is in sentences-fixtures.test.ts.
import { describe, expect, test } from 'vitest';
import { sentenceRanges, sentencesOf, splitSentences } from '../../../src/lib/essay-body/sentences.ts';
import type { SpokenBlock } from '../../../src/lib/essay-body/spoken-blocks.ts';
import { CODE_CLOSE, CODE_OPEN } from '../../../src/lib/essay-body/spoken-marks.ts';

const block = (id: string, text: string, extra: Partial<SpokenBlock> = {}): SpokenBlock => ({
  id,
  kind: 'paragraph',
  text,
  ...extra,
});

describe('splitSentences', () => {
  test('splits at a full stop, a question mark and an exclamation mark before a capital', () => {
    expect(splitSentences('It rained all day. Was it worth it? Yes, it was! We went home.')).toEqual([
      'It rained all day.',
      'Was it worth it?',
      'Yes, it was!',
      'We went home.',
    ]);
  });
  test('keeps abbreviations, initials and dotted abbreviations inside the sentence', () => {
    expect(splitSentences('Dr. Seuss met J. R. R. Tolkien, e.g. at the U.S. Embassy. They talked for hours.')).toEqual([
      'Dr. Seuss met J. R. R. Tolkien, e.g. at the U.S. Embassy.',
      'They talked for hours.',
    ]);
  });
  test('keeps decimals, prices and versions whole', () => {
    expect(splitSentences('Pi is 3.14 and tea costs $2.50 at version 1.0.1 today. Next came more.')).toEqual([
      'Pi is 3.14 and tea costs $2.50 at version 1.0.1 today.',
      'Next came more.',
    ]);
  });
  test('an ellipsis ends a sentence only before a capital', () => {
    expect(splitSentences('She paused… Then she went on. Wait... what was that now?')).toEqual([
      'She paused… Then she went on.',
      'Wait... what was that now?',
    ]);
  });
  test('a quotation that ends a sentence ends it after its closing mark', () => {
    expect(splitSentences('He said "stop right there." Then he left the room.')).toEqual([
      'He said "stop right there."',
      'Then he left the room.',
    ]);
  });
  test('a question inside a quotation that the sentence goes on after is no end', () => {
    expect(splitSentences('"Why would you?" she asked him twice. He had no answer.')).toEqual([
      '"Why would you?" she asked him twice.',
      'He had no answer.',
    ]);
  });
  test('a lead-in of fewer than three words joins the sentence after it', () => {
    expect(splitSentences('Footnote 1. A note with two sentences. Here is the second.')).toEqual([
      'Footnote 1. A note with two sentences.',
      'Here is the second.',
    ]);
    expect(splitSentences('A first full sentence here. The end.')).toEqual(['A first full sentence here. The end.']);
  });
  test('a text with no ending is one sentence, and an empty one none', () => {
    expect(splitSentences('A list item without an ending')).toEqual(['A list item without an ending']);
    expect(splitSentences('')).toEqual([]);
  });
  test('the ranges are offsets into the text, trimmed', () => {
    const text = 'One two three.  Four five six. ';
    expect(sentenceRanges(text).map(([start, end]) => text.slice(start, end))).toEqual([
      'One two three.',
      'Four five six.',
    ]);
  });
  test('splits marked text (inline code) where it splits the plain text', () => {
    const marked = `Run ${CODE_OPEN}npm test${CODE_CLOSE} first of all. Then ${CODE_OPEN}x.y${CODE_CLOSE} is set.`;
    expect(splitSentences(marked)).toHaveLength(2);
  });
});

describe('sentencesOf', () => {
  test('gives ids that hash the sentence alone: editing one sentence changes only its id', () => {
    const before = sentencesOf([block('p-1', 'The first one is here. The second one is here.')]);
    const after = sentencesOf([block('p-2', 'The first one is here. The second one changed.')]);
    expect(after[0]?.id).toBe(before[0]?.id);
    expect(after[1]?.id).not.toBe(before[1]?.id);
    expect(after.map((s) => s.block)).toEqual(['p-2', 'p-2']);
  });
  test('makes a repeated sentence unique in the essay', () => {
    const ids = sentencesOf([block('p-1', 'Say it again here.'), block('p-2', 'Say it again here.')]).map((s) => s.id);
    expect(new Set(ids).size).toBe(2);
  });
  test('pairs each sentence with its marked text', () => {
    const text = 'Run npm test first of all. Then it is done.';
    const marked = `Run ${CODE_OPEN}npm test${CODE_CLOSE} first of all. Then it is done.`;
    expect(sentencesOf([block('p-1', text, { marked })]).map((s) => s.voiced)).toEqual([
      `Run ${CODE_OPEN}npm test${CODE_CLOSE} first of all.`,
      'Then it is done.',
    ]);
  });
  test('a <Say> that says a different number of sentences keeps the block one sentence', () => {
    const sentences = sentencesOf([
      block('p-1', 'It is 10 p.m. sharp. We leave.', { say: 'It is ten. Sharp. We leave now.' }),
    ]);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatchObject({
      text: 'It is 10 p.m. sharp. We leave.',
      voiced: 'It is ten. Sharp. We leave now.',
    });
  });
});
