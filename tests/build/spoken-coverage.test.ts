// "The listener hears what the reader sees", checked: over every essay page the build published, each visible text
// is spoken or skipped under a rule of the one skip list. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { segmentOptionsFor } from '../../src/lib/essay-body/prepare.ts';
import type { EssayData } from '../../src/lib/essays/essay-schema.ts';
import { isEssayFile, readFrontmatter, slugOfPath } from '../../src/lib/essays/frontmatter.ts';
import { annotateSpokenBlocks, UNSPOKEN, type SegmentOptions } from '../../src/lib/essay-body/spoken-blocks.ts';
import { SITE } from '../../src/site.config.ts';
import { builtPages, DIST } from '../support/built-site.ts';
import { essayBodyOf, spokenCoverage } from '../support/spoken-coverage.ts';

const READ: SegmentOptions = { footnotes: 'read' };

/** A made-up body, segmented as the essay page segments it. */
function annotated(html: string, options = READ) {
  const body = fromHtml(`<div data-essay-body>${html}</div>`, { fragment: true }).children[0];
  if (body?.type !== 'element') throw new Error('no body');
  annotateSpokenBlocks(body, options);
  return spokenCoverage(body, options);
}

describe('the coverage checker', () => {
  test('fails on text in an element that is neither spoken nor skipped', () => {
    expect(annotated('<p>Spoken.</p><div>Bare text in a div.</div><dl><dt>Term</dt></dl>').unspoken).toEqual([
      'Bare text in a div.',
      'Term',
    ]);
  });
  test('accepts captions, alt-only images, asides, code, tables and footnotes', () => {
    const coverage = annotated(`<figure><img src="a.webp" alt="A heron."><figcaption>The weir.</figcaption></figure>
      <p><a href="a.webp"><img src="a.webp" alt="A heron."></a></p><aside>Bare text.</aside><pre><code>ls -l</code></pre>
      <table><tr><td>1</td></tr></table><p>A claim.<sup><a href="#fn-1" data-footnote-ref>1</a></sup></p>
      <section data-footnotes><h2>Footnotes</h2><ol><li><p>A note. <a href="#ref-1" data-footnote-backref>↩</a></p></li></ol></section>`);
    expect(coverage).toEqual({ checked: 9, unspoken: [] });
  });
  test('accepts what the skip list names: a sidenote copy, and footnotes an essay does not read', () => {
    const html =
      '<p>A claim.</p><span class="margin-note sidenote" data-sidenote aria-hidden="true">A note.</span>' +
      '<section data-footnotes><h2>Footnotes</h2><ol><li><p>A note.</p></li></ol></section>';
    expect(annotated(html, { footnotes: 'skip' }).unspoken).toEqual([]);
    expect(annotated(html.replace(' data-sidenote', '')).unspoken).toEqual(['A note.']);
  });
});

// Each essay's source file by its slug: x.mdx, y.md or z/index.md.
const SOURCES = new Map(
  readdirSync('content/essays', { recursive: true, encoding: 'utf8' })
    .filter(isEssayFile)
    .map((name) => [slugOfPath(name), join('content/essays', name)]),
);

describe('every built essay page: the listener hears what the reader sees', () => {
  const essays = builtPages().filter((file) => /^essays\/[^/]+\/index\.html$/.test(file));
  test('there are essays to check', () => expect(essays.length).toBeGreaterThanOrEqual(8));
  for (const file of essays) {
    test(file, () => {
      const body = essayBodyOf(fromHtml(readFileSync(join(DIST, file), 'utf8')));
      expect(body, 'the page has a [data-essay-body]').toBeDefined();
      if (!body) return;
      // The essay's own footnote choice, from its source, as the page segmented it.
      const source = SOURCES.get(file.split('/')[1] ?? '') ?? file;
      const { narration } = readFrontmatter(readFileSync(source, 'utf8'), source) as Partial<EssayData>;
      const coverage = spokenCoverage(body, segmentOptionsFor(narration, SITE.narration.footnotes));
      expect(coverage.checked).toBeGreaterThan(0);
      expect(
        coverage.unspoken,
        `visible but neither spoken nor on the skip list (${UNSPOKEN.map((rule) => rule.what).join('; ')})`,
      ).toEqual([]);
    });
  }
});
