// The essay pages as built, before narration exists: narration speaks the blocks the reader sees on them.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { SegmentOptions } from '../../lib/spoken-blocks.ts';

export interface EssayToNarrate {
  slug: string;
  body: Element;
  options: SegmentOptions;
}

function essayBody(page: string): Element | undefined {
  let body: Element | undefined;
  visit(fromHtml(readFileSync(page, 'utf8')), 'element', (node) => {
    if (node.properties.dataEssayBody !== undefined) body = node;
  });
  return body;
}

/** Names the essays a pre-pass loads (comma-separated slugs, or *); the essay loader and astro.config.mjs read it. */
export const PREPASS_ESSAYS = 'LECTERN_PREPASS_ESSAYS';

/**
 * Builds the site without narration into a folder of this process's own (so two runs never race),
 * and returns the essay bodies that ask for generated narration (EssayArticle marks them).
 * Given slugs, only those essays are loaded, so the pre-pass costs what those essays cost, not the archive.
 */
export function essaysToNarrate(slugs?: readonly string[]): EssayToNarrate[] {
  const outDir = join('.cache', `prepass-${process.pid}`);
  try {
    // The project's own Node runs Astro, whatever `node` is on the PATH.
    execFileSync(
      process.execPath,
      [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir, '--silent'],
      {
        env: { ...process.env, LECTERN_NARRATION: 'off', [PREPASS_ESSAYS]: slugs ? slugs.join(',') : '*' },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const essays = join(outDir, 'essays');
    if (!existsSync(essays)) return [];
    return readdirSync(essays).flatMap((slug) => {
      const body = essayBody(join(essays, slug, 'index.html'));
      const footnotes = body?.properties.dataNarrate;
      return body && (footnotes === 'read' || footnotes === 'skip') ? [{ slug, body, options: { footnotes } }] : [];
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
