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

/** The essay slugs whose built page offers generated narration (the page links its MP3). */
function slugsOffering(distDir: string, pagePaths: readonly string[]): string[] {
  return pagePaths.flatMap((path) => {
    const slug = /^essays\/([^/]+)\/$/.exec(path)?.[1];
    if (!slug) return [];
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    return html.includes(`"${narrationUrl(slug, 'mp3')}"`) ? [slug] : [];
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
        const slugs = slugsOffering(
          root,
          pages.map((page) => page.pathname),
        );
        if (slugs.length === 0) return;
        mkdirSync(join(root, 'narration'), { recursive: true });
        for (const slug of slugs) {
          for (const kind of KINDS) place(essayNarrationPath(slug, kind), join(root, narrationUrl(slug, kind)));
        }
        logger.info(`narration: ${slugs.length} essays' narration published at /narration/`);
      },
    },
  };
}
