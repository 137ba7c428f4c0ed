// <span data-say="eighteen eighty-seven">1887</span> is a plain Markdown essay's <Say as="…"> (src/components/Say.astro):
// both become the data-spoken-as that the one segmentation (src/lib/essay-body/spoken-blocks.ts) reads.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from './fail-at.ts';

export default function rehypeSay() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'element', (node) => {
      const say = node.properties.dataSay;
      if (say === undefined || say === null) return;
      const spoken = String(say).trim();
      if (spoken === '') failAt(file, `<${node.tagName} data-say> needs what the narration says: data-say="…"`, node);
      delete node.properties.dataSay;
      node.properties.dataSpokenAs = spoken;
    });
  };
}
