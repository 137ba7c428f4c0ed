// The bench's results across runs (scripts/bench/results.json, committed): each run replaces the rows it measured, so
// the chart can show N = 100, 1,000 and 5,000 though one run rarely measures them all.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Result } from './results-table.ts';

export interface RecordedResult extends Result {
  /** When the row was measured, as an ISO date (passed in: the record never reads the clock). */
  readonly measuredOn: string;
}

/** The old rows that this run did not measure again, then this run's, in the order the table lists peers. */
export function mergeResults(
  old: readonly RecordedResult[],
  fresh: readonly Result[],
  measuredOn: string,
): RecordedResult[] {
  const key = (r: Result): string => `${r.peer}\u0000${r.essays}`;
  const measured = fresh.filter((r) => r.measurement);
  const replaced = new Set(measured.map(key));
  return [...old.filter((r) => !replaced.has(key(r))), ...measured.map((r) => ({ ...r, measuredOn }))];
}

export function readRecord(file: string): RecordedResult[] {
  if (!existsSync(file)) return [];
  const rows: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a list of results`);
  return rows as RecordedResult[];
}

export const writeRecord = (file: string, rows: readonly RecordedResult[]): void =>
  writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
