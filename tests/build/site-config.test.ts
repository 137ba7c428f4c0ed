// A wrong site config stops `astro build`, naming the field: most fields before any page is built, the artwork when it is drawn.
import { NARRATION_OFF } from '../../src/lib/site/build-flags.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildFixtureSite, removeFixtureSite } from '../support/fixture-site.ts';

const CONFIG = readFileSync(join(import.meta.dirname, '../../src/site.config.ts'), 'utf8');
const built: string[] = [];
afterAll(() => built.forEach(removeFixtureSite));

// What each field accepts is tests/lib/site-config-schema.test.ts's to decide; here, that astro.config.mjs asks first.
test('astro build fails at once on a bad field, before it syncs content or writes dist/, naming the field', async () => {
  expect(CONFIG).toContain("timezone: 'Europe/London'");
  const result = await buildFixtureSite(
    {
      'src/site.config.ts': CONFIG.replace("timezone: 'Europe/London'", "timezone: 'Europe/Lodnon'"),
      'content/essays/fine.mdx':
        '---\ntitle: Fine\ndate: 2026-03-18\ncategory: Craft\ndescription: Fine.\n---\n\nText.\n',
    },
    NARRATION_OFF,
  );
  built.push(result.dir);
  expect(result.code).not.toBe(0);
  expect(result.output).toContain('src/site.config.ts: timezone: "Europe/Lodnon"');
  expect(result.output).not.toContain('Syncing content');
  expect(existsSync(join(result.dir, 'dist'))).toBe(false);
});

test('astro build fails on an artwork file that does not exist, naming the field and the file', async () => {
  expect(CONFIG).toContain("artwork: 'src/artwork.svg'");
  const result = await buildFixtureSite(
    {
      'src/site.config.ts': CONFIG.replace("artwork: 'src/artwork.svg'", "artwork: 'src/cover.svg'"),
      'content/essays/fine.mdx':
        '---\ntitle: Fine\ndate: 2026-03-18\ncategory: Craft\ndescription: Fine.\n---\n\nText.\n',
    },
    NARRATION_OFF,
  );
  built.push(result.dir);
  expect(result.code).not.toBe(0);
  expect(result.output).toContain('src/site.config.ts: artwork: there is no file src/cover.svg');
  // The phrase the first test must not see, printed by a build that got past the config.
  expect(result.output).toContain('Syncing content');
});
