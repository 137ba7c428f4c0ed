import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, test } from 'vitest';
import { essayFile } from '../../scripts/bench/essay-files.ts';
import {
  FOOTNOTES_PER_ESSAY,
  syntheticEssays,
  withEditedParagraph,
  WORDS_PER_ESSAY,
} from '../../scripts/bench/synthetic-essays.ts';
import { CATEGORIES } from '../../scripts/bench/vocabulary.ts';
import { essaySchema } from '../../src/lib/essays/essay-schema.ts';
import { readFrontmatter } from '../../src/lib/essays/frontmatter.ts';
import { renderMdx } from '../support/render-mdx.ts';

const essays = syntheticEssays(100, 9);
const dir = mkdtempSync(join(tmpdir(), 'lectern-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Through the site's own MDX pipeline, where remark-footnote-check rejects a reference with no note.
async function rendered(index: number): Promise<ReturnType<typeof fromHtml>> {
  const essay = essays[index];
  if (!essay) throw new Error(`no essay ${index}`);
  const file = join(dir, `${essay.slug}.mdx`);
  writeFileSync(file, essayFile(essay));
  return fromHtml(await renderMdx(() => import(/* @vite-ignore */ file)), { fragment: true });
}

const elements = (tree: ReturnType<typeof fromHtml>, tag: string): Element[] => {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName === tag) found.push(node);
  });
  return found;
};

describe('synthetic essays', () => {
  test('are the same for the same seed, and differ for another seed', () => {
    expect(syntheticEssays(100, 9).map(essayFile)).toEqual(essays.map(essayFile));
    expect(syntheticEssays(100, 10).map(essayFile)).not.toEqual(essays.map(essayFile));
  });

  test("have frontmatter that Lectern's schema accepts", () => {
    const schema = essaySchema({ timeZone: 'Europe/London', publicFileExists: () => false });
    for (const essay of essays) {
      const data = schema.parse(readFrontmatter(essayFile(essay), `${essay.slug}.mdx`));
      expect(data.title).toBe(essay.title);
    }
  });

  test('fall in all ten categories and all ten years 2016-2025, with unique slugs', () => {
    expect(new Set(essays.map((e) => e.category))).toEqual(new Set(CATEGORIES));
    expect([...new Set(essays.map((e) => e.date.slice(0, 4)))].sort()).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(new Set(essays.map((e) => e.slug)).size).toBe(essays.length);
  });

  for (const index of [0, 41, 99]) {
    test(`essay ${index + 1} renders with about 1,500 words, h2 and h3 headings, a list, a link and 8 footnotes that resolve`, async () => {
      const tree = await rendered(index);
      const words = textOf({ type: 'root', children: tree.children } as never)
        .split(/\s+/)
        .filter((w) => /[a-z]/i.test(w));
      // The prose, plus the footnote section's one-word label.
      expect(words.length).toBeGreaterThanOrEqual(WORDS_PER_ESSAY.min + 1);
      expect(words.length).toBeLessThanOrEqual(WORDS_PER_ESSAY.max + 1);
      expect(elements(tree, 'h2').length).toBeGreaterThan(0);
      expect(elements(tree, 'h3').length).toBeGreaterThan(0);
      expect(elements(tree, 'ul').length).toBeGreaterThan(0);
      const hrefs = elements(tree, 'a').map((a) => String(a.properties.href));
      expect(hrefs.filter((href) => href.startsWith('https://'))).toHaveLength(1);
      const ids = new Set<string>();
      visit(tree, 'element', (node) => {
        if (node.properties.id) ids.add(String(node.properties.id));
      });
      const references = elements(tree, 'sup').flatMap((sup) =>
        elements({ type: 'root', children: [sup] } as never, 'a'),
      );
      expect(references).toHaveLength(FOOTNOTES_PER_ESSAY);
      for (const ref of references)
        expect(ids, `note ${String(ref.properties.href)}`).toContain(String(ref.properties.href).slice(1));
    });
  }

  test('an edit rewrites one paragraph, keeping its length', () => {
    const essay = essays[5];
    if (!essay) throw new Error('no essay 5');
    const before = essayFile(essay).split('\n');
    const after = essayFile(withEditedParagraph(essay, 100)).split('\n');
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
    expect(after).toHaveLength(before.length);
    expect(changed).toHaveLength(1);
    const count = (line: string | undefined): number => String(line).split(' ').length;
    expect(count(after[changed[0] ?? 0])).toBe(count(before[changed[0] ?? 0]));
  });
});
