// Fixture folders, one per spoken-text rule: tests/fixtures/spoken-text/<rule>/input.mdx -> spoken.txt, a block a
// line, as flite is given it and as an engine that reads text as written is given it. The input is rendered and
// segmented as an essay is, so inline code, superscripts and markup reach the rules as they do in a build.
// Regenerate with UPDATE=1 and review the diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { prepareEssayBody } from '../../../src/lib/essay-body/prepare.ts';
import { spokenTexts } from '../../../src/narration/pipeline/narrate-essay.ts';
import { PROSE_RULES, TECHNICAL_RULES } from '../../../src/narration/text/spoken-text.ts';
import { renderMdx } from '../../support/render-mdx.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/spoken-text');
const modules = import.meta.glob('../../fixtures/spoken-text/*/input.mdx');
const RULES = [...TECHNICAL_RULES, ...PROSE_RULES].map((rule) => rule.name);

describe('spoken-text rule fixtures', () => {
  test('every rule has its fixture folder, and every folder names a rule', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual([...RULES].sort());
  });

  for (const name of readdirSync(FIXTURES)) {
    test(name, async () => {
      const html = await renderMdx(modules[`../../fixtures/spoken-text/${name}/input.mdx`] as never);
      const { blocks } = prepareEssayBody(html, { footnotes: 'read' });
      const spoken = [
        '# flite',
        ...spokenTexts(blocks, { readsTextAsWritten: false }),
        '# an engine that reads text as written',
        ...spokenTexts(blocks, { readsTextAsWritten: true }),
        '',
      ].join('\n');
      const expectedFile = join(FIXTURES, name, 'spoken.txt');
      if (process.env.UPDATE) writeFileSync(expectedFile, spoken);
      expect(spoken).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
