// Fixture folders: sidenotes/<case>/input.mdx -> output.html, the essay body as the page shows it (spoken blocks
// annotated, then sidenotes added). Regenerate with UPDATE=1 and review the diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { addSidenotes } from '../../../src/lib/essay-body/sidenotes.ts';
import { annotateSpokenBlocks, segmentSpokenBlocks } from '../../../src/lib/essay-body/spoken-blocks.ts';
import { renderMdx } from '../../support/render-mdx.ts';

const FIXTURES = join(import.meta.dirname, 'sidenotes');
const modules = import.meta.glob('./sidenotes/*/input.mdx');
const PHRASING = ['span', 'a', 'strong', 'em', 'code'];
const render = async (name: string) =>
  fromHtml(await renderMdx(modules[`./sidenotes/${name}/input.mdx`] as never), { fragment: true });

const sidenotes = (body: Root): Element[] => {
  const found: Element[] = [];
  visit(body, 'element', (node) => void (node.properties.dataSidenote !== undefined && found.push(node)));
  return found;
};
const descendants = (node: Element): Element[] => {
  const found: Element[] = [];
  visit(node, 'element', (inner) => void (inner !== node && found.push(inner)));
  return found;
};

describe('sidenotes fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    test(name, async () => {
      const body = await render(name);
      annotateSpokenBlocks(body, { footnotes: 'read' });
      addSidenotes(body);
      const expectedFile = join(FIXTURES, name, 'output.html');
      if (process.env.UPDATE) writeFileSync(expectedFile, `${toHtml(body)}\n`);
      expect(`${toHtml(body)}\n`).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});

describe('addSidenotes', () => {
  test('adds one sidenote per reference, a note cited twice beside both references', async () => {
    const body = await render('notes-in-paragraphs');
    expect(addSidenotes(body)).toBe(4);
    expect(sidenotes(body).map((note) => note.properties.dataNote)).toEqual([
      'user-content-fn-grafton',
      'user-content-fn-bayle',
      'user-content-fn-grafton',
      'user-content-fn-quote',
    ]);
  });

  test('duplicates no id, and every link in a sidenote is out of the Tab order', async () => {
    let links = 0;
    for (const name of readdirSync(FIXTURES)) {
      const body = await render(name);
      addSidenotes(body);
      const ids: string[] = [];
      visit(body, 'element', (node) => void (typeof node.properties.id === 'string' && ids.push(node.properties.id)));
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size, name).toBe(ids.length);
      for (const link of sidenotes(body)
        .flatMap(descendants)
        .filter((node) => node.tagName === 'a')) {
        expect(link.properties.tabIndex).toBe(-1);
        links++;
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  test('leaves the spoken blocks as they were: the narration never reads the copies', async () => {
    for (const name of readdirSync(FIXTURES)) {
      const body = await render(name);
      const before = segmentSpokenBlocks(body, { footnotes: 'read' });
      addSidenotes(body);
      expect(segmentSpokenBlocks(body, { footnotes: 'read' }), name).toEqual(before);
    }
  });

  test('keeps a sidenote valid inside a paragraph: spans and phrasing only, no back-links', async () => {
    const body = await render('long-note-with-blocks');
    addSidenotes(body);
    const inside = sidenotes(body).flatMap(descendants);
    expect(inside.filter((node) => node.properties.className?.toString() === 'sidenote-block')).toHaveLength(6);
    expect(
      inside.filter((node) => !PHRASING.includes(node.tagName) || node.properties.dataFootnoteBackref !== undefined),
    ).toEqual([]);
  });

  test('fails naming the reference whose note is missing', () => {
    const body = fromHtml(
      '<p>Text.<sup><a href="#user-content-fn-gone" id="user-content-fnref-gone" data-footnote-ref>1</a></sup></p>',
      { fragment: true },
    );
    expect(() => addSidenotes(body)).toThrow(
      'Footnote reference "#user-content-fn-gone" has no note with id "user-content-fn-gone" in the footnotes section',
    );
  });
});
