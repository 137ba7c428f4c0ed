// After the build: a page at each old address an essay lists in `aliases:`, and dist/_redirects with a 301 for each,
// and for each of the site's old feeds (SITE.oldFeeds). An old address that is a real page's fails the build, naming both.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { essaySchema } from '../lib/essays/essay-schema.ts';
import { isEssayFile, readFrontmatter, slugOfPath } from '../lib/essays/frontmatter.ts';
import { type Redirect, redirectPage, redirectProblems, redirectsFile, servedFile } from '../lib/site/redirects.ts';
import { absoluteUrl, essayUrl, rssUrl } from '../lib/site/urls.ts';
import { ESSAYS_DIR } from '../narration/pipeline/plan.ts';
import { SITE } from '../site.config.ts';
import { filesUnder } from './deploy-report.ts';

interface PublishedEssay {
  file: string;
  slug: string;
  title: string;
  aliases: readonly string[];
}

/** The essays this build published (a draft's old address must not lead to a missing page), as their files say. */
function publishedEssays(dist: string): PublishedEssay[] {
  if (!existsSync(ESSAYS_DIR)) return [];
  // The build has checked every field already; the schema here only types them.
  const schema = essaySchema({ timeZone: SITE.timezone, publicFileExists: () => true });
  return readdirSync(ESSAYS_DIR, { recursive: true, encoding: 'utf8' })
    .filter(isEssayFile)
    .sort()
    .flatMap((name) => {
      const file = join(ESSAYS_DIR, name);
      const slug = slugOfPath(name);
      if (!existsSync(join(dist, servedFile(essayUrl(slug))))) return [];
      const { title, aliases } = schema.parse(readFrontmatter(readFileSync(file, 'utf8'), file));
      return [{ file, slug, title, aliases }];
    });
}

const redirectsOf = (essays: readonly PublishedEssay[]): Redirect[] => [
  ...essays.flatMap(({ file, slug, aliases }) =>
    aliases.map((from) => ({ from, to: essayUrl(slug), owner: file, page: true })),
  ),
  ...SITE.oldFeeds.map((from) => ({ from, to: rssUrl(), owner: 'oldFeeds in src/site.config.ts', page: false })),
];

/** Each file of dist/ and what made it: the essay's own file for an essay page, else the file itself. */
function publishedFiles(dist: string, essays: readonly PublishedEssay[]): Map<string, string> {
  const owners = new Map(filesUnder(dist).map(({ path }) => [path.slice(1), `dist${path}`]));
  for (const { file, slug } of essays) owners.set(servedFile(essayUrl(slug)), file);
  return owners;
}

export default function oldAddresses(): AstroIntegration {
  return {
    name: 'lectern-old-addresses',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const essays = publishedEssays(dist);
        const redirects = redirectsOf(essays);
        const problems = redirectProblems(redirects, publishedFiles(dist, essays));
        if (problems.length) throw new Error(problems.join('\n'));
        const titles = new Map(essays.map((essay) => [essayUrl(essay.slug), essay.title]));
        for (const { from, to } of redirects.filter((redirect) => redirect.page)) {
          const page = join(dist, servedFile(from));
          mkdirSync(dirname(page), { recursive: true });
          writeFileSync(page, redirectPage(to, absoluteUrl(to), titles.get(to) ?? to, SITE.lang));
        }
        const file = join(dist, '_redirects');
        writeFileSync(file, redirectsFile(redirects, existsSync(file) ? readFileSync(file, 'utf8') : ''));
        logger.info(`old addresses: ${redirects.filter((r) => r.page).length} pages, ${redirects.length} redirects`);
      },
    },
  };
}
