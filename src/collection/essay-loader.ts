// Loads content/essays/**/*.{md,mdx} (single files and page bundles) through Astro's glob loader, adding the checks it lacks at the boundary (src/lib/essays/frontmatter.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { prepassEssays } from '../lib/site/build-flags.ts';
import { assertUniqueSlugs, decodeUtf8, isEssayFile, readFrontmatter, slugOfPath } from '../lib/essays/frontmatter.ts';

const escapeGlob = (text: string): string => text.replace(/[\\*?[\]{}()!+@,]/g, '\\$&');

/** Every essay, or, for the narration pre-pass, only those it must render (src/narration/pipeline/prepass.ts names them). */
function essayPattern(only = prepassEssays()): string {
  if (only === undefined || only === '*') return '**/*.{md,mdx}';
  const names = only.map(escapeGlob);
  const name = names.length === 1 ? names[0] : `{${names.join(',')}}`;
  // <slug>.md(x) or the bundle <slug>/index.md(x): the same slug rule as slugOfPath.
  return `**/{${name},${name}/index}.{md,mdx}`;
}

export function essayLoader(base: string): Loader {
  const inner = glob({ pattern: essayPattern(), base, generateId: ({ entry }) => slugOfPath(entry) });
  return {
    name: 'lectern-essays',
    load: async (context) => {
      const entries = await readdir(base, { recursive: true });
      assertUniqueSlugs(entries.filter(isEssayFile).map((entry) => join(base, entry)));
      return inner.load({
        ...context,
        parseData: async (entry) => {
          const file = relative(process.cwd(), entry.filePath ?? entry.id);
          const source = decodeUtf8(await readFile(entry.filePath ?? entry.id), file);
          return context.parseData({ ...entry, data: readFrontmatter(source, file) as typeof entry.data });
        },
      });
    },
  };
}
