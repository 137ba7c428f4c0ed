// The Hugo peer's row: Debian's hugo, when it is on the PATH.
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { writeEssays } from '../essay-files.ts';
import { assertBuilt, skipped, type PeerRun } from '../peer.ts';
import { measure } from '../process-tree.ts';
import type { Result } from '../results-table.ts';

export const HUGO = 'Hugo';

function hugoVersion(): string | undefined {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8' }).split(' ')[1];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function runHugo(run: PeerRun): Promise<Result[]> {
  const version = hugoVersion();
  if (!version) return skipped(HUGO, run, 'hugo is not on the PATH (Debian: apt-get install hugo)');
  const site = join(run.work, 'hugo');
  const n = run.essays.length;
  cpSync(join(run.repo, 'scripts', 'bench', 'peers', 'hugo'), site, { recursive: true });
  writeEssays(join(site, 'content', 'essays'), run.essays, 'md');
  run.say(`hugo ${version}, ${n} essays: hugo`);
  const measurement = await measure({ command: 'hugo', args: [], cwd: site, log: join(run.logs, `hugo-${n}.log`) });
  assertBuilt('Hugo', join(site, 'public'), run);
  return [{ peer: `${HUGO} ${version}`, essays: n, measurement }];
}
