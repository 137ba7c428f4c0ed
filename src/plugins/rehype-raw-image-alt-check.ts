// The alt-text check for what remark cannot see: an <img> written as raw HTML in a Markdown essay (imports keep
// markup that Markdown cannot hold). alt="" marks a decorative image, as in HTML; no alt at all fails.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from './fail-at.ts';

export default function rehypeRawImageAltCheck() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img' || node.properties.alt !== undefined) return;
      failAt(
        file,
        `Image <img src="${String(node.properties.src ?? '')}"> has no alternative text: say what it shows ` +
          '(alt="A heron on the weir"), or write alt="" for an image that only decorates',
        node,
      );
    });
  };
}
