// npm run bench: Lectern against its peers (bare Astro, Eleventy, Hugo) on the same synthetic essays, at archive scale.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readBenchOptions, type BenchOptions } from './bench/bench-options.ts';
import { DEV_FIRST_PAGE, DEV_SAVE_TO_PAGE } from './bench/dev-loop.ts';
import { runLectern, runLecternDev, runLecternNarrationOff } from './bench/lectern.ts';
import type { PeerRun } from './bench/peer.ts';
import { stopAll } from './bench/process-tree.ts';
import { runAstro } from './bench/peers/astro.ts';
import { runEleventy } from './bench/peers/eleventy.ts';
import { runHugo } from './bench/peers/hugo.ts';
import { resultsChart } from './bench/results-chart.ts';
import { mergeResults, readRecord, writeRecord } from './bench/results-record.ts';
import { markdownTable, plainTable, tableCells, type Result } from './bench/results-table.ts';
import { syntheticEssays } from './bench/synthetic-essays.ts';

// Fixed, so every run and every machine builds the same essays.
const SEED = 9;
const RECORD = join(import.meta.dirname, 'bench', 'results.json');
const DEV_ROWS = [DEV_FIRST_PAGE, DEV_SAVE_TO_PAGE];
const CHART_CAPTION = 'Build time against number of essays (both axes logarithmic; lower is faster)';
const say = (line: string): void => console.log(`bench: ${line}`);

async function runSize(options: BenchOptions, run: PeerRun): Promise<Result[]> {
  const has = (id: string): boolean => (options.only as readonly string[]).includes(id);
  const results: Result[] = [];
  if (has('lectern')) results.push(...(await runLectern(run)));
  if (has('lectern-md')) results.push(...(await runLectern(run, 'md')));
  if (has('lectern-off')) results.push(await runLecternNarrationOff(run));
  if (has('lectern-off-md')) results.push(await runLecternNarrationOff(run, 'md'));
  if (has('lectern-dev')) results.push(...(await runLecternDev(run)));
  if (has('astro') || has('astro-satteri'))
    results.push(...(await runAstro(run, { unified: has('astro'), satteri: has('astro-satteri') })));
  if (has('eleventy')) results.push(...(await runEleventy(run)));
  if (has('hugo')) results.push(...(await runHugo(run)));
  return results;
}

const FOOTNOTE = [
  'Wall time and peak resident memory of the whole process tree (the sum of VmRSS over the command and all its',
  'descendants, polled from /proc every 100 ms; pages shared between processes count once per process).',
  "Lectern's narration came from the silence engine (src/narration/engines/test-only/silence.ts), made up to date before the",
  'timed builds; the rebuild includes narrating the edited essay with it. Narration speed is measured separately by',
  '`npm run bench:narration`. The peers build a page per essay, a list of all essays and a page per category.',
].join('\n');

async function main(): Promise<void> {
  const options = readBenchOptions(process.argv.slice(2));
  const repo = resolve(import.meta.dirname, '..');
  const logs = join(repo, '.cache', 'bench', 'logs');
  mkdirSync(logs, { recursive: true });
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  say(`${availableParallelism()} cores, load average ${load}; each command's output goes to ${logs}`);
  const results: Result[] = [];
  for (const n of options.sizes) {
    const work = mkdtempSync(join(tmpdir(), `lectern-bench-${n}-`));
    say(`${n} essays in ${work}`);
    // Stopped, the bench stops its builds and removes their copy: gigabytes at N=1,000.
    const stop = (signal: NodeJS.Signals): void => {
      stopAll(signal);
      rmSync(work, { recursive: true, force: true });
      say(`stopped by ${signal}; removed ${work}`);
      process.exit(130);
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
    try {
      results.push(...(await runSize(options, { repo, work, logs, essays: syntheticEssays(n, SEED), say })));
    } finally {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      rmSync(work, { recursive: true, force: true });
    }
  }
  const cells = tableCells(results);
  console.log(`\n${plainTable(cells)}\n\n${FOOTNOTE}\n\nAs Markdown:\n\n${markdownTable(cells)}\n\n${FOOTNOTE}`);
  // Kept with the earlier runs' other rows, so the chart beside BENCHMARKS.md shows every size measured.
  const record = mergeResults(readRecord(RECORD), results, new Date().toISOString().slice(0, 10));
  writeRecord(RECORD, record);
  // Builds only: the dev loop's seconds are another measure, in the table.
  const builds = record.filter((r) => !DEV_ROWS.includes(r.peer));
  writeFileSync(join(repo, 'BENCHMARKS.svg'), resultsChart(builds, CHART_CAPTION));
  say(`results kept in ${RECORD}; chart drawn in BENCHMARKS.svg`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
