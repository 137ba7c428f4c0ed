// What every peer's run is given, and what it gives back: one result per timed build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from './results-table.ts';
import type { SyntheticEssay } from './synthetic-essays.ts';

export interface PeerRun {
  /** The repository the bench runs from: its node_modules, its peer projects, its .cache/bench. */
  readonly repo: string;
  /** An empty folder of this run's own, removed afterwards. */
  readonly work: string;
  /** Where each command's output goes, kept after the run. */
  readonly logs: string;
  readonly essays: readonly SyntheticEssay[];
  readonly say: (line: string) => void;
}

export type RunPeer = (run: PeerRun) => Promise<Result[]>;

/** A peer that cannot run here: a row that says so, instead of a silent gap. */
export function skipped(peer: string, run: PeerRun, reason: string): Result[] {
  run.say(`${peer}: skipped, ${reason}`);
  return [{ peer, essays: run.essays.length, measurement: undefined }];
}

/** A build that left out essays would look fast: each essay's page must be there, or the run fails naming one. */
export function assertBuilt(peer: string, outDir: string, run: PeerRun): void {
  const missing = run.essays.filter((essay) => !existsSync(join(outDir, 'essays', essay.slug, 'index.html')));
  if (missing.length)
    throw new Error(
      `bench: ${peer} built no page for ${missing.length} of ${run.essays.length} essays, e.g. ${join(outDir, 'essays', missing[0]?.slug ?? '', 'index.html')}`,
    );
}
