// Property: footnote labels and references in any combination (defined or not, twice, unused, odd labels, case
// differences) through the site's own processor from astro.config.mjs either render with every reference linked to
// its note and back, or fail naming the file, the line that holds the label, and the label.
import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { FUZZ } from '../support/fuzz-settings.ts';
import { mdxError, siteMarkdown } from '../support/site-markdown.ts';

const FILE = 'content/essays/fuzzed.mdx';

// Labels that differ only in case, in Unicode case folding (ß and SS), by spaces, or by characters Markdown treats specially.
const LABELS = [
  'a',
  'A',
  'note',
  'Note',
  'NOTE',
  '1',
  '01',
  'café',
  'Café',
  'CAFÉ',
  '日本',
  'ß',
  'SS',
  'x y',
  'x-y',
  'x_y',
  'a.b',
  'ünï',
  'Ünï',
  'long-label-that-goes-on',
];

interface Footnote {
  label: string;
  references: number;
  definitions: number;
}
const footnotes = fc.uniqueArray(
  fc.record({ label: fc.constantFrom(...LABELS), references: fc.nat({ max: 2 }), definitions: fc.nat({ max: 2 }) }),
  { selector: (note) => note.label, minLength: 1, maxLength: 5 },
);
// Where each reference sits: alone on its line, or on the second line of a paragraph.
const placement = fc.array(fc.boolean(), { minLength: 10, maxLength: 10 });

function essay(notes: readonly Footnote[], secondLine: readonly boolean[]): string {
  const paragraphs: string[] = ['An opening paragraph with no notes.'];
  let n = 0;
  for (const { label, references } of notes) {
    for (let i = 0; i < references; i++, n++) {
      paragraphs.push(
        secondLine[n % secondLine.length] ? `A first line,\nthen a claim.[^${label}]` : `A claim.[^${label}] And more.`,
      );
    }
  }
  const definitions = notes.flatMap(({ label, definitions: count }) =>
    Array.from({ length: count }, (_, i) => `[^${label}]: Note ${i + 1} on ${label}.`),
  );
  return [...paragraphs, ...definitions].join('\n\n');
}

// How GFM identifies a label: whitespace collapsed, then folded as toLowerCase().toUpperCase() does (ß matches SS).
const identifier = (label: string): string =>
  label
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase();

function expectBrokenNoteNamed(error: unknown, source: string, notes: readonly Footnote[]): void {
  const message = String((error as Error).message);
  const where = error as { file?: string; line?: number };
  expect(where.file, message).toBe(FILE);
  const label = /\[\^([^\]]+)\]/.exec(message)?.[1];
  expect(label, `the message names the label: ${message}`).toBeDefined();
  const line = source.split('\n')[(where.line ?? 0) - 1] ?? '';
  expect(line, `line ${where.line} holds [^${label}]: ${message}`).toContain(`[^${label}]`);
  const ids = notes.filter((note) => identifier(note.label) === identifier(label ?? ''));
  const total = (key: 'references' | 'definitions'): number => ids.reduce((sum, note) => sum + note[key], 0);
  const spaced = /\s/.test(label ?? '');
  expect(
    spaced || total('definitions') !== 1 || total('references') === 0,
    `[^${label}] is defined once and referenced`,
  ).toBe(true);
}

function expectEveryNoteLinkedBothWays(html: string): void {
  const byId = new Map<string, Element>();
  const links: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (typeof node.properties.id === 'string') byId.set(node.properties.id, node);
    if (node.tagName === 'a') links.push(node);
  });
  const target = (link: Element): Element | undefined =>
    byId.get(decodeURIComponent(String(link.properties.href ?? '').slice(1))) ??
    byId.get(String(link.properties.href ?? '').slice(1));
  const references = links.filter((link) => link.properties.dataFootnoteRef !== undefined);
  const backs = links.filter((link) => link.properties.dataFootnoteBackref !== undefined);
  for (const link of [...references, ...backs])
    expect(target(link), `${String(link.properties.href)} leads nowhere`).toBeDefined();
  expect(backs.length).toBe(references.length);
  expect(html).not.toMatch(/\[\^/);
}

test('any mix of footnotes renders linked both ways, or fails naming the file, the line and the label', async () => {
  const outcomes = { rendered: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(footnotes, placement, async (notes, secondLine) => {
      const source = essay(notes, secondLine);
      const error = await mdxError(source, FILE);
      if (error) {
        expectBrokenNoteNamed(error, source, notes);
        outcomes.refused++;
        return;
      }
      expect(
        notes.filter((note) => /\s/.test(note.label) && note.references + note.definitions > 0),
        'a label with a space rendered',
      ).toEqual([]);
      for (const note of notes) {
        const same = notes.filter((other) => identifier(other.label) === identifier(note.label));
        expect(
          same.reduce((sum, other) => sum + other.definitions, 0),
          `[^${note.label}] published`,
        ).toBe(same.some((other) => other.references > 0) ? 1 : 0);
      }
      expectEveryNoteLinkedBothWays((await siteMarkdown.render(source, { fileURL: new URL(`file:///${FILE}`) })).code);
      outcomes.rendered++;
    }),
    FUZZ,
  );
  expect(outcomes.rendered).toBeGreaterThan(20);
  expect(outcomes.refused).toBeGreaterThan(20);
});
