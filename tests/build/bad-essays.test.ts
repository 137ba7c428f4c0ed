// The bad-input corpus: each tests/fixtures/bad-essays/<case>/ holds the files of a broken site
// (content/…, public/…) and expected.txt, lines that must all appear in the failed build's output.
// Only what takes a build is here, one site per kind of failure: the loader, which names every bad essay in one run
// (essay-problems: slugs across folders and bundles beside files, encoding, dates read as text so 2024-02-30 cannot
// roll over, a missing audio file, and the Markdown plugins on .md), YAML that Astro reads before our reader sees it,
// the MDX compiler (the Markdown plugins on .mdx, a dangling footnote among them, are decided by
// tests/plugins/fixtures, rendered through the same astro.config.mjs, and reach the build's output as the MDX
// compiler's errors do), public/ as content.config.ts sees it, the cover drawn by its route, and what only the built
// site shows (an old address that is a page's or claimed twice, a link to no page). What the schema alone decides is in
// tests/lib/essays/essay-schema.test.ts, in the same words; which pairs of files share a slug, in
// tests/lib/essays/frontmatter.test.ts. That a well-formed site builds through the same harness is shown by
// tests/build/plain-markdown.test.ts.
import { NARRATION_OFF } from '../../src/lib/site/build-flags.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFixtureSite, removeFixtureSite } from '../support/fixture-site.ts';

const CORPUS = join(import.meta.dirname, '../fixtures/bad-essays');

function filesOf(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    if (entry !== 'expected.txt' && statSync(path).isFile()) files[relative(dir, path)] = readFileSync(path);
  }
  return files;
}

const ONLY_A_PATH = /^[\w/.-]+\.mdx(:\d+:\d+)?$/;

const built: string[] = [];
afterAll(() => built.forEach(removeFixtureSite));

describe.concurrent('a bad essay fails the build, naming the file and the problem', () => {
  for (const name of readdirSync(CORPUS)) {
    test(name, async () => {
      const expected = readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8')
        .trimEnd()
        .split('\n');
      expect(
        expected.some((line) => !ONLY_A_PATH.test(line)),
        'expected.txt must state the problem, not only the file',
      ).toBe(true);
      const result = await buildFixtureSite(filesOf(join(CORPUS, name)), NARRATION_OFF);
      built.push(result.dir);
      expect(result.code, result.output).not.toBe(0);
      for (const line of expected) expect(result.output).toContain(line);
      // Said once, as the file and line: not again in @astrojs/markdown-remark's dump of the error's fields.
      expect(result.output).not.toContain('ancestors: [');
    });
  }
});
