// The one pipeline from an essay's rendered Markdown to the body a page shows and narration speaks: the page, the
// narration pre-pass and the podcast chapters all take its result, so no two of them can disagree on the blocks.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { EssayData } from '../essays/essay-schema.ts';
import { setEssayElements } from './essay-elements.ts';
import { countWords } from './reading-time.ts';
import { addSidenotes } from './sidenotes.ts';
import { annotateSpokenBlocks, type BlockKind, type SegmentOptions, type SpokenBlock } from './spoken-blocks.ts';

export interface EssayBody {
  /** The body as the page shows it: each spoken block marked with data-say, sidenotes beside their references. */
  tree: Root;
  /** What narration speaks, in reading order; the ids name the cues. */
  blocks: SpokenBlock[];
  /** How many sidenotes were added: a page with none needs no footnote script. */
  sidenotes: number;
  /** The words a reader reads, for the reading time. */
  wordsRead: number;
}

// Announcements (tables, code), alt text and the notes are heard, or read on demand, not read through.
const NOT_READ: ReadonlySet<BlockKind> = new Set(['footnote', 'footnotes', 'table', 'code', 'image']);

/** Marks, segments and annotates a rendered essay body (an HTML fragment). Pure: the same HTML gives the same body. */
export function prepareEssayBody(html: string, options: SegmentOptions): EssayBody {
  const tree = fromHtml(html, { fragment: true });
  setEssayElements(tree);
  const blocks = annotateSpokenBlocks(tree, options);
  // Tables and code blocks scroll sideways on narrow screens (global.css, code.css), and a region that scrolls must
  // take focus so that keyboard users can scroll it too (axe: scrollable-region-focusable).
  visit(tree, 'element', (node) => {
    if (node.tagName === 'table' || node.tagName === 'pre') node.properties.tabIndex = 0;
  });
  // After segmentation: the sidenotes are copies for the eye, not blocks (spoken-blocks skips them).
  const sidenotes = addSidenotes(tree);
  const wordsRead = blocks.filter((b) => !NOT_READ.has(b.kind)).reduce((sum, b) => sum + countWords(b.text), 0);
  return { tree, blocks, sidenotes, wordsRead };
}

export const essayBodyHtml = (body: EssayBody): string => toHtml(body.tree);

/** An essay's own choice of reading or skipping its footnotes wins over the site's. */
export const segmentOptionsFor = (
  narration: EssayData['narration'],
  siteFootnotes: SegmentOptions['footnotes'],
): SegmentOptions => ({ footnotes: (narration || undefined)?.footnotes ?? siteFootnotes });
