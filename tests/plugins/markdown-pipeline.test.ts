// Fixture folders: fixtures/<case>/input.mdx -> output.html, or -> error.txt (a message the build must fail with).
// Each case renders through the site's real MDX pipeline (astro.config.mjs). Regenerate with UPDATE=1.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderMdx } from '../support/render-mdx.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const modules = import.meta.glob('./fixtures/*/input.mdx');

describe('markdown pipeline fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    const errorFile = join(FIXTURES, name, 'error.txt');
    const load = modules[`./fixtures/${name}/input.mdx`] as never;
    if (existsSync(errorFile)) {
      test(`${name} fails, naming the file and the problem`, async () => {
        const error = await renderMdx(load).then(
          () => undefined,
          (e: Error) => e,
        );
        expect(error, 'the build must fail').toBeInstanceOf(Error);
        expect(String(error?.message)).toContain(readFileSync(errorFile, 'utf8').trim());
        // Vite carries the compiler's location (what `astro build` prints as "Location:") beside the error.
        const where = (error as { __vitest_rollup_error__?: { loc?: { file?: string; line?: number } } })
          .__vitest_rollup_error__;
        expect(where?.loc?.file, 'the error names the file').toContain(`${name}/input.mdx`);
        expect(where?.loc?.line, 'and the line').toBeGreaterThan(0);
      });
    } else {
      test(name, async () => {
        const html = await renderMdx(load);
        const expectedFile = join(FIXTURES, name, 'output.html');
        if (process.env.UPDATE) writeFileSync(expectedFile, html);
        expect(html).toBe(readFileSync(expectedFile, 'utf8'));
      });
    }
  }
});
