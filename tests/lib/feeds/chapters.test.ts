import { describe, expect, test } from 'vitest';
import { chapterHeadings, essayChapters } from '../../../src/lib/feeds/chapters.ts';
import { prepareEssayBody } from '../../../src/lib/essay-body/prepare.ts';

const BODY = `<p>Opening.</p><h2 id="a">First part</h2><p>One.</p><h3 id="b">A detail<sup><a data-footnote-ref href="#fn-1">1</a></sup></h3>
<p>Two.</p><h4>Too small</h4><p>Three.</p>
<section data-footnotes><h2 id="footnote-label">Footnotes</h2><ol><li id="fn-1"><p>Note.</p></li></ol></section>`;
const body = prepareEssayBody(BODY, { footnotes: 'read' });

describe('chapterHeadings', () => {
  test('takes the h2 and h3 headings, by their spoken-block ids, and not h4 or the footnotes label', () => {
    const headings = chapterHeadings(body);
    const ids = new Map(body.blocks.map((b) => [b.text, b.id]));
    expect(headings).toEqual([
      { id: ids.get('First part'), title: 'First part' },
      { id: ids.get('A detail'), title: 'A detail' },
    ]);
  });
});

describe('essayChapters', () => {
  const headings = [
    { id: 'h-1', title: 'First part' },
    { id: 'h-2', title: 'A detail' },
  ];
  const cues = [
    { id: 'p-0', start: 0 },
    { id: 'h-1', start: 12.3456 },
    { id: 'p-1', start: 14 },
    { id: 'h-2', start: 30.0004 },
  ];

  test("starts with the essay's title at 0, then each heading at its cue's start, in whole milliseconds as in the VTT", () => {
    expect(essayChapters('The Essay', headings, cues)).toEqual({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'The Essay' },
        { startTime: 12.346, title: 'First part' },
        { startTime: 30, title: 'A detail' },
      ],
    });
  });
  test('an essay that opens with a heading starts with that chapter', () => {
    expect(
      essayChapters('The Essay', headings, [
        { id: 'h-1', start: 0 },
        { id: 'h-2', start: 5 },
      ]).chapters.map((c) => c.title),
    ).toEqual(['First part', 'A detail']);
  });
  test('a heading with no cue is an error that names it', () => {
    expect(() => essayChapters('The Essay', headings, cues.slice(0, 2))).toThrow(
      /no cue for the heading "A detail" \(h-2\)/,
    );
  });
});
