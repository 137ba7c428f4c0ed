// The bare Astro peer's rows: the same small site built with the unified processor, then with Sätteri.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { writeEssays } from '../essay-files.ts';
import { assertBuilt, type PeerRun } from '../peer.ts';
import { measure, type Measurement } from '../process-tree.ts';
import { linkNodeModules, removeBuildCaches } from '../project-copy.ts';
import type { Result } from '../results-table.ts';

export const ASTRO_UNIFIED = 'Astro 7 + MDX, unified, remark-gfm, rehype-slug';
export const ASTRO_SATTERI = 'Astro 7 + MDX, Sätteri (default engine)';

/** `which` picks the rows: the unified build, the Sätteri build, or both in one copy of the site. */
export async function runAstro(run: PeerRun, which: { unified: boolean; satteri: boolean }): Promise<Result[]> {
  const site = join(run.work, 'astro');
  const n = run.essays.length;
  cpSync(join(run.repo, 'scripts', 'bench', 'peers', 'astro'), site, { recursive: true });
  // Lectern's own packages, so the versions are exactly Lectern's.
  linkNodeModules(join(run.repo, 'node_modules'), join(site, 'node_modules'));
  writeEssays(join(site, 'content', 'essays'), run.essays, 'md');
  const build = async (label: string, config: string): Promise<Measurement> => {
    removeBuildCaches(site);
    run.say(`astro, ${n} essays: astro build --config ${config}`);
    const measurement = await measure({
      command: process.execPath,
      args: [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--config', config, '--silent'],
      cwd: site,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      log: join(run.logs, `astro-${label}-${n}.log`),
    });
    assertBuilt(`Astro (${label})`, join(site, 'dist'), run);
    return measurement;
  };
  const results: Result[] = [];
  if (which.unified) results.push({ peer: ASTRO_UNIFIED, essays: n, measurement: await build('unified', 'astro.config.mjs') });
  if (which.satteri) results.push({ peer: ASTRO_SATTERI, essays: n, measurement: await build('satteri', 'astro.satteri.config.mjs') });
  return results;
}
