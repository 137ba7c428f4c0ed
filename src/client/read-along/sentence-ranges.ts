import { unescapeCueText } from '../../lib/formats/cue-text.ts';

// Where each sentence of a block is on the page, as DOM Ranges for the CSS Custom Highlight API: the block's text is
// read as the segmentation reads it (footnote marks, buttons and nested lists left out, spaces collapsed), and each
// cue's text is found in it in order. No markup is added, so nothing moves.

// What the segmentation leaves out of a block's text (src/lib/essay-body/spoken-blocks.ts), plus read-along's buttons.
const LEFT_OUT =
  '.play-from-here, .play-from-here-hint, .sentence-tools, [data-footnote-ref], [data-footnote-backref], ' +
  'sup:has([data-footnote-ref]), [data-sidenote], ul, ol, script, style, template, svg, audio, video';

/** A block's text as the cues carry it, and where each of its characters is in the DOM. */
interface BlockText {
  text: string;
  at: Array<readonly [Text, number]>;
}

function blockText(block: HTMLElement): BlockText {
  let text = '';
  const at: Array<readonly [Text, number]> = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      node instanceof Element && node !== block && node.matches(LEFT_OUT)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let last: readonly [Text, number] | undefined;
  const space = (): void => {
    if (text !== '' && !text.endsWith(' ') && last) {
      text += ' ';
      at.push(last);
    }
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof HTMLBRElement) space();
    if (!(node instanceof Text)) continue;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      last = [node, i];
      if (/\s/.test(value[i] ?? '')) space();
      else {
        text += value[i];
        at.push(last);
      }
    }
  }
  return { text: text.trimEnd(), at };
}

/** Where a sentence is: one range per run of its text in one text node, so that what the block's text leaves out
 * between them (a footnote mark, a margin note) is not lit with it. */
export type SentencePlace = readonly Range[];

function place(at: BlockText['at'], start: number, end: number): Range[] {
  const ranges: Range[] = [];
  for (let i = start; i < end; i++) {
    const [node, offset] = at[i] as readonly [Text, number];
    const last = ranges.at(-1);
    if (last?.endContainer === node && last.endOffset <= offset) last.setEnd(node, offset + 1);
    else {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * Where each sentence of the block is, in the order given; undefined for one whose text is not on the page as
 * written (a footnote's "Footnote 1." lead-in, a table's announcement): that sentence keeps the block highlight alone.
 */
export function sentenceRanges(block: HTMLElement, sentences: readonly string[]): Array<SentencePlace | undefined> {
  const { text, at } = blockText(block);
  let from = 0;
  return sentences.map((sentence) => {
    const wanted = unescapeCueText(sentence).replace(/\s+/g, ' ').trim();
    const start = wanted ? text.indexOf(wanted, from) : -1;
    if (start < 0) return undefined;
    from = start + wanted.length;
    return place(at, start, from);
  });
}

/** The index of the sentence whose place holds this point of the page (a caret position), or -1. */
export function rangeHolding(places: readonly (SentencePlace | undefined)[], node: Node, offset: number): number {
  return places.findIndex((ranges) => ranges?.some((range) => range.comparePoint(node, offset) === 0));
}
