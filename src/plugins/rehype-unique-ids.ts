// Heading ids come from heading text (rehype-slug), so a heading called "Footnote label" would take the
// footnotes' id. This renames any heading id that another element or the page layout already uses.
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const isHeading = (node: Element): boolean => /^h[1-6]$/.test(node.tagName);
// The footnotes section's own heading ("footnote-label") is referenced by every footnote marker.
const isFootnotes = (node: Element): boolean => node.properties.dataFootnotes !== undefined;

export interface UniqueIdsOptions {
  /** Ids the layout around the essay uses (the player's, the skip link's). */
  reserved?: readonly string[];
}

export default function rehypeUniqueIds({ reserved = [] }: UniqueIdsOptions = {}) {
  return (tree: Root): void => {
    const taken = new Set(reserved);
    visit(tree, 'element', (node) => {
      if (isFootnotes(node))
        visit(
          node,
          'element',
          (inner) => void (typeof inner.properties.id === 'string' && taken.add(inner.properties.id)),
        );
      else if (!isHeading(node) && typeof node.properties.id === 'string') taken.add(node.properties.id);
    });
    visit(tree, 'element', (node) => {
      if (isFootnotes(node)) return SKIP;
      const id = node.properties.id;
      if (!isHeading(node) || typeof id !== 'string') return undefined;
      let unique = id;
      for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
      node.properties.id = unique;
      taken.add(unique);
      return undefined;
    });
  };
}
