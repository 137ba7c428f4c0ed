// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { SITE_MARKDOWN, SYNTAX_HIGHLIGHT } from './src/plugins/site-markdown.ts';
import { IMAGE_BREAKPOINTS } from './src/lib/site/image-sizes.ts';
import cspHeaders from './src/integrations/csp-headers.ts';
import searchIndex from './src/integrations/search-index.ts';
import narrationFiles from './src/integrations/narration-files.ts';
import deployReport from './src/integrations/deploy-report.ts';
import oldAddresses from './src/integrations/old-addresses.ts';
import essayChecks from './src/integrations/essay-checks.ts';
import bundleFiles from './src/integrations/bundle-files.ts';
import vectorOriginals from './src/integrations/vector-originals.ts';
import { knownHarmlessLogs } from './src/integrations/known-harmless-logs.ts';
import { SITE } from './src/site.config.ts';
import { checkSiteConfig } from './src/site-config-schema.ts';
import { readSiteLexicon } from './src/narration/proofing/site-lexicon.ts';
import { isPrepass, PREPASS_CACHE_DIR } from './src/lib/site/build-flags.ts';
import { offlineUrl, savedUrl } from './src/lib/site/urls.ts';

// Before anything else: a wrong field fails astro dev and astro build at once, naming it.
checkSiteConfig(SITE);
// A bad pronunciation lexicon fails the build at once too, naming its line, not only `npm run narrate`.
readSiteLexicon();

// The narration pre-pass (src/narration/pipeline/prepass.ts) builds a few essays on the side: its caches must not
// replace the real build's, or the next real build would start cold.
const prepass = isPrepass();

export default defineConfig({
  site: SITE.url,
  ...(prepass ? { cacheDir: PREPASS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Two essays with one slug must stop the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  // A linked stylesheet holds up the first paint (Lighthouse: render-blocking-resources); inline, the CSP hashes it.
  build: { inlineStylesheets: 'always' },
  // oldAddresses before cspHeaders, which gives its pages their headers, and with bundleFiles before essayChecks, so a
  // link to an old address or a file beside a bundle resolves; deployReport last: it weighs dist/ once everything
  // else has written to it.
  // A pre-pass keeps what reads its essays (the MDX, and the link checks, which `npm run narrate` reports before it
  // synthesizes anything, with the old addresses and bundle files they resolve against); what else writes to dist/,
  // the real build writes.
  integrations: [
    mdx(),
    ...(prepass
      ? []
      : [
          // What this browser saved, and the offline message: pages of a listener's browser, with nothing to index.
          sitemap({ filter: (page) => ![offlineUrl(), savedUrl()].some((path) => new URL(page).pathname === path) }),
          narrationFiles(),
        ]),
    oldAddresses(),
    bundleFiles(),
    essayChecks(),
    ...(prepass ? [] : [cspHeaders(), searchIndex(), vectorOriginals(), deployReport()]),
  ],
  // Pages whose cacheKey (src/lib/site/cache-keys.ts) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: !prepass },
  vite: {
    plugins: [knownHarmlessLogs()],
    // The player's code, with what the home page's "Continue listening" shares of it (saved state, time formats), is
    // one chunk, which is the player's own script: split, the shared part and a one-line entry cost the essay page
    // ~280 B gzip of the player's 5 KB budget (tests/build/player-budget.test.ts).
    build: {
      rollupOptions: {
        output: {
          manualChunks: (id) => {
            if (/\/src\/(client\/player\/|lib\/formats\/media-time\.ts|components\/Player\.astro)/.test(id))
              return 'lectern-player';
            // The queue's buttons and storage, with the site's URLs: every list and essay page loads them, as one
            // file rather than three (~150 B gzip less on an essay page, whose JS budget is 10 KB).
            if (/\/src\/(client\/queue\/queue-(buttons|store)\.ts|lib\/site\/urls\.ts)/.test(id)) return 'queue';
            return undefined;
          },
        },
      },
    },
  },
  // Every image gets a srcset: the original's width and the breakpoints below it (src/lib/site/image-sizes.ts gives sizes).
  image: { layout: 'constrained', breakpoints: IMAGE_BREAKPOINTS },
  security: {
    // Astro hashes every script and style it emits into a per-page CSP meta tag.
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "img-src 'self' data:",
        "media-src 'self'",
        // The offline service worker (/sw.js) and the web app manifest, named so a stricter script-src cannot drop them.
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
  markdown: {
    syntaxHighlight: SYNTAX_HIGHLIGHT,
    // Astro 7's default engine (Sätteri) ignores remark and rehype plugins. This one renders .md essays and, through
    // @astrojs/mdx (which extends it), .mdx essays: both get every plugin below.
    processor: unified(SITE_MARKDOWN),
  },
});
