// Images as an essay sets them, rendered through the site's real MDX pipeline: tests/plugins/essay-images/<case>/input.mdx.
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { COLUMN_SIZES, WIDE_SIZES } from '../../src/lib/site/image-sizes.ts';
import { renderMdx } from '../support/render-mdx.ts';

const modules = import.meta.glob('./essay-images/*/input.mdx');
/** Every element named `tag` in a tree, in document order. */
function selectAll(tag: string, tree: Root | Element | undefined): Element[] {
  const found: Element[] = [];
  if (tree) visit(tree, 'element', (node) => void (node.tagName === tag && found.push(node)));
  return found;
}

const render = async (name: string) =>
  fromHtml(await renderMdx(modules[`./essay-images/${name}/input.mdx`] as never), { fragment: true });

describe('Markdown images', () => {
  test('an image with a title, alone in its paragraph, becomes a figure captioned with the title', async () => {
    const [figure] = selectAll('figure', await render('title-becomes-figure'));
    expect(selectAll('img', figure)[0]?.properties).toMatchObject({ alt: 'An open book in lamplight.' });
    expect(selectAll('img', figure)[0]?.properties.title).toBeUndefined();
    expect(selectAll('figcaption', figure).map((caption) => textOf(caption))).toEqual(['The same book, closer.']);
  });
  test('an image inside a line of text stays in its paragraph', async () => {
    const paragraphs = selectAll('p', await render('title-becomes-figure'));
    expect(paragraphs.map((p) => selectAll('img', p).length)).toEqual([0, 1]);
  });
  test('each has a srcset, sizes fitted to the text column, a width and a height', async () => {
    for (const image of selectAll('img', await render('title-becomes-figure'))) {
      expect(String(image.properties.srcSet)).toMatch(/ 400w, .* 640w, /);
      expect(image.properties).toMatchObject({ sizes: COLUMN_SIZES, width: 1000, height: 420 });
    }
  });
  test('only an image in the first screen loads eagerly', async () => {
    expect(selectAll('img', await render('title-becomes-figure')).map((i) => i.properties.loading)).toEqual([
      'eager',
      'lazy',
    ]);
  });
});

describe('EssayImage', () => {
  test('a decorative image says so with an empty alt, and has no caption', async () => {
    const [decorative] = selectAll('figure', await render('component'));
    expect(selectAll('img', decorative)[0]?.properties.alt).toBe('');
    expect(selectAll('figcaption', decorative)).toHaveLength(0);
  });
  test('a wide figure is marked wide, sized for its width, and captioned from the slot, markup kept', async () => {
    const [, wide] = selectAll('figure', await render('component'));
    expect(wide?.properties.className).toContain('wide');
    expect(selectAll('img', wide)[0]?.properties.sizes).toBe(WIDE_SIZES);
    expect(selectAll('em', selectAll('figcaption', wide)[0]).map((e) => textOf(e))).toEqual(['wider']);
  });
});
