// The disk edge for writing: each planned essay and its files, never over an existing file.
import { constants, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlannedEssay } from './plan-essay.ts';

export interface WriteFailure {
  readonly file: string;
  readonly reason: string;
}

/** All of a post or none of it: every target is checked first; 'wx' and COPYFILE_EXCL refuse one that appears since. */
export function writeEssays(essays: readonly PlannedEssay[], archiveRoot: string, siteRoot: string): WriteFailure[] {
  const failures: WriteFailure[] = [];
  for (const essay of essays) {
    const targets = [essay.path, ...essay.assets.values(), ...essay.generated.keys()];
    const taken = targets.find((target) => existsSync(join(siteRoot, target)));
    if (taken) {
      failures.push({ file: essay.file, reason: `${taken} already exists; nothing written for this post` });
      continue;
    }
    mkdirSync(join(siteRoot, dirname(essay.path)), { recursive: true });
    for (const [from, to] of essay.assets)
      copyFileSync(join(archiveRoot, from), join(siteRoot, to), constants.COPYFILE_EXCL);
    for (const [to, bytes] of essay.generated) writeFileSync(join(siteRoot, to), bytes, { flag: 'wx' });
    writeFileSync(join(siteRoot, essay.path), essay.text, { flag: 'wx' });
  }
  return failures;
}
