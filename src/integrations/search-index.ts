// Indexes the essays for search once the site is built: Pagefind reads the built pages in dist/ (only the parts
// marked data-pagefind-body, the essay bodies) and writes its index and its browser script to dist/pagefind/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchIndexFolder } from '../lib/site/urls.ts';

async function writeSearchIndex(root: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: root });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${root}: ${added.errors.join('; ')}`);
    const folder = join(root, searchIndexFolder());
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // addDirectory counts every page it read; the entry file counts those with data-pagefind-body, the essays.
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    // A site whose essays lost data-pagefind-body would publish a search that finds nothing.
    if (indexed === 0)
      throw new Error(`Pagefind found no page with data-pagefind-body among the ${added.page_count} in ${root}`);
    return indexed;
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'lectern-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`search: indexed ${await writeSearchIndex(fileURLToPath(dir))} essays`);
      },
    },
  };
}
