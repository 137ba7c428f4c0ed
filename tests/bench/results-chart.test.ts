import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { resultsChart } from '../../scripts/bench/results-chart.ts';
import { mergeResults } from '../../scripts/bench/results-record.ts';
import type { Result } from '../../scripts/bench/results-table.ts';

const MiB = 2 ** 20;
const at = (peer: string, essays: number, seconds: number | undefined): Result => ({
  peer,
  essays,
  measurement: seconds === undefined ? undefined : { seconds, peakRssBytes: 500 * MiB },
});
const results = [
  at('Lectern <cold>', 100, 13),
  at('Lectern <cold>', 1000, 70),
  at('Hugo', 100, 0.3),
  at('Hugo', 1000, 1.2),
];
const parse = (svg: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name, _path, _leaf, attribute) => !attribute && name !== 'svg',
  }).parse(svg).svg as Record<string, Array<Record<string, string>>>;
const points = (line: Record<string, string> | undefined): number[][] =>
  (line?.points ?? '').split(' ').map((pair) => pair.split(',').map(Number));

describe('the bench chart', () => {
  test('draws a line per peer, through a point per measured size, named in the legend and escaped', () => {
    const svg = parse(resultsChart(results, 'Build time'));
    expect(svg.polyline).toHaveLength(2);
    expect(svg.circle).toHaveLength(4);
    expect(svg.text?.map((t) => t['#text'])).toEqual(expect.arrayContaining(['Lectern <cold>', 'Hugo', 'essays']));
  });
  test('puts more essays further right and a longer time higher up', () => {
    const [lectern, hugo] = parse(resultsChart(results, 'Build time')).polyline ?? [];
    const [[x100, y13] = [], [x1000, y70] = []] = points(lectern);
    const [[, yHugo] = []] = points(hugo);
    expect(x1000).toBeGreaterThan(x100 ?? Infinity);
    expect(y70).toBeLessThan(y13 ?? -Infinity);
    expect(yHugo).toBeGreaterThan(y13 ?? Infinity);
  });
  test('leaves out a peer that was skipped at every size, and refuses to draw nothing', () => {
    expect(parse(resultsChart([...results, at('Eleventy', 100, undefined)], 'x')).polyline).toHaveLength(2);
    expect(() => resultsChart([at('Hugo', 100, undefined)], 'x')).toThrow('no measured results');
  });
});

describe('the results kept across runs', () => {
  test("a run replaces the rows it measured and keeps the others, with each row's date", () => {
    const old = mergeResults([], results, '2026-12-02');
    const merged = mergeResults(old, [at('Hugo', 1000, 1.5), at('Hugo', 5000, undefined)], '2026-12-06');
    expect(merged).toHaveLength(4);
    expect(merged.find((r) => r.peer === 'Hugo' && r.essays === 1000)).toMatchObject({
      measuredOn: '2026-12-06',
      measurement: { seconds: 1.5 },
    });
    expect(merged.filter((r) => r.measuredOn === '2026-12-02')).toHaveLength(3);
  });
});
