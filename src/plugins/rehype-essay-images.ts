// Markdown images as an essay sets them: sized to the text column (a vector image published once, with no srcset),
// eager only in the first screen, and an image with a title, ![alt](./a.jpg "Caption"), alone in its paragraph, made a
// figure with that caption.
import { extname } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { COLUMN_SIZES, isVectorFormat } from '../lib/site/image-sizes.ts';

/** The header and player fill most of a phone's first screen: only an image among the body's first two blocks is in it. */
const FIRST_SCREEN_BLOCKS = 2;

const isElement = (node: Root['children'][number] | Element['children'][number]): node is Element =>
  node.type === 'element';

/** The image a paragraph holds alone (whitespace aside), or undefined. */
function loneImage(paragraph: Element): Element | undefined {
  const [only, ...rest] = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return only && rest.length === 0 && isElement(only) && only.tagName === 'img' ? only : undefined;
}

function figureOf(image: Element, caption: string): Element {
  const { title: _title, ...properties } = image.properties;
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [
      { ...image, properties },
      { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] },
    ],
  };
}

function setImages(node: Root['children'][number], inFirstScreen: boolean): void {
  visit(node, 'element', (element) => {
    if (element.tagName !== 'img') return;
    const { src } = element.properties;
    // Astro's layout "none" renders one file, with its width and height, and no srcset.
    if (typeof src === 'string' && isVectorFormat(extname(src).slice(1))) element.properties.layout = 'none';
    else element.properties.sizes ??= COLUMN_SIZES;
    if (inFirstScreen) element.properties.loading = 'eager';
  });
}

export default function rehypeEssayImages() {
  return (tree: Root): void => {
    let blocks = 0;
    tree.children.forEach((node, index) => {
      if (node.type !== 'element' && node.type !== 'mdxJsxFlowElement') return;
      const image = node.type === 'element' && node.tagName === 'p' ? loneImage(node) : undefined;
      const caption = image?.properties.title;
      if (image && typeof caption === 'string' && caption.trim())
        tree.children[index] = figureOf(image, caption.trim());
      setImages(tree.children[index] ?? node, blocks < FIRST_SCREEN_BLOCKS);
      blocks += 1;
    });
  };
}
