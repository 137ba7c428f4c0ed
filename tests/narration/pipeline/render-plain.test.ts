// The essays rendered without a build must carry the blocks their built pages carry: the site's own essays against
// their committed narrations, whose keys were checked against the built pages (src/narration/for-essay.ts).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { slugOfPath } from '../../../src/lib/essays/frontmatter.ts';
import { essayFiles } from '../../../src/narration/pipeline/plan.ts';
import { readManifest } from '../../../src/narration/pipeline/manifest.ts';
import { plainEssayBlocks } from '../../../src/narration/pipeline/render-plain.ts';
import { staleByBlocks } from '../../../src/narration/verdict.ts';
import { SITE } from '../../../src/site.config.ts';

const facts = {
  now: new Date(),
  timeZone: SITE.timezone,
  publicFileExists: (path: string) => existsSync(join('public', path)),
};

describe("the site's own essays, rendered without a build", () => {
  test('carry the blocks their narrations were made from, or are left to the build (the one with images)', async () => {
    const outcomes = await Promise.all(
      essayFiles(facts).map(async ({ file, data }) => {
        if (!data) throw new Error(`${file}: its frontmatter does not validate`);
        const blocks = await plainEssayBlocks(file, data);
        if (!blocks) return [file, 'built'];
        return [file, staleByBlocks(readManifest(slugOfPath(file)), blocks, SITE.narration) ?? 'current'];
      }),
    );
    expect(Object.fromEntries(outcomes)).toEqual({
      'content/essays/a-machine-in-the-drafts.mdx': 'current',
      'content/essays/a-picture-read-aloud.mdx': 'built',
      'content/essays/attention-has-a-tempo.mdx': 'current',
      'content/essays/code-you-cannot-hear.mdx': 'current',
      'content/essays/moving-house.md': 'current',
      'content/essays/the-footnote-and-the-margin.mdx': 'current',
      'content/essays/the-plain-page.mdx': 'current',
      'content/essays/what-the-ear-forgives.mdx': 'current',
      'content/essays/who-is-speaking.mdx': 'current',
    });
  });
});

test('an essay a plugin refuses is left to the build, which names the file and line', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'lectern-plain-')), 'broken.md');
  writeFileSync(file, '---\ntitle: Broken\n---\n\nA reference to a note that is missing.[^gone]\n');
  const data = essayFiles(facts).find((e) => e.file.endsWith('the-plain-page.mdx'))?.data;
  if (!data) throw new Error('the-plain-page.mdx: its frontmatter does not validate');
  expect(await plainEssayBlocks(file, data)).toBeUndefined();
});
