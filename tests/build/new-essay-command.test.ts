// `npm run new` in a throwaway copy of the site: the essay it starts builds, and a second run never overwrites it.
import { NARRATION_OFF } from '../../src/lib/site/build-flags.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createFixtureSite, removeFixtureSite, runInSite } from '../support/fixture-site.ts';

const site = createFixtureSite({
  'content/essays/existing.mdx':
    '---\ntitle: Existing\ndate: 2026-03-18\ncategory: Field Notes\ndescription: Already here.\n---\n\nText.\n',
});
afterAll(() => removeFixtureSite(site));

const TITLE = 'A Second Look: Notes on Margins';
const FILE = 'content/essays/a-second-look-notes-on-margins.mdx';

test('starts an essay that builds, prints its path and URL, and refuses to overwrite it', async () => {
  const first = await runInSite(site, 'node', ['scripts/new-essay.ts', TITLE]);
  expect(first.code, first.output).toBe(0);
  expect(first.output).toContain(`wrote ${FILE}`);
  expect(first.output).toContain('https://lectern.example.org/essays/a-second-look-notes-on-margins/');
  const source = readFileSync(join(site, FILE), 'utf8');
  expect(source).toContain('category: Field Notes');

  // What the author does to publish it: remove the draft line.
  const published = source.replace('draft: true\n', '');
  writeFileSync(join(site, FILE), published);
  const build = await runInSite(site, 'astro', ['build'], NARRATION_OFF);
  expect(build.code, build.output).toBe(0);
  expect(readFileSync(join(site, 'dist/essays/a-second-look-notes-on-margins/index.html'), 'utf8')).toContain(
    'A Second Look: Notes on Margins',
  );

  const second = await runInSite(site, 'node', ['scripts/new-essay.ts', TITLE]);
  expect(second.code).not.toBe(0);
  expect(second.output).toContain(`${FILE} already exists`);
  expect(readFileSync(join(site, FILE), 'utf8')).toBe(published);
});

test('answers --help without writing anything', async () => {
  const help = await runInSite(site, 'node', ['scripts/new-essay.ts', '--help']);
  expect(help.code).toBe(0);
  expect(help.output).toContain('Usage: npm run new -- "Essay title"');
  expect(existsSync(join(site, 'content/essays/help.mdx'))).toBe(false);
});
