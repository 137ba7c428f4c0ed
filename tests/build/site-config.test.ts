// A wrong site config stops `astro build` before any page is built, naming the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildFixtureSite, removeFixtureSite } from '../support/fixture-site.ts';

const CONFIG = readFileSync(join(import.meta.dirname, '../../src/site.config.ts'), 'utf8');
const built: string[] = [];
afterAll(() => built.forEach(removeFixtureSite));

test('astro build fails at once on an unknown timezone, naming the field', async () => {
  expect(CONFIG).toContain("timezone: 'Europe/London'");
  const result = await buildFixtureSite({
    'src/site.config.ts': CONFIG.replace("timezone: 'Europe/London'", "timezone: 'Europe/Lodnon'"),
    'content/essays/fine.mdx': '---\ntitle: Fine\ndate: 2026-03-18\ncategory: Craft\ndescription: Fine.\n---\n\nText.\n',
  }, { LECTERN_NARRATION: 'off' });
  built.push(result.dir);
  expect(result.code).not.toBe(0);
  expect(result.output).toContain('src/site.config.ts: timezone: "Europe/Lodnon" is not an IANA time zone');
});
