// Listening by proxy: the built narration of the essay with every element (content/essays/a-picture-read-aloud.mdx)
// says its photograph's alt text, its captions and its aside, in the order the page shows them. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import webvtt from 'webvtt-parser';
import { expect, test } from 'vitest';
import { cueParts } from '../../src/lib/essay-body/cue-ids.ts';
import { DIST } from '../support/built-site.ts';
import { essayBodyOf } from '../support/spoken-coverage.ts';

const { WebVTTParser } = webvtt; // a CommonJS module: Node gives it one default export
const SLUG = 'a-picture-read-aloud';
const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What the reader sees of each element, in page order: an uncaptioned image's alt text, each caption, each aside. */
function seenElements(body: Element): string[] {
  const seen: string[] = [];
  visit(body, 'element', (node) => {
    const caption =
      node.tagName === 'figure'
        ? node.children.find((c) => c.type === 'element' && c.tagName === 'figcaption')
        : undefined;
    if (caption) seen.push(clean(textOf(caption)));
    else if (node.tagName === 'img') seen.push(String(node.properties.alt));
    else if (node.tagName === 'aside') seen.push(`Aside: ${clean(textOf(node))}`);
    return caption || node.tagName === 'aside' ? 'skip' : undefined;
  });
  return seen;
}

test(`the narration of ${SLUG} says the alt text, the captions and the aside, in reading order`, () => {
  const body = essayBodyOf(fromHtml(readFileSync(join(DIST, 'essays', SLUG, 'index.html'), 'utf8')));
  if (!body) throw new Error(`${SLUG}: no [data-essay-body] in the built page`);
  const seen = seenElements(body);
  expect(seen).toHaveLength(4); // the photograph, the captioned figure, the aside and the wide figure
  // One cue per sentence: a block's text is its cues' texts joined.
  const blocks = new Map<string, string[]>();
  for (const cue of new WebVTTParser().parse(readFileSync(join(DIST, 'narration', `${SLUG}.vtt`), 'utf8'), 'metadata')
    .cues) {
    const { block } = cueParts(cue.id);
    blocks.set(block, [...(blocks.get(block) ?? []), clean(cue.text)]);
  }
  const cues = [...blocks.values()].map((sentences) => sentences.join(' '));
  const where = seen.map((text) => cues.indexOf(text));
  expect(where, `each of ${JSON.stringify(seen)} is a cue`).not.toContain(-1);
  expect(where).toEqual([...where].sort((a, b) => a - b));
});
