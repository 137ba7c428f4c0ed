// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeHolding, sentenceRanges } from '../../../src/client/read-along/sentence-ranges.ts';
import { sayLink, sayTarget } from '../../../src/client/read-along/say-links.ts';

const block = (html: string): HTMLElement => {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
};
const texts = (places: (readonly Range[] | undefined)[]): (string | undefined)[] =>
  places.map((ranges) =>
    ranges
      ?.map((range) => range.toString())
      .join('')
      .replace(/\s+/g, ' '),
  );

describe('sentenceRanges', () => {
  it('finds each sentence across inline markup, in order', () => {
    const p = block('<p data-say="p-1">The <em>first</em> one is here. The <a href="#x">second one</a> follows.</p>');
    expect(texts(sentenceRanges(p, ['The first one is here.', 'The second one follows.']))).toEqual([
      'The first one is here.',
      'The second one follows.',
    ]);
  });
  it('reads the block as the segmentation does: footnote marks, buttons and runs of spaces left out', () => {
    const p = block(`<p data-say="p-1"><button class="play-from-here">Play from here</button>A claim
      made here.<sup><a href="#fn-1" data-footnote-ref>1</a></sup> And   another one.</p>`);
    expect(texts(sentenceRanges(p, ['A claim made here.', 'And another one.']))).toEqual([
      'A claim made here.',
      'And another one.',
    ]);
  });
  it("leaves out a list item's nested list, which is a block of its own", () => {
    const li = block('<li data-say="li-1">Walking to work. <ul><li data-say="li-2">Nested.</li></ul></li>');
    expect(texts(sentenceRanges(li, ['Walking to work.']))).toEqual(['Walking to work.']);
  });
  it('reads the escapes of WebVTT cue text', () => {
    const p = block('<p data-say="p-1">Use &lt;p&gt; &amp; friends here.</p>');
    expect(texts(sentenceRanges(p, ['Use &lt;p&gt; &amp; friends here.']))).toEqual(['Use <p> & friends here.']);
  });
  it('gives no range for a sentence not on the page as written (a footnote lead-in), and goes on with the rest', () => {
    const li = block('<li data-say="fn-1"><p>A note. It has two sentences.</p></li>');
    expect(texts(sentenceRanges(li, ['Footnote 1. A note.', 'It has two sentences.']))).toEqual([
      undefined,
      'It has two sentences.',
    ]);
  });
  it('tells which range holds a caret position', () => {
    const p = block('<p data-say="p-1">One sentence here. Another one there.</p>');
    const ranges = sentenceRanges(p, ['One sentence here.', 'Another one there.']);
    const text = p.firstChild as Text;
    expect(rangeHolding(ranges, text, 3)).toBe(0);
    expect(rangeHolding(ranges, text, 25)).toBe(1);
  });
});

describe('say links', () => {
  it('reads the id a #say= fragment names', () => {
    expect(sayTarget('#say=s-9c8d7e')).toBe('s-9c8d7e');
    expect(sayTarget('#t=30')).toBe('');
  });
  it('writes the page address with the fragment, which reads back to the id', () => {
    const link = sayLink(new URL('https://example.org/essays/on-reading/?x=1#old') as unknown as Location, 's-9c8d7e');
    expect(link).toBe('https://example.org/essays/on-reading/#say=s-9c8d7e');
    expect(sayTarget(new URL(link).hash)).toBe('s-9c8d7e');
  });
});
