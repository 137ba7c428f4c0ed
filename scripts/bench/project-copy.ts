// Throwaway copies of a project for the bench: its files copied, its node_modules linked entry by entry.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A real node_modules folder whose entries link to the installed packages: the packages are the same, but the caches
 * Astro and Vite keep inside node_modules (.astro, .vite) belong to the copy, so every cold build is cold.
 */
export function linkNodeModules(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(from, entry), join(to, entry));
  }
}

/** The project's committed files (so the copy builds what the lead merged), minus the folders `leaveOut` names. */
export function copyTrackedFiles(repo: string, to: string, leaveOut: readonly string[]): void {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (leaveOut.some((folder) => file.startsWith(`${folder}/`))) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(repo, file), join(to, file));
  }
}

/** Rewrites one file of a copy; a pattern that no longer matches fails, naming the file, so the bench never measures the wrong setup. */
export function rewriteFile(file: string, replacements: ReadonlyArray<readonly [RegExp, string]>): void {
  let source = readFileSync(file, 'utf8');
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(source))
      throw new Error(
        `bench: ${file} no longer matches ${pattern}; update scripts/bench to the new shape of that file`,
      );
    source = source.replace(pattern, replacement);
  }
  writeFileSync(file, source);
}

/** Everything an Astro build caches or writes, so that the next build is cold; the narration cache is not among them. */
export function removeBuildCaches(site: string): void {
  for (const dir of ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')])
    rmSync(join(site, dir), { recursive: true, force: true });
}
