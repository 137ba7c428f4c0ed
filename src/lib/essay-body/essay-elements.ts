// What an essay's page adds to its rendered body before segmentation: asides go to the margin, and each image links to
// its full-size file. Neither changes what is said.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const classesOf = (node: Element): string[] =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

/** Mutates `body`. */
export function setEssayElements(body: Root): void {
  visit(body, 'element', (node, index, parent) => {
    if (node.tagName === 'aside') node.properties.className = [...new Set([...classesOf(node), 'margin-note'])];
    // An image with no alt text is decorative (src/plugins/remark-image-alt-check.ts): a link to it would have no name.
    if (node.tagName !== 'img' || !node.properties.alt || !parent || index === undefined) return;
    if (parent.type === 'element' && parent.tagName === 'a') return;
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: node.properties.src, className: ['full-size'] },
      children: [node],
    };
    parent.children[index] = link;
  });
}
