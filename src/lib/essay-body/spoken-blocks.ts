// The one segmentation of an essay into spoken blocks. The essay page marks each block's element with
// data-say=<id>, and the narration script speaks the same blocks and names its cues by the same ids.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { codeAnnouncement, type CodeSample, codeSampleOf } from './code-samples.ts';
import { MARKS } from './spoken-marks.ts';
import { stableHash } from './stable-hash.ts';

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'table'
  | 'code'
  | 'figure'
  | 'image'
  | 'aside'
  | 'footnotes'
  | 'footnote';

export interface SpokenBlock {
  id: string;
  kind: BlockKind;
  /** What is said, as the reader sees it (footnote markers and back-links dropped). */
  text: string;
  /** What the voice says instead, where the author wrote <Say as="…"> (data-spoken-as) inside the block. */
  say?: string;
  /** The text with its inline code, superscripts and subscripts marked (spoken-marks.ts), where it has any. */
  marked?: string;
}

/** What the narration is given for a block, before its spoken-text rules: the <Say> text, or the marked text. */
export const voicedText = (block: SpokenBlock): string => block.say ?? block.marked ?? block.text;

export interface SegmentOptions {
  /** Read the footnotes at the end after a short announcement, or leave them out. */
  footnotes: 'read' | 'skip';
}

const ID_PREFIX: Record<BlockKind, string> = {
  heading: 'h',
  paragraph: 'p',
  'list-item': 'li',
  quote: 'q',
  table: 't',
  code: 'c',
  figure: 'fig',
  image: 'img',
  aside: 'as',
  footnotes: 'fns',
  footnote: 'fn',
};

const TABLE_ANNOUNCEMENT = 'The page shows a table here.';
const FOOTNOTES_ANNOUNCEMENT = 'Footnotes.';
const ASIDE_LEAD_IN = 'Aside:';

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const has = (node: Element, property: string): boolean => node.properties[property] !== undefined;

/** Something the reader can see that the listener does not hear, and why. */
export interface UnspokenRule {
  what: string;
  why: string;
  applies: (node: Element, options: SegmentOptions) => boolean;
}

/**
 * The one skip list: everything in an essay body that is not spoken. The segmenter never enters these elements, and
 * the coverage test (tests/build/spoken-coverage.test.ts) accepts visible text only inside a block or one of these.
 */
export const UNSPOKEN: readonly UnspokenRule[] = [
  {
    what: 'script, style, template',
    why: 'not shown on the page',
    applies: (node) => ['script', 'style', 'template'].includes(node.tagName),
  },
  {
    what: 'svg, audio, video',
    why: 'drawings and media: their text is a label or a fallback, not prose',
    applies: (node) => ['svg', 'audio', 'video'].includes(node.tagName),
  },
  {
    what: '[data-sidenote]',
    why: 'a copy of a footnote; the footnote itself is spoken at the end, per the narration config',
    applies: (node) => has(node, 'dataSidenote'),
  },
  {
    what: 'section[data-footnotes] with footnotes: skip',
    why: 'the essay (or the site) chose not to read its footnotes aloud',
    applies: (node, options) =>
      options.footnotes === 'skip' && node.tagName === 'section' && has(node, 'dataFootnotes'),
  },
];

const isUnspoken = (node: Element, options: SegmentOptions): boolean =>
  UNSPOKEN.some((rule) => rule.applies(node, options));

