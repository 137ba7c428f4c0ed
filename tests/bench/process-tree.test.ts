import { describe, expect, test } from 'vitest';
import { treeRssBytes, type ProcessInfo } from '../../scripts/bench/process-tree.ts';

// A snapshot as /proc gives it: npm (10) runs a shell (11) that runs node (12), which runs a worker process (13);
// beside them, the bench itself (1) and another engineer's build (20).
const table = new Map<number, ProcessInfo>([
  [1, { ppid: 0, rssKb: 50_000 }],
  [10, { ppid: 1, rssKb: 60_000 }],
  [11, { ppid: 10, rssKb: 2_000 }],
  [12, { ppid: 11, rssKb: 900_000 }],
  [13, { ppid: 12, rssKb: 300_000 }],
  [20, { ppid: 1, rssKb: 700_000 }],
]);

describe('treeRssBytes', () => {
  test('sums the command and every descendant, grandchildren included', () => {
    expect(treeRssBytes(table, 10)).toBe((60_000 + 2_000 + 900_000 + 300_000) * 1024);
  });
  test('leaves out the parent and the siblings', () => {
    expect(treeRssBytes(table, 12)).toBe((900_000 + 300_000) * 1024);
  });
  test('is zero for a command that has already exited', () => {
    expect(treeRssBytes(table, 99)).toBe(0);
  });
});
