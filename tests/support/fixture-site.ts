// Builds a throwaway copy of the site with fixture essays, the way an author's broken essay would be built.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE_FILES = ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'public'];

export interface BuildResult {
  dir: string;
  code: number;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/** `files` maps paths inside the site (content/essays/x.mdx, public/audio/y.mp3) to their bytes. */
export async function buildFixtureSite(files: Record<string, string | Uint8Array>, env: Record<string, string> = {}): Promise<BuildResult> {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-site-'));
  for (const name of SITE_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  // Link each package, not node_modules itself: Astro and Vite keep caches (.astro, .vite) in there.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules')).filter((n) => !n.startsWith('.'))) {
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  symlinkSync(join(ROOT, 'node_modules/.bin'), join(dir, 'node_modules/.bin'));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return new Promise((done) => {
    execFile(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      maxBuffer: 16 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      // eslint-disable-next-line no-control-regex
      const output = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
      done({ dir, code: error ? Number(error.code ?? 1) : 0, output });
    });
  });
}

export const removeFixtureSite = (result: BuildResult): void => rmSync(result.dir, { recursive: true, force: true });
