import { describe, expect, test } from 'vitest';
import { BASELINE, markdownTable, tableCells, type Result } from '../../scripts/bench/results-table.ts';

const MiB = 2 ** 20;
const results: Result[] = [
  { peer: BASELINE, essays: 100, measurement: { seconds: 40, peakRssBytes: 900 * MiB } },
  { peer: 'Hugo', essays: 100, measurement: { seconds: 0.5, peakRssBytes: 60 * MiB } },
  { peer: BASELINE, essays: 1000, measurement: { seconds: 200, peakRssBytes: 2100 * MiB } },
  { peer: 'Hugo', essays: 1000, measurement: undefined },
];

describe('the results table', () => {
  test("gives each peer's time, memory and ratio to Lectern's cold build, per number of essays", () => {
    expect(tableCells(results)).toEqual([
      [
        'peer',
        'N=100: time (s)',
        'peak RSS (MiB)',
        '× Lectern cold',
        'N=1000: time (s)',
        'peak RSS (MiB)',
        '× Lectern cold',
      ],
      [BASELINE, '40.0', '900', '1.00×', '200.0', '2100', '1.00×'],
      ['Hugo', '0.50', '60', '0.01×', 'skipped', '', ''],
    ]);
  });
  test('renders as a Markdown table with a header rule and numbers aligned right', () => {
    const lines = markdownTable(tableCells(results)).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    expect(lines[3]).toBe('| Hugo | 0.50 | 60 | 0.01× | skipped |  |  |');
  });
});
