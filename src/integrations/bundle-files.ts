// Publishes the files a page-bundle essay shows or links to in raw HTML (<img src="./plot.png">, <a href="./data.csv">):
// Astro publishes only the images written in Markdown, so an archive that moved in kept broken images and links
// (karpathy.github.io: 15 of 23 posts). Runs before essayChecks, which then finds them.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { visit } from 'unist-util-visit';
import { isEssayFile, slugOfPath } from '../lib/essays/frontmatter.ts';
import { servedFile } from '../lib/site/redirects.ts';
import { essayUrl } from '../lib/site/urls.ts';
import { ESSAYS_DIR } from '../narration/pipeline/plan.ts';
import { essayBody } from './essay-checks.ts';

const REFERENCES: Record<string, readonly string[]> = {
  img: ['src'],
  a: ['href'],
  video: ['src', 'poster'],
  source: ['src'],
};
// A path beside the page: no scheme, no leading slash, no fragment or query alone.
const RELATIVE = /^(?![a-z][a-z\d+.-]*:|\/|#|\?)/i;

/** The relative paths the essay's page body refers to. */
function relativeReferences(page: string): string[] {
  const body = essayBody(readFileSync(page, 'utf8'));
  const found: string[] = [];
  if (body)
    visit(body, 'element', (node) => {
      for (const name of REFERENCES[node.tagName] ?? []) {
        const value = node.properties[name];
        if (typeof value === 'string' && value !== '' && RELATIVE.test(value)) found.push(value.split(/[?#]/)[0] ?? '');
      }
    });
  return found.filter(Boolean);
}

/** Copies each referred file that sits in the bundle folder and is not yet published; returns how many. */
export function publishBundleFiles(essayFile: string, page: string, pageDir: string): number {
  const folder = dirname(essayFile);
  let copied = 0;
  for (const reference of new Set(relativeReferences(page))) {
    const from = join(folder, decodeURIComponent(reference));
    const to = join(pageDir, decodeURIComponent(reference));
    // Nothing outside the bundle (../../secrets), and nothing the build already wrote.
    if (relative(folder, from).startsWith(`..${sep}`) || !existsSync(from) || existsSync(to)) continue;
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    copied++;
  }
  return copied;
}

export default function bundleFiles(): AstroIntegration {
  return {
    name: 'lectern-bundle-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        if (!existsSync(ESSAYS_DIR)) return;
        const bundles = readdirSync(ESSAYS_DIR, { recursive: true, encoding: 'utf8' })
          .filter((name) => isEssayFile(name) && /(^|[\\/])index\.mdx?$/.test(name))
          .sort();
        let copied = 0;
        for (const name of bundles) {
          const page = join(dist, servedFile(essayUrl(slugOfPath(name))));
          if (existsSync(page)) copied += publishBundleFiles(join(ESSAYS_DIR, name), page, dirname(page));
        }
        if (copied) logger.info(`bundle files: ${copied} file(s) that essays show or link to in raw HTML published`);
      },
    },
  };
}
