// The Eleventy peer's row: Eleventy 3 from the peer's own package.json and lock, installed once outside the repo's sources.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeEssays } from '../essay-files.ts';
import { assertBuilt, skipped, type PeerRun } from '../peer.ts';
import { measure } from '../process-tree.ts';
import { linkNodeModules } from '../project-copy.ts';
import type { Result } from '../results-table.ts';

export const ELEVENTY = 'Eleventy';

/**
 * Installs the peer's packages with `npm ci` into .cache/bench/eleventy/ (not beside its sources, where the
 * type-check would read them), again only when its lock changes. Returns the installed folder, or why it is missing.
 */
function installEleventy(run: PeerRun, project: string): { modules: string } | { missing: string } {
  const target = join(run.repo, '.cache', 'bench', 'eleventy');
  const lock = readFileSync(join(project, 'package-lock.json'), 'utf8');
  const installed = join(target, 'package-lock.json');
  if (existsSync(join(target, 'node_modules')) && existsSync(installed) && readFileSync(installed, 'utf8') === lock) {
    return { modules: join(target, 'node_modules') };
  }
  mkdirSync(target, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(project, file), join(target, file));
  run.say(`eleventy: installing its packages (npm ci, from the npm registry, once) into ${target}`);
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: target, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (error) {
    return { missing: `npm ci failed in ${target}: ${(error as Error).message}` };
  }
  return { modules: join(target, 'node_modules') };
}

export async function runEleventy(run: PeerRun): Promise<Result[]> {
  const project = join(run.repo, 'scripts', 'bench', 'peers', 'eleventy');
  const install = installEleventy(run, project);
  if ('missing' in install) return skipped(ELEVENTY, run, install.missing);
  const { version } = JSON.parse(readFileSync(join(install.modules, '@11ty', 'eleventy', 'package.json'), 'utf8')) as { version: string };
  const site = join(run.work, 'eleventy');
  const n = run.essays.length;
  cpSync(project, site, { recursive: true });
  linkNodeModules(install.modules, join(site, 'node_modules'));
  writeEssays(join(site, 'essays'), run.essays, 'md');
  run.say(`eleventy ${version}, ${n} essays: eleventy --quiet`);
  const measurement = await measure({
    command: process.execPath,
    args: [join('node_modules', '@11ty', 'eleventy', 'cmd.cjs'), '--quiet'],
    cwd: site,
    log: join(run.logs, `eleventy-${n}.log`),
  });
  assertBuilt('Eleventy', join(site, '_site'), run);
  return [{ peer: `${ELEVENTY} ${version}`, essays: n, measurement }];
}
