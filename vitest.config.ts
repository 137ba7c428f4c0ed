/// <reference types="vitest/config" />
// Unit and build tests; browser tests are Playwright's (tests/e2e). getViteConfig runs
// Astro's own Vite pipeline, so fixtures render through the site's real MDX plugins.
import { getViteConfig } from 'astro/config';

// Tests that build or run a throwaway copy of the site (tests/support/fixture-site.ts): minutes, not seconds.
const THROWAWAY_SITES = [
  'tests/build/bad-essays.test.ts',
  'tests/build/dev-notice.test.ts',
  'tests/build/duplicate-images.test.ts',
  'tests/build/feed-guids.test.ts',
  'tests/build/feed-limit.test.ts',
  'tests/build/hostile-input.test.ts',
  'tests/build/moving-in.test.ts',
  'tests/build/new-essay-command.test.ts',
  'tests/build/plain-markdown.test.ts',
  'tests/build/site-build.test.ts',
  'tests/build/site-config.test.ts',
  'tests/narration/aligned-recording.test.ts',
  'tests/narration/long-narration.test.ts',
  'tests/narration/narrate-shards.test.ts',
  'tests/narration/narrate-site.test.ts',
  'tests/narration/prune.test.ts',
];
// Tests that read the site `npm run build` wrote to dist/.
const BUILT_SITE = ['tests/build/**/*.test.ts', 'tests/deploy/netlify.test.ts'];

export default getViteConfig({
  test: {
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 120_000,
    // Ceilings for a hung hook, not speed checks: a throwaway site's narrate and build in a beforeAll, beside another
    // worker's, on a 2-core machine whose other core is busy, and removing two dozen sites.
    hookTimeout: 300_000,
    // Two files at a time on 2 cores (vitest's default there is one): with a core busy elsewhere, as on a shared CI
    // machine, two workers get about two thirds of the machine rather than half (issue 19).
    maxWorkers: 2,
    // The on-disk module cache keys MDX by its own text, not by the Markdown plugins that compile it,
    // so a plugin change would be tested against stale output.
    fsModuleCache: false,
    // `vitest run --project unit` needs no build; `site` needs `npm run build` first; `sites` builds its own.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...BUILT_SITE, ...THROWAWAY_SITES] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: BUILT_SITE,
          exclude: THROWAWAY_SITES,
          globalSetup: ['tests/support/require-built-site.ts'],
        },
      },
      { extends: true, test: { name: 'sites', include: THROWAWAY_SITES } },
    ],
  },
});
