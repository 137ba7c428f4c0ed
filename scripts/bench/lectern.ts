// Lectern's rows: a cold `npm run build` with every narration up to date, then a rebuild after one paragraph changes.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NARRATION_OFF, TEST_ENGINES_ON } from '../../src/lib/site/build-flags.ts';
import { runDevLoop } from './dev-loop.ts';
import { type EssayFormat, essayFile, writeEssays } from './essay-files.ts';
import { assertBuilt, type PeerRun } from './peer.ts';
import { measure, type Measurement } from './process-tree.ts';
import { copyTrackedFiles, linkNodeModules, removeBuildCaches, rewriteFile } from './project-copy.ts';
import { BASELINE, type Result } from './results-table.ts';
import { withEditedParagraph } from './synthetic-essays.ts';

export const REBUILD = 'Lectern: npm run build, one paragraph edited';
const FIRST_NARRATION = 'Lectern: npm run narrate, from nothing (silence engine, niced)';
const MD_ROWS = {
  cold: 'Lectern: npm run build, cold, essays in .md',
  rebuild: 'Lectern: npm run build, one paragraph edited, essays in .md',
};
// What a Lectern copy leaves out: the sample essays (the synthetic ones replace them), the tests, the peers.
const LEAVE_OUT = ['content/essays', 'content/narration', 'tests', 'scripts/bench/peers', '.ci'];
const ENV = { ASTRO_TELEMETRY_DISABLED: '1' };

const NARRATION_OFF_ROW = 'Lectern: npm run build, narration off';
const NARRATION_OFF_MD_ROW = 'Lectern: npm run build, narration off, essays in .md';

/** A copy of the project with the synthetic essays, as .mdx or plain .md files, in place of the samples. */
function lecternCopy(run: PeerRun, folder: string, format: EssayFormat = 'mdx'): string {
  const site = join(run.work, folder);
  copyTrackedFiles(run.repo, site, LEAVE_OUT);
  linkNodeModules(join(run.repo, 'node_modules'), join(site, 'node_modules'));
  writeEssays(join(site, 'content', 'essays'), run.essays, format);
  return site;
}

/**
 * The yardstick the issue sets: Lectern's own cold build with generated narration switched off; with `md`, the same
 * essays as plain Markdown, which the content layer renders without compiling a module per essay.
 */
export async function runLecternNarrationOff(run: PeerRun, format: EssayFormat = 'mdx'): Promise<Result> {
  const n = run.essays.length;
  const site = lecternCopy(run, `lectern-off-${format}`, format);
  run.say(`lectern, ${n} essays (.${format}): LECTERN_NARRATION=off npm run build, cold`);
  const off = await measure({
    command: 'npm',
    args: ['run', 'build'],
    cwd: site,
    env: { ...ENV, ...NARRATION_OFF },
    log: join(run.logs, `lectern-${n}-off-${format}.log`),
  });
  assertBuilt('Lectern', join(site, 'dist'), run);
  return { peer: format === 'md' ? NARRATION_OFF_MD_ROW : NARRATION_OFF_ROW, essays: n, measurement: off };
}

/**
 * A cold build with narration up to date, then a rebuild after one paragraph changes; with `md`, of the same essays
 * as plain Markdown, whose rendered HTML the content layer keeps between builds (no module per essay to bundle).
 */
export async function runLectern(run: PeerRun, format: EssayFormat = 'mdx'): Promise<Result[]> {
  const n = run.essays.length;
  const site = lecternCopy(run, `lectern-${format}`, format);
  // The silence engine makes narration in no time; flite's speed is bench:narration's business.
  rewriteFile(join(site, 'src', 'site.config.ts'), [
    [/engine: '[^']*'/, "engine: 'silence'"],
    [/voice: '[^']*'/, "voice: 'none'"],
  ]);
  const npm = (label: string, script: string): Promise<Measurement> =>
    measure({
      command: 'npm',
      args: ['run', script],
      cwd: site,
      env: { ...ENV, ...TEST_ENGINES_ON },
      log: join(run.logs, `lectern-${n}-${label}-${format}.log`),
    });

  // The essays are the same on every run, so their kept narration (content/narration) is kept between runs too:
  // about 1 s an essay with the silence engine (103 s at N=100), 20 minutes at N=1,000. The per-block cache
  // (19 MB an essay) stays in the copy and goes with it. Both formats share it: their blocks are the same.
  const store = join(run.repo, '.cache', 'bench', `narration-${n}`);
  mkdirSync(store, { recursive: true });
  symlinkSync(store, join(site, 'content', 'narration'));
  // Timed only from nothing: later runs find the narration current, or bring the manifests over from the other format.
  const first = !readdirSync(store).some((name) => name.endsWith('.json'));
  run.say(
    `lectern, ${n} essays: making narration up to date with the silence engine (npm run narrate, niced${first ? ', from nothing' : ', not timed'}; kept in ${store})`,
  );
  const narrated = await measure({
    command: 'nice',
    args: ['-n', '10', 'npm', 'run', 'narrate'],
    cwd: site,
    env: { ...ENV, ...TEST_ENGINES_ON },
    log: join(run.logs, `lectern-${n}-narrate-${format}.log`),
  });
  // A cold build starts from made narration and nothing else.
  removeBuildCaches(site);
  run.say(`lectern, ${n} essays: npm run build, cold`);
  const cold = await npm('cold', 'build');
  assertBuilt('Lectern', join(site, 'dist'), run);
  const edited = run.essays[Math.floor(n / 2)];
  if (!edited) throw new Error('bench: no essays to build');
  writeFileSync(join(site, 'content', 'essays', `${edited.slug}.${format}`), essayFile(withEditedParagraph(edited, n)));
  run.say(`lectern, ${n} essays: npm run build after editing one paragraph of ${edited.slug}`);
  const rebuild = await npm('rebuild', 'build');
  return [
    ...(first ? [{ peer: FIRST_NARRATION, essays: n, measurement: narrated }] : []),
    { peer: format === 'md' ? MD_ROWS.cold : BASELINE, essays: n, measurement: cold },
    { peer: format === 'md' ? MD_ROWS.rebuild : REBUILD, essays: n, measurement: rebuild },
  ];
}

/** The author's loop in `npm run dev`, narration off (as an author drafting would have it, with no narration yet). */
export const runLecternDev = (run: PeerRun): Promise<Result[]> =>
  runDevLoop(run, lecternCopy(run, 'lectern-dev'), { ...ENV, ...NARRATION_OFF });
