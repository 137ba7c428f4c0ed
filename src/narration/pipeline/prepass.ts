// The essay pages as built, before narration exists: narration speaks the blocks the reader sees on them, as the
// page itself segmented them (src/lib/essay-body/prepare.ts), handed over in the page (src/lib/site/build-flags.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { PREPASS_BLOCKS_ID, PREPASS_CACHE_DIR, prepassEnv } from '../../lib/site/build-flags.ts';
import type { SpokenBlock } from '../../lib/essay-body/spoken-blocks.ts';

export interface EssayToNarrate {
  slug: string;
  blocks: SpokenBlock[];
}

/** The spoken blocks a pre-pass page carries, or undefined for a page that asks for no generated narration. */
function pageBlocks(page: string): SpokenBlock[] | undefined {
  let json: string | undefined;
  visit(fromHtml(readFileSync(page, 'utf8')), 'element', (node) => {
    if (node.tagName === 'script' && node.properties.id === PREPASS_BLOCKS_ID) json = textOf(node);
  });
  return json === undefined ? undefined : (JSON.parse(json) as SpokenBlock[]);
}

/**
 * Builds the site without narration into a folder of this process's own (so two runs never race), and returns the
 * spoken blocks of the essays that ask for generated narration. Given slugs, only those essays are loaded, so the
 * pre-pass costs what those essays cost, not the archive.
 */
export function essaysToNarrate(slugs?: readonly string[]): EssayToNarrate[] {
  const outDir = join('.cache', `prepass-${process.pid}`);
  // Astro's data store keeps a .md essay's HTML by the essay's text alone, as an earlier run's plugins rendered it:
  // the blocks compared with the narration must be what the current plugins make.
  rmSync(join(PREPASS_CACHE_DIR, 'data-store.json'), { force: true });
  try {
    // The project's own Node runs Astro, whatever `node` is on the PATH.
    execFileSync(
      process.execPath,
      [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir, '--silent'],
      { env: { ...process.env, ...prepassEnv(slugs) }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const essays = join(outDir, 'essays');
    if (!existsSync(essays)) return [];
    return readdirSync(essays).flatMap((slug) => {
      const blocks = pageBlocks(join(essays, slug, 'index.html'));
      return blocks ? [{ slug, blocks }] : [];
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
