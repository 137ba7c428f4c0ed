// The bench's chart, BENCHMARKS.svg: build time against number of essays, a line per peer, both axes logarithmic,
// since the peers differ a hundredfold and the sizes tenfold. Markup goes through the one escaping helper.
import { xmlElement, type XmlMarkup } from '../../src/lib/formats/xml.ts';
import type { Result } from './results-table.ts';

const WIDTH = 980;
const HEIGHT = 520;
const PLOT = { left: 70, right: 420, top: 50, bottom: 60 };
// Told apart by colour and by dash, for readers who see few colours; dark enough on white for contrast.
const STYLES = [
  { color: '#b3261e', dash: '' },
  { color: '#7a4b00', dash: '6 3' },
  { color: '#1d5fa8', dash: '' },
  { color: '#5b3c99', dash: '2 3' },
  { color: '#0b6e4f', dash: '' },
  { color: '#4a4a4a', dash: '8 3 2 3' },
  { color: '#9c2a7a', dash: '4 4' },
];

/** The powers of ten that bracket [low, high], for the gridlines. */
function decades(low: number, high: number): number[] {
  const out: number[] = [];
  for (let p = Math.floor(Math.log10(low)); p <= Math.ceil(Math.log10(high)); p++) out.push(10 ** p);
  return out;
}

const label = (value: number): string => (value >= 1 ? value.toLocaleString('en-GB') : String(value));
const fixed = (value: number): string => value.toFixed(1);

/** The chart of the measured results; a peer skipped at every size is left out, and one measured once is a dot. */
export function resultsChart(results: readonly Result[], caption: string): XmlMarkup {
  const measured = results.filter((r) => r.measurement);
  if (!measured.length) throw new Error('bench: no measured results to chart');
  const sizes = [...new Set(measured.map((r) => r.essays))].sort((a, b) => a - b);
  const times = measured.map((r) => r.measurement?.seconds ?? 1);
  const xTicks = decades(sizes[0] ?? 1, sizes.at(-1) ?? 10);
  const yTicks = decades(Math.min(...times), Math.max(...times));
  const log = (v: number, [lo, hi]: [number, number]): number => (Math.log10(v) - Math.log10(lo)) / Math.log10(hi / lo);
  const xRange: [number, number] = [xTicks[0] ?? 1, xTicks.at(-1) ?? 10];
  const yRange: [number, number] = [yTicks[0] ?? 1, yTicks.at(-1) ?? 10];
  const x = (n: number): number => PLOT.left + log(n, xRange) * (WIDTH - PLOT.left - PLOT.right);
  const y = (s: number): number => HEIGHT - PLOT.bottom - log(s, yRange) * (HEIGHT - PLOT.top - PLOT.bottom);
  const grid = [
    ...xTicks.flatMap((n) => [
      xmlElement('line', { x1: fixed(x(n)), x2: fixed(x(n)), y1: PLOT.top, y2: HEIGHT - PLOT.bottom, class: 'grid' }),
      xmlElement('text', { x: fixed(x(n)), y: HEIGHT - PLOT.bottom + 20, 'text-anchor': 'middle' }, label(n)),
    ]),
    ...yTicks.flatMap((s) => [
      xmlElement('line', { x1: PLOT.left, x2: WIDTH - PLOT.right, y1: fixed(y(s)), y2: fixed(y(s)), class: 'grid' }),
      xmlElement('text', { x: PLOT.left - 8, y: fixed(y(s) + 4), 'text-anchor': 'end' }, `${label(s)} s`),
    ]),
  ];
  const peers = [...new Set(measured.map((r) => r.peer))];
  const lines = peers.flatMap((peer, index) => {
    const style = STYLES[index % STYLES.length] ?? { color: '#000', dash: '' };
    const points = measured.filter((r) => r.peer === peer).sort((a, b) => a.essays - b.essays);
    const at = points.map((r) => [x(r.essays), y(r.measurement?.seconds ?? 1)] as const);
    const legendY = PLOT.top + 10 + index * 22;
    return [
      xmlElement('polyline', {
        points: at.map(([px, py]) => `${fixed(px)},${fixed(py)}`).join(' '),
        fill: 'none',
        stroke: style.color,
        'stroke-width': 2.5,
        ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
      }),
      ...at.map(([px, py]) => xmlElement('circle', { cx: fixed(px), cy: fixed(py), r: 4, fill: style.color })),
      xmlElement('line', {
        x1: WIDTH - PLOT.right + 20,
        x2: WIDTH - PLOT.right + 50,
        y1: legendY,
        y2: legendY,
        stroke: style.color,
        'stroke-width': 2.5,
        ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
      }),
      xmlElement('text', { x: WIDTH - PLOT.right + 58, y: legendY + 4 }, peer),
    ];
  });
  const axes = [
    xmlElement(
      'text',
      { x: fixed((PLOT.left + WIDTH - PLOT.right) / 2), y: HEIGHT - 18, 'text-anchor': 'middle' },
      'essays',
    ),
    xmlElement('text', { x: PLOT.left, y: 30, class: 'title' }, caption),
  ];
  return xmlElement(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
      role: 'img',
      'aria-label': caption,
      'font-family': 'system-ui, sans-serif',
      'font-size': 12,
    },
    [
      xmlElement(
        'style',
        {},
        '.grid { stroke: #d0d0d0; stroke-width: 1 } .title { font-size: 15px; font-weight: 600 }',
      ),
      xmlElement('rect', { width: WIDTH, height: HEIGHT, fill: '#ffffff' }),
      ...grid,
      ...lines,
      ...axes,
    ],
  );
}
