// Fixture folders: spoken-blocks/<case>/input.mdx -> blocks.json (options.json optional).
// Regenerate with UPDATE=1 and review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import {
  annotateSpokenBlocks,
  segmentSpokenBlocks,
  type SegmentOptions,
} from '../../../src/lib/essay-body/spoken-blocks.ts';
import { renderMdx } from '../../support/render-mdx.ts';

const FIXTURES = join(import.meta.dirname, 'spoken-blocks');
const modules = import.meta.glob('./spoken-blocks/*/input.mdx');

describe('spoken blocks fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    test(name, async () => {
      const html = await renderMdx(modules[`./spoken-blocks/${name}/input.mdx`] as never);
      const optionsFile = join(FIXTURES, name, 'options.json');
      const options: SegmentOptions = existsSync(optionsFile)
        ? JSON.parse(readFileSync(optionsFile, 'utf8'))
        : { footnotes: 'read' };
      const blocks = segmentSpokenBlocks(fromHtml(html, { fragment: true }), options);
      const expectedFile = join(FIXTURES, name, 'blocks.json');
      if (process.env.UPDATE) writeFileSync(expectedFile, `${JSON.stringify(blocks, null, 2)}\n`);
      expect(blocks).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});

describe('annotateSpokenBlocks', () => {
  test('marks each block element with data-say equal to the block id', () => {
    const tree = fromHtml('<h2>Title</h2><p>One.</p><ul><li>A</li></ul>', { fragment: true });
    const blocks = annotateSpokenBlocks(tree, { footnotes: 'read' });
    const marked = tree.children
      .flatMap((n) => (n.type === 'element' ? [n, ...n.children] : []))
      .flatMap((n) => (n.type === 'element' && typeof n.properties.dataSay === 'string' ? [n.properties.dataSay] : []));
    expect(marked).toEqual(blocks.map((b) => b.id));
  });
  test('is stable: segmenting an annotated body again gives the same blocks', () => {
    const tree = fromHtml('<p>One.</p><blockquote><p>Two.</p></blockquote>', { fragment: true });
    const first = annotateSpokenBlocks(tree, { footnotes: 'read' });
    expect(segmentSpokenBlocks(tree, { footnotes: 'read' })).toEqual(first);
  });
  test('an edit to one paragraph changes only that block id', () => {
    const before = segmentSpokenBlocks(fromHtml('<p>One.</p><p>Two.</p>', { fragment: true }), { footnotes: 'read' });
    const after = segmentSpokenBlocks(fromHtml('<p>One.</p><p>Two, edited.</p>', { fragment: true }), {
      footnotes: 'read',
    });
    expect(after[0]).toEqual(before[0]);
    expect(after[1]?.id).not.toBe(before[1]?.id);
  });
  test('a sidenote, a page-only copy of a footnote, is not spoken inside its paragraph', () => {
    const tree = fromHtml(
      '<p>A claim.<span class="margin-note" data-sidenote aria-hidden="true">The note.</span></p>',
      { fragment: true },
    );
    expect(segmentSpokenBlocks(tree, { footnotes: 'read' }).map((b) => b.text)).toEqual(['A claim.']);
  });
});
