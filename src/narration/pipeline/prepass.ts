// The essay pages as built, before narration exists: narration speaks the blocks the reader sees on them, as the
// page itself segmented them (src/lib/essay-body/prepare.ts), handed over in the page (src/lib/site/build-flags.ts);
// or, for a plain-Markdown essay, as the same processor and segmentation render it without a build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { PREPASS_BLOCKS_ID, PREPASS_CACHE_DIR, prepassEnv } from '../../lib/site/build-flags.ts';
import type { SpokenBlock } from '../../lib/essay-body/spoken-blocks.ts';
import type { EssayData } from '../../lib/essays/essay-schema.ts';
import { wantsGeneratedNarration } from '../../lib/essays/narration-offer.ts';
import { plainEssayBlocks } from './render-plain.ts';

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

/** Astro's report of a failed build, less its own stack: the problems, each naming the essay's file and line. */
export const withoutStacks = (log: string): string =>
  log
    .replace(/^ {2}Location:\n {4}\S+\n/gm, '')
    .replace(/^ {2}Stack trace:\n(?: {4}at .*\n?)*/gm, '')
    .trimEnd();

function buildQuietly(outDir: string, slugs: readonly string[] | undefined): void {
  // The project's own Node runs Astro, whatever `node` is on the PATH.
  const build = spawnSync(
    process.execPath,
    [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir, '--silent'],
    { env: { ...process.env, ...prepassEnv(slugs) }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (build.status === 0) return;
  throw new Error(`${withoutStacks(build.stderr ?? '')}\nnarrate: the site did not build; nothing was narrated`);
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
    buildQuietly(outDir, slugs);
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

export interface EssayToRender {
  slug: string;
  file: string;
  /** The essay's frontmatter, or undefined where it does not validate (the build then says why). */
  data: EssayData | undefined;
}

export interface RenderOptions {
  /** Render an essay by a pre-pass build even if it is plain Markdown, so the build's link checks run on it first. */
  checkWhole?: (essay: EssayToRender) => boolean;
}

/**
 * The spoken blocks of these essays' pages: the plain-Markdown ones rendered in this process, the rest by one
 * pre-pass build (which also stops, naming file and line, on a bad essay).
 */
export async function essayBlocks(
  essays: readonly EssayToRender[],
  { checkWhole = () => false }: RenderOptions = {},
): Promise<EssayToNarrate[]> {
  const rendered: EssayToNarrate[] = [];
  const toBuild: string[] = [];
  for (const essay of essays) {
    const { data } = essay;
    const blocks = data && !checkWhole(essay) ? await plainEssayBlocks(essay.file, data) : undefined;
    if (!blocks) toBuild.push(essay.slug);
    // As a pre-pass page: no blocks for an essay with neither generated narration nor a recording to align.
    else if (data && (wantsGeneratedNarration(data) || data.audio)) rendered.push({ slug: essay.slug, blocks });
  }
  return [...rendered, ...(toBuild.length ? essaysToNarrate(toBuild) : [])];
}
