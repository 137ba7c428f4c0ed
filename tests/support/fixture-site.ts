// Throwaway copies of the site with fixture essays, built and narrated the way an author's site would be.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE_FILES = [
  'src',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'public',
];

export interface RunResult {
  dir: string;
  code: number;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/** `files` maps paths inside the site (content/essays/x.mdx, public/audio/y.mp3) to their bytes. */
export function createFixtureSite(files: Record<string, string | Uint8Array>): string {
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
  return dir;
}

// vitest mirrors import.meta.env into process.env (DEV=1, MODE=test…): a build run with them is a dev build,
// with drafts shown and a stale narration only warned about.
const VITEST_VARIABLES = /^(DEV|PROD|SSR|MODE|BASE_URL|TEST|NODE_ENV|VITEST.*)$/;

const siteEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name))),
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ...env,
});

/** Runs a command of the site (astro, or node for a script) in the fixture site, on the project's Node. */
export function runInSite(
  dir: string,
  command: 'astro' | 'node',
  args: string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  return new Promise((done) => {
    execFile(
      join(ROOT, 'node_modules/.bin', command),
      args,
      { cwd: dir, env: siteEnv(env), maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal's colour codes
        const output = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
        done({ dir, code: error ? Number(error.code ?? 1) : 0, output });
      },
    );
  });
}

/** Starts a command without waiting, for tests that interrupt it. */
export function startInSite(
  dir: string,
  command: 'astro' | 'node',
  args: string[],
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(join(ROOT, 'node_modules/.bin', command), args, {
    cwd: dir,
    env: siteEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function buildFixtureSite(
  files: Record<string, string | Uint8Array>,
  env: Record<string, string> = {},
): Promise<RunResult> {
  return runInSite(createFixtureSite(files), 'astro', ['build'], env);
}

export const removeFixtureSite = (dir: string): void => rmSync(dir, { recursive: true, force: true });
