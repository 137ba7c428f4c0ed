// Sidenotes: beside each footnote reference, a copy of its note for the margin (global.css, "The margin"), made at
// build time so nothing moves after load. The endnotes stay as they are; the copy is for the eye only (aria-hidden).
import type { Element, ElementContent, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

// What may sit inside a <p>: a copy keeps these tags and turns any other element (a note's <p>, a list) into a span.
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

const has = (node: Element, property: string): boolean => node.properties[property] !== undefined;

/** The note's content as spans on one line: no back-links, no comments, no ids (none duplicated), links out of the Tab order (axe: aria-hidden-focus). */
function copyForMargin(node: ElementContent): ElementContent[] {
  if (node.type === 'text') return [{ type: 'text', value: node.value.replace(/\s*\n\s*/g, ' ') }];
  if (node.type !== 'element') return [];
  if (has(node, 'dataFootnoteBackref')) return [];
  const properties = { ...node.properties };
  delete properties.id;
  delete properties.dataSay;
  const keep = PHRASING.has(node.tagName);
  if (node.tagName === 'a') properties.tabIndex = -1;
  if (!keep) properties.className = ['sidenote-block'];
  return [
    {
      type: 'element',
      tagName: keep ? node.tagName : 'span',
      properties,
      children: node.children.flatMap(copyForMargin),
    },
  ];
}

function sidenote(note: Element, number: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: {
      className: ['margin-note', 'sidenote'],
      dataSidenote: '',
      dataNote: note.properties.id,
      ariaHidden: 'true',
    },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sidenote-number'] },
        children: [{ type: 'text', value: number }],
      },
      { type: 'text', value: ' ' },
      ...note.children.filter((child) => child.type === 'element').flatMap(copyForMargin),
    ],
  };
}

/** The notes of the footnotes section, by id. */
function notesById(body: Root | Element): Map<string, Element> {
  const notes = new Map<string, Element>();
  visit(body, 'element', (node) => {
    if (!has(node, 'dataFootnotes')) return;
    visit(node, 'element', (item) => {
      if (item.tagName === 'li' && typeof item.properties.id === 'string') notes.set(item.properties.id, item);
    });
  });
  return notes;
}

/**
 * Inserts a sidenote after each footnote reference's <sup>, every reference its own, and returns how many.
 * Run it after annotateSpokenBlocks: the copies are not what the page says (spoken-blocks skips them). Mutates `body`.
 */
export function addSidenotes(body: Root | Element): number {
  const notes = notesById(body);
  const places: Array<{ parent: Root | Element; sup: Element; note: Element; number: string }> = [];
  visit(body, 'element', (sup, _index, parent) => {
    const ref =
      sup.tagName === 'sup'
        ? sup.children.find((c): c is Element => c.type === 'element' && has(c, 'dataFootnoteRef'))
        : undefined;
    // The body is parsed HTML, so a parent is a root or an element (MDX's JSX nodes never reach here).
    if (!ref || !parent || (parent.type !== 'root' && parent.type !== 'element')) return;
    const target = String(ref.properties.href ?? '').slice(1);
    const note = notes.get(target);
    if (!note)
      throw new Error(
        `Footnote reference "${String(ref.properties.href)}" has no note with id "${target}" in the footnotes section`,
      );
    places.push({ parent, sup, note, number: textOf(ref) });
  });
  for (const { parent, sup, note, number } of places)
    parent.children.splice(parent.children.indexOf(sup) + 1, 0, sidenote(note, number));
  return places.length;
}
