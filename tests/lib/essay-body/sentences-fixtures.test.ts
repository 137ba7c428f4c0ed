// The sentence rule over whole texts, as fixture folders (tests/fixtures/sentences): the hard cases, a block a
// paragraph, and every sample essay rendered and segmented as its page is, a sentence a line and a blank line
// between blocks. Regenerate with UPDATE=1 and review the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { prepareEssayBody } from '../../../src/lib/essay-body/prepare.ts';
import { sentencesOf, splitSentences } from '../../../src/lib/essay-body/sentences.ts';
import type { SpokenBlock } from '../../../src/lib/essay-body/spoken-blocks.ts';
import { renderMdx } from '../../support/render-mdx.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sentences');
const essays = import.meta.glob('../../../content/essays/*.{md,mdx}');

function matchesFixture(file: string, actual: string): void {
  if (process.env.UPDATE) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const shown = (blocks: readonly SpokenBlock[]): string => {
  const sentences = sentencesOf(blocks);
  return `${blocks
    .map((block) =>
      sentences
        .filter((s) => s.block === block.id)
        .map((s) => s.text)
        .join('\n'),
    )
    .join('\n\n')}\n`;
};

describe('sentence fixtures', () => {
  test('hard cases', () => {
    const input = readFileSync(join(FIXTURES, 'hard-cases/input.txt'), 'utf8');
    const split = input
      .trim()
      .split(/\n\n+/)
      .map((paragraph) => splitSentences(paragraph).join('\n'));
    matchesFixture(join(FIXTURES, 'hard-cases/sentences.txt'), `${split.join('\n\n')}\n`);
  });

  for (const [path, load] of Object.entries(essays)) {
    const slug = basename(path).replace(/\.mdx?$/, '');
    test(`sample essay: ${slug}`, async () => {
      const { blocks } = prepareEssayBody(await renderMdx(load as never), { footnotes: 'read' });
      matchesFixture(join(FIXTURES, 'essays', `${slug}.txt`), shown(blocks));
    });
  }
});
