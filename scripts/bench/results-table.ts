// The bench's one table: per peer and per number of essays, wall time, peak memory and time relative to Lectern's cold build.
import type { Measurement } from './process-tree.ts';

export interface Result {
  readonly peer: string;
  readonly essays: number;
  /** Undefined when the peer was skipped. */
  readonly measurement: Measurement | undefined;
}

/** The row every ratio is taken against. */
export const BASELINE = 'Lectern: npm run build, cold';

const seconds = (m: Measurement): string => (m.seconds < 10 ? m.seconds.toFixed(2) : m.seconds.toFixed(1));
const megabytes = (m: Measurement): string => (m.peakRssBytes / 2 ** 20).toFixed(0);

/** Rows of cells: a header, then one row per peer in the order first seen. */
export function tableCells(results: readonly Result[]): string[][] {
  const sizes = [...new Set(results.map((r) => r.essays))];
  const peers = [...new Set(results.map((r) => r.peer))];
  const header = ['peer', ...sizes.flatMap((n) => [`N=${n}: time (s)`, 'peak RSS (MiB)', '× Lectern cold'])];
  const find = (peer: string, n: number): Result | undefined => results.find((r) => r.peer === peer && r.essays === n);
  const rows = peers.map((peer) => [
    peer,
    ...sizes.flatMap((n) => {
      const m = find(peer, n)?.measurement;
      if (!m) return ['skipped', '', ''];
      const base = find(BASELINE, n)?.measurement;
      return [seconds(m), megabytes(m), base ? `${(m.seconds / base.seconds).toFixed(2)}×` : 'n/a'];
    }),
  ]);
  return [header, ...rows];
}

/** Columns padded to line up in a terminal. */
export function plainTable(cells: readonly string[][]): string {
  const widths = (cells[0] ?? []).map((_, col) => Math.max(...cells.map((row) => (row[col] ?? '').length)));
  return cells
    .map((row) =>
      row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  '),
    )
    .join('\n');
}

/** A GitHub Markdown table, ready to paste into BENCHMARKS.md. */
export function markdownTable(cells: readonly string[][]): string {
  const [header = [], ...rows] = cells;
  const line = (row: readonly string[]): string => `| ${row.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), `| --- |${' ---: |'.repeat(header.length - 1)}`, ...rows.map(line)].join('\n');
}
