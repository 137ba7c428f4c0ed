// The disk edge for reading: an old site's folder (or one feed file) as the readers' ArchiveFiles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import type { ArchiveFiles } from './imported-post.ts';

// Version control and installed packages hold no posts, and node_modules alone can hold 100,000 files.
const SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);

function listFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) visit(join(folder, entry.name), relative);
      else if (entry.isFile()) files.push(relative);
    }
  };
  visit(root, '');
  return files.sort();
}

/** A folder, or a single file (a saved feed), whose one entry is its own name. */
export function openArchive(path: string): ArchiveFiles & { readonly root: string } {
  const isFile = statSync(path).isFile();
  const root = isFile ? dirname(path) : path;
  const files = isFile ? [basename(path)] : listFiles(path);
  return { root, files, read: (file) => readFileSync(join(root, ...file.split('/'))) };
}

/** The slugs of the essays already on the site, to their files: <slug>.md(x) and <slug>/index.md(x). */
export function existingEssays(siteRoot: string, essaysFolder: string): Map<string, string> {
  const slugs = new Map<string, string>();
  if (!existsSync(join(siteRoot, essaysFolder))) return slugs;
  const entries = readdirSync(join(siteRoot, essaysFolder), { recursive: true, encoding: 'utf8' });
  for (const entry of entries.map((e) => e.split(sep).join('/')).sort()) {
    const m = /(?:^|\/)([^/]+)\/index\.mdx?$/.exec(entry) ?? /(?:^|\/)([^/]+)\.mdx?$/.exec(entry);
    if (m?.[1] && !slugs.has(m[1])) slugs.set(m[1], `${essaysFolder}/${entry}`);
  }
  return slugs;
}
