// Lights the sentence being read (and the sentence the keyboard has chosen) with the CSS Custom Highlight API, where
// the browser has it; elsewhere the block highlight (reading-mark.ts) is all there is.

export interface SentenceHighlight {
  show(ranges: readonly Range[] | undefined): void;
}

const supported = (): boolean => typeof Highlight === 'function' && 'highlights' in CSS;

/** A named highlight (styled by `::highlight(<name>)` in read-along.css) that holds one sentence at a time. */
export function sentenceHighlight(name: string): SentenceHighlight {
  if (!supported()) return { show: () => {} };
  const highlight = new Highlight();
  CSS.highlights.set(name, highlight);
  return {
    show(ranges) {
      highlight.clear();
      for (const range of ranges ?? []) highlight.add(range);
    },
  };
}
