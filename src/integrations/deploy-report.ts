// After the build: every published file checked against the hosts' per-file limit (naming the essay), the podcast
// feeds' sizes (they carry every episode in full), and one line with what the site and its caches weigh.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatBytes, oversizeFiles, siteSizeProblem, type PublishedFile } from '../lib/site/host-limits.ts';
import { isEssayFile, slugOfPath } from '../lib/essays/frontmatter.ts';
import { ESSAYS_DIR } from '../narration/pipeline/plan.ts';
import { KEPT_NARRATION, NARRATION_CACHE } from '../narration/pipeline/manifest.ts';
import { SITE } from '../site.config.ts';

/** Every file under `root`, with its path as served (/narration/x.mp3) and its size; none if `root` is missing. */
export function filesUnder(root: string): Array<{ path: string; bytes: number }> {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const stats = statSync(join(root, name));
    return stats.isFile() ? [{ path: `/${name.split(sep).join('/')}`, bytes: stats.size }] : [];
  });
}

const totalBytes = (root: string): number => filesUnder(root).reduce((sum, file) => sum + file.bytes, 0);

/** Each essay's file by its slug: content/essays/x.mdx, y.md or z/index.md. */
const essayFiles = (): Map<string, string> =>
  new Map(
    existsSync(ESSAYS_DIR)
      ? readdirSync(ESSAYS_DIR, { recursive: true, encoding: 'utf8' })
          .filter(isEssayFile)
          .map((name) => [slugOfPath(name), join(ESSAYS_DIR, name)])
      : [],
  );

// A generated narration is published at /narration/<slug>.<ext>: say which essay it reads.
const withEssay =
  (essays: ReadonlyMap<string, string>) =>
  (file: { path: string; bytes: number }): PublishedFile => {
    const slug = /^\/narration\/([^/]+)\.(?:mp3|vtt|json)$/.exec(file.path)?.[1];
    const essay = slug && essays.get(slug);
    return essay ? { ...file, essay } : file;
  };

/** One line: dist/, the narration cache and the committed narration, so growth shows at every build. */
function sizesLine(dist: string): string {
  return `dist/ ${formatBytes(totalBytes(dist))}, narration cache (${NARRATION_CACHE}/) ${formatBytes(totalBytes(NARRATION_CACHE))}, ${KEPT_NARRATION}/ ${formatBytes(totalBytes(KEPT_NARRATION))}`;
}

export default function deployReport(): AstroIntegration {
  return {
    name: 'lectern-deploy-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = filesUnder(dist);
        const oversize = oversizeFiles(files.map(withEssay(essayFiles())), SITE.deploy.maxFileMiB);
        if (oversize.length && SITE.deploy.oversize === 'error') {
          throw new Error(`${oversize.join('\n')}\n(deploy.oversize is "error" in src/site.config.ts)`);
        }
        for (const problem of oversize) logger.warn(problem);
        const siteProblem = siteSizeProblem(files.reduce((sum, file) => sum + file.bytes, 0));
        if (siteProblem) logger.warn(siteProblem);
        const podcasts = files.filter((file) => file.path.endsWith('/podcast.xml'));
        logger.info(`podcast feeds: ${podcasts.map((f) => `${f.path} ${formatBytes(f.bytes)}`).join(', ')}`);
        logger.info(sizesLine(dist));
      },
    },
  };
}
