/// <reference types="vitest/config" />
// Unit and build tests; browser tests are Playwright's (tests/e2e). getViteConfig runs
// Astro's own Vite pipeline, so fixtures render through the site's real MDX plugins.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 120_000,
    // Removing two dozen throwaway sites takes seconds on a loaded 2-core machine.
    hookTimeout: 120_000,
    // The on-disk module cache keys MDX by its own text, not by the Markdown plugins that compile it,
    // so a plugin change would be tested against stale output.
    fsModuleCache: false,
  },
});
