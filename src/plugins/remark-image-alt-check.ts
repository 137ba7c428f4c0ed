// Fails the build on an image with no alternative text: a listener hears the alt text, and a screen reader says "image".
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { failAt } from './fail-at.ts';

const IMAGE_ELEMENTS = new Set(['img', 'Image', 'Picture', 'EssayImage']);
const HOW =
  'say what it shows (![A heron on the weir](./heron.jpg)), or, for an image that only decorates, ' +
  'write <EssayImage decorative src={…} /> (src/components/EssayImage.astro)';

/** `alt="…"` as written, `true` for `alt={expression}`, undefined when absent. */
function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | true | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  return typeof found.value === 'string' ? found.value : true;
}

export default function remarkImageAltCheck() {
  return (tree: Root, file: VFile): void => {
    visit(tree, (node) => {
      if (node.type === 'image' && !node.alt?.trim()) {
        failAt(file, `Image ${node.url} has no alternative text: ${HOW}`, node);
      } else if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        IMAGE_ELEMENTS.has(node.name ?? '')
      ) {
        const alt = attribute(node, 'alt');
        if (attribute(node, 'decorative') !== undefined || alt === true || alt?.trim()) return;
        const src = attribute(node, 'src');
        failAt(
          file,
          `Image <${node.name}${typeof src === 'string' ? ` src="${src}"` : ''}> has no alternative text: ${HOW}`,
          node,
        );
      }
    });
  };
}
