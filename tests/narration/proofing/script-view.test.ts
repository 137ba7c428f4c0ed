// Fixture folders: script-view/<case>/input.mdx + pronunciations.yml -> script.txt, for flite (its spelling) and
// for an engine that reads text as written, and for espeak, which takes phonemes. Regenerate with UPDATE=1 and review the diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { prepareEssayBody } from '../../../src/lib/essay-body/prepare.ts';
import { parseLexiconFile } from '../../../src/lib/essays/pronunciations.ts';
import { scriptLines } from '../../../src/narration/proofing/script-view.ts';
import { renderMdx } from '../../support/render-mdx.ts';

const FIXTURES = join(import.meta.dirname, 'script-view');
const modules = import.meta.glob('./script-view/*/input.mdx');

describe('the script view', () => {
  for (const name of readdirSync(FIXTURES)) {
    test(name, async () => {
      const html = await renderMdx(modules[`./script-view/${name}/input.mdx`] as never);
      const { blocks } = prepareEssayBody(html, { footnotes: 'read' });
      const lexiconFile = join(FIXTURES, name, 'pronunciations.yml');
      const lexicon = parseLexiconFile(readFileSync(lexiconFile, 'utf8'), lexiconFile);
      const script = [
        '# flite',
        ...scriptLines(blocks, { readsTextAsWritten: false }, lexicon),
        '# an engine that reads text as written',
        ...scriptLines(blocks, { readsTextAsWritten: true }, lexicon),
        '# espeak, which is given the IPA of an entry that has it',
        ...scriptLines(blocks, { readsTextAsWritten: true, phonemeNotation: 'espeak' }, lexicon),
        '',
      ].join('\n');
      const expectedFile = join(FIXTURES, name, 'script.txt');
      if (process.env.UPDATE) writeFileSync(expectedFile, script);
      expect(script).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