const BLOCK_TAGS = new Set([
  'p',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'table',
  'figure',
  'aside',
  'div',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

interface TextOptions {
  /** Each <Say> (data-spoken-as) replaced by what it says. */
  asSaid?: boolean;
  /** Inline code, superscripts and subscripts between their marks (spoken-marks.ts). */
  marked?: boolean;
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Visible text of a node minus footnote markers, back-links, nested lists (blocks of their own) and the skip list;
 * as said, or marked, per `how`.
 */
function spokenText(node: Element, options: SegmentOptions, how: TextOptions = {}): string {
  const strip = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child): ElementContent[] => {
      if (!isElement(child)) return [child];
      if (how.asSaid && typeof child.properties.dataSpokenAs === 'string') return [text(child.properties.dataSpokenAs)];
      if (isUnspoken(child, options)) return [];
      if (has(child, 'dataFootnoteRef') || has(child, 'dataFootnoteBackref')) return [];
      if (child.tagName === 'sup' && child.children.some((c) => isElement(c) && has(c, 'dataFootnoteRef'))) return [];
      if (child.tagName === 'ul' || child.tagName === 'ol') return [];
      if (child.tagName === 'br') return [text(' ')]; // "a `<p>`<br />with": two words, not "<p>with"
      const marks = how.marked ? MARKS[child.tagName] : undefined;
      const kept: ElementContent = { ...child, children: strip(child.children) };
      return marks ? [text(marks[0]), kept, text(marks[1])] : [kept];
    });
  return textOf({ ...node, children: strip(node.children) })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The alt text of an image, or of the images a link or picture holds (a full-size link wraps each image). */
function altText(node: Element): string {
  if (node.tagName === 'img')
    return String(node.properties.alt ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  return node.children.filter(isElement).map(altText).filter(Boolean).join(' ');
}

interface Found {
  node: Element;
  kind: BlockKind;
  text: string;
  /** A code block's fence meta, for the announcement of its run of code blocks. */
  sample?: CodeSample | undefined;
}

function collect(nodes: readonly (RootContent | ElementContent)[], options: SegmentOptions, out: Found[]): void {
  for (const node of nodes) {
    if (!isElement(node) || isUnspoken(node, options)) continue;
    const add = (kind: BlockKind, text = spokenText(node, options)): void => {
      if (text) out.push({ node, kind, text });
    };
    const tag = node.tagName;
    if (/^h[1-6]$/.test(tag)) add('heading');
    else if (tag === 'p') {
      if (spokenText(node, options)) add('paragraph');
      else collect(node.children, options, out); // a paragraph holding only an image (Markdown's ![alt](src))
    } else if (tag === 'blockquote') add('quote');
    else if (tag === 'summary')
      add('paragraph'); // a <details>' summary, shown closed or open (raw HTML in .md)
    else if (tag === 'li') {
      add('list-item');
      collect(
        node.children.filter((c) => isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')),
        options,
        out,
      );
    } else if (tag === 'table') add('table', TABLE_ANNOUNCEMENT);
    else if (tag === 'pre' || codeSampleOf(node))
      out.push({ node, kind: 'code', text: '', sample: codeSampleOf(node) });
    else if (tag === 'img' || ((tag === 'a' || tag === 'picture') && !spokenText(node, options)))
      add('image', altText(node));
    else if (tag === 'figure') collectFigure(node, options, out);
    else if (tag === 'aside') collectAside(node, options, out);
    else if (tag === 'section' && has(node, 'dataFootnotes')) collectFootnotes(node, options, out);
    else collect(node.children, options, out); // lists, sections and the wrappers MDX components render
  }
}

/** A caption speaks for its figure: the image's alt text is spoken only when there is no caption. */
function collectFigure(figure: Element, options: SegmentOptions, out: Found[]): void {
  const caption = figure.children.find((c): c is Element => isElement(c) && c.tagName === 'figcaption');
  if (!caption) {
    collect(figure.children, options, out);
    return;
  }
  for (const node of figure.children) {
    if (!isElement(node) || isUnspoken(node, options)) continue;
    if (node === caption) {
      const text = spokenText(node, options);
      if (text) out.push({ node, kind: 'figure', text });
    } else if (spokenText(node, options)) collect([node], options, out); // a figure of a quotation or of code keeps its blocks
  }
}

/** An aside is spoken with a lead-in: as one block when it holds bare text, or before its first block. */
function collectAside(aside: Element, options: SegmentOptions, out: Found[]): void {
  const holdsBlocks = aside.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.tagName));
  if (!holdsBlocks) {
    const text = spokenText(aside, options);
    if (text) out.push({ node: aside, kind: 'aside', text: `${ASIDE_LEAD_IN} ${text}` });
    return;
  }
  const start = out.length;
  collect(aside.children, options, out);
  const first = out[start];
  if (first) out[start] = { ...first, kind: 'aside', text: `${ASIDE_LEAD_IN} ${first.text}` };
}

function collectFootnotes(section: Element, options: SegmentOptions, out: Found[]): void {
  const label = section.children.find((c): c is Element => isElement(c) && /^h[1-6]$/.test(c.tagName));
  if (label) out.push({ node: label, kind: 'footnotes', text: FOOTNOTES_ANNOUNCEMENT });
  const items = section.children
    .filter(isElement)
    .flatMap((c) => (c.tagName === 'ol' ? c.children.filter(isElement) : []));
  items.forEach((item, index) => {
    const text = spokenText(item, options);
    if (text) out.push({ node: item, kind: 'footnote', text: `Footnote ${index + 1}. ${text}` });
  });
}

/**
 * Code blocks with no prose between them are announced once, by the first ("The page shows two code samples here."),
 * so a listener is not told "code here" back to back; the others are marked with the same id, for read-along.
 */
function announceCodeRuns(found: readonly Found[]): Array<Found & { also: Element[] }> {
  const out: Array<Found & { also: Element[] }> = [];
  for (let i = 0; i < found.length; i++) {
    const block = found[i] as Found;
    if (block.kind !== 'code') {
      out.push({ ...block, also: [] });
      continue;
    }
    const run: Found[] = [];
    while (found[i]?.kind === 'code') run.push(found[i++] as Found);
    i--;
    const samples = run.map((code) => code.sample ?? {});
    out.push({
      node: block.node,
      kind: 'code',
      text: codeAnnouncement(samples),
      also: run.slice(1).map((c) => c.node),
    });
  }
  return out;
}

/** The block's text, spoken from the node `how` asks, where it differs from the text shown (an aside's lead-in stays). */
function textAs(node: Element, shown: string, options: SegmentOptions, how: TextOptions): string | undefined {
  const seen = spokenText(node, options);
  const other = spokenText(node, options, how);
  return other === seen || !shown.includes(seen) ? undefined : shown.replace(seen, () => other);
}

function assignIds<T extends Found>(found: readonly T[]): Array<T & { id: string }> {
  const used = new Set<string>();
  return found.map((block) => {
    const base = `${ID_PREFIX[block.kind]}-${stableHash(block.text)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...block, id };
  });
}

/** The spoken blocks of a rendered essay body, in reading order. */
export function segmentSpokenBlocks(body: Root | Element, options: SegmentOptions): SpokenBlock[] {
  return annotateSpokenBlocks(structuredClone(body), options);
}

/** Segments the body and marks each block's element with data-say, for read-along. Mutates `body`. */
export function annotateSpokenBlocks(body: Root | Element, options: SegmentOptions): SpokenBlock[] {
  const found: Found[] = [];
  collect(body.children, options, found);
  return assignIds(announceCodeRuns(found)).map(({ node, id, kind, text, also }) => {
    for (const element of [node, ...also]) element.properties.dataSay = id;
    if (kind === 'code') return { id, kind, text };
    const say =
      textAs(node, text, options, { asSaid: true }) && textAs(node, text, options, { asSaid: true, marked: true });
    const marked = textAs(node, text, options, { marked: true });
    return { id, kind, text, ...(say === undefined ? {} : { say }), ...(marked === undefined ? {} : { marked }) };
  });
}
