// The one segmentation of an essay into spoken blocks. The essay page marks each block's element with
// data-say=<id>, and the narration script speaks the same blocks and names its cues by the same ids.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'table' | 'footnotes' | 'footnote';

export interface SpokenBlock {
  id: string;
  kind: BlockKind;
  /** What is said, as the reader sees it (footnote markers and back-links dropped). */
  text: string;
}

export interface SegmentOptions {
  /** Read the footnotes at the end after a short announcement, or leave them out. */
  footnotes: 'read' | 'skip';
}

const ID_PREFIX: Record<BlockKind, string> = {
  heading: 'h', paragraph: 'p', 'list-item': 'li', quote: 'q', table: 't', footnotes: 'fns', footnote: 'fn',
};

const TABLE_ANNOUNCEMENT = 'The page shows a table here.';
const FOOTNOTES_ANNOUNCEMENT = 'Footnotes.';

// Code is skipped: read aloud it is noise, and the page is there for it.
const UNSPOKEN = new Set(['pre', 'script', 'style', 'template', 'svg', 'audio', 'video']);

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const has = (node: Element, property: string): boolean => node.properties[property] !== undefined;

/** FNV-1a: a stable, dependency-free hash, so ids survive rebuilds and move with their text. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

/** Visible text of a node minus footnote markers, back-links, sidenotes (copies of notes read at the end) and nested lists (which are blocks of their own). */
function spokenText(node: Element): string {
  const strip = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child): ElementContent[] => {
      if (!isElement(child)) return [child];
      if (has(child, 'dataFootnoteRef') || has(child, 'dataFootnoteBackref') || has(child, 'dataSidenote')) return [];
      if (child.tagName === 'sup' && child.children.some((c) => isElement(c) && has(c, 'dataFootnoteRef'))) return [];
      if (child.tagName === 'ul' || child.tagName === 'ol') return [];
      return [{ ...child, children: strip(child.children) }];
    });
  return toString({ ...node, children: strip(node.children) }).replace(/\s+/g, ' ').trim();
}

interface Found {
  node: Element;
  kind: BlockKind;
  text: string;
}

function collect(nodes: readonly (RootContent | ElementContent)[], options: SegmentOptions, out: Found[]): void {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    const add = (kind: BlockKind, text = spokenText(node)): void => {
      if (text) out.push({ node, kind, text });
    };
    const tag = node.tagName;
    if (/^h[1-6]$/.test(tag)) add('heading');
    else if (tag === 'p') add('paragraph');
    else if (tag === 'blockquote') add('quote');
    else if (tag === 'li') {
      add('list-item');
      collect(node.children.filter((c) => isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')), options, out);
    } else if (tag === 'table') add('table', TABLE_ANNOUNCEMENT);
    else if (tag === 'section' && has(node, 'dataFootnotes')) {
      if (options.footnotes === 'skip') continue;
      const label = node.children.find((c): c is Element => isElement(c) && /^h[1-6]$/.test(c.tagName));
      if (label) out.push({ node: label, kind: 'footnotes', text: FOOTNOTES_ANNOUNCEMENT });
      const items = node.children.filter(isElement).flatMap((c) => (c.tagName === 'ol' ? c.children.filter(isElement) : []));
      items.forEach((item, index) => {
        const text = spokenText(item);
        if (text) out.push({ node: item, kind: 'footnote', text: `Footnote ${index + 1}. ${text}` });
      });
    } else if (UNSPOKEN.has(tag)) continue;
    else collect(node.children, options, out); // lists, sections and the wrappers MDX components render
  }
}

function assignIds(found: readonly Found[]): Array<Found & { id: string }> {
  const used = new Set<string>();
  return found.map((block) => {
    const base = `${ID_PREFIX[block.kind]}-${fnv1a(block.text)}`;
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
  return assignIds(found).map(({ node, id, kind, text }) => {
    node.properties.dataSay = id;
    return { id, kind, text };
  });
}
