// Publishes the kept narration (content/narration) at /narration/: linked into dist/ once every page is built,
// and served by the dev server. Only the narration of an essay page that offers it is published.
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { essayNarrationPath } from '../narration/pipeline/manifest.ts';
import { narrationUrl, type NarrationFile } from '../lib/site/urls.ts';

export const NARRATION_TYPES: Record<NarrationFile, string> = {
  mp3: 'audio/mpeg',
  vtt: 'text/vtt; charset=utf-8',
  json: 'application/json',
};
const KINDS = Object.keys(NARRATION_TYPES) as NarrationFile[];

/** A hard link costs no copy of a long MP3; across file systems it is a copy. */
function place(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}

/**
 * The kept files each built essay page offers: generated narration's three (the page links its MP3), or the cues
 * alone of a recording's alignment (the page links its cues, and the recording is the essay's own file).
 */
function filesOffered(distDir: string, pagePaths: readonly string[]): Array<{ slug: string; kinds: NarrationFile[] }> {
  return pagePaths.flatMap((path) => {
    const slug = /^essays\/([^/]+)\/$/.exec(path)?.[1];
    if (!slug) return [];
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const links = (kind: NarrationFile): boolean => html.includes(`"${narrationUrl(slug, kind)}"`);
    if (links('mp3')) return [{ slug, kinds: KINDS }];
    return links('vtt') ? [{ slug, kinds: ['vtt' as const] }] : [];
  });
}

export default function narrationFiles(): AstroIntegration {
  return {
    name: 'lectern-narration-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/narration', (request, response, next) => {
          const match = /^\/([^/]+)\.(mp3|vtt|json)$/.exec(request.url?.split('?')[0] ?? '');
          const path = match && essayNarrationPath(decodeURIComponent(match[1] ?? ''), match[2] as NarrationFile);
          if (!path || !existsSync(path)) return next();
          response.setHeader('Content-Type', NARRATION_TYPES[match[2] as NarrationFile]);
          response.end(readFileSync(path));
        });
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        const offered = filesOffered(
          root,
          pages.map((page) => page.pathname),
        );
        if (offered.length === 0) return;
        mkdirSync(join(root, 'narration'), { recursive: true });
        for (const { slug, kinds } of offered) {
          for (const kind of kinds) place(essayNarrationPath(slug, kind), join(root, narrationUrl(slug, kind)));
        }
        logger.info(`narration: ${offered.length} essays' narration published at /narration/`);
      },
    },
  };
}
