// What an essay's spoken blocks can depend on, as hashes: when none has changed, its narration is still current,
// and the essay need not be rendered again to prove it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { sha256 } from '../../files/sha256.ts';
import { SITE_LEXICON } from '../../lib/essays/pronunciations.ts';

/**
 * The code that turns any essay into its blocks and its spoken text: the Markdown pipeline, the essay-body pipeline
 * and its segmentation, the text normalisation and the narration keys. The page's layout (EssayArticle.astro), styles
 * and browser code cannot change what is said, so editing them re-renders nothing here.
 */
const PIPELINE = [
  'astro.config.mjs',
  'package-lock.json',
  'src/content.config.ts',
  'src/collection/essay-loader.ts',
  'src/lib/essays/frontmatter.ts',
  'src/lib/essay-body',
  'src/lib/site/page-ids.ts',
  'src/plugins',
  'src/pages/essays',
  'src/narration/text',
  'src/narration/pipeline/manifest.ts',
  'src/narration/pipeline/render-plain.ts',
];

const CODE = /\.(?:ts|mjs|js|astro|mdx|md|json)$/;

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  // A moved file would otherwise drop out of the fingerprint without a word, and its edits re-render nothing.
  if (!existsSync(full)) throw new Error(`render-inputs.ts lists ${path}, which does not exist: update PIPELINE`);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((name) => CODE.test(name) && !name.endsWith('README.md'));
}

/** One hash of the pipeline's files, their paths and bytes, with the site's narration settings. Throws on a listed path that is gone. */
export function pipelineFingerprint(root: string, narrationSettings: unknown): string {
  const files = PIPELINE.flatMap((path) => filesUnder(root, path)).sort();
  return sha256(
    JSON.stringify([narrationSettings, files.map((file) => [file, sha256(readFileSync(join(root, file)))])]),
  );
}

// `import X from './chart.astro'` and `import './x.css'` in an essay, or in what it imports.
const RELATIVE_IMPORT = /^\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** One hash of an essay file and, transitively, every file it imports by a relative path. */
export function essayFingerprint(root: string, file: string): string {
  const seen = new Map<string, string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    const full = join(root, path);
    if (!existsSync(full)) {
      seen.set(path, 'missing');
      return;
    }
    const source = readFileSync(full);
    seen.set(path, sha256(source));
    if (!CODE.test(path)) return;
    for (const [, specifier = ''] of source.toString('utf8').matchAll(RELATIVE_IMPORT)) {
      visit(relative(root, resolve(root, dirname(path), specifier)));
    }
  };
  visit(file);
  // The site's pronunciations change what any essay is given to say, and only that: a missing file counts too.
  visit(SITE_LEXICON);
  return sha256(JSON.stringify([...seen].sort(([a], [b]) => a.localeCompare(b))));
}
