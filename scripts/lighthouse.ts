// npm run lighthouse: serves dist/ with `astro preview`, runs Lighthouse on the home page, an essay with narration
// and a category page, mobile and desktop, and fails unless every category scores 100. Run after `npm run build`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config } from 'lighthouse';
import { chromiumFlags, chromiumPath } from './chromium.ts';

// The home page, the richest essay with narration (footnotes, a table, a quotation) and a category.
const PAGES = ['/', '/essays/the-footnote-and-the-margin/', '/category/craft/'];
const PRESETS: Record<string, Config | undefined> = { mobile: undefined, desktop: desktopConfig };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** `astro preview` on its own port; --ignore-lock lets it run beside a preview the browser tests started. */
async function startPreview(port: number): Promise<ChildProcess> {
  const preview = spawn(process.execPath, ['node_modules/.bin/astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  preview.stdout?.on('data', (chunk) => (output += chunk));
  preview.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (preview.exitCode !== null) throw new Error(`astro preview exited with code ${preview.exitCode}:\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok, () => false);
    if (ready) return preview;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  preview.kill();
  throw new Error(`astro preview did not answer on port ${port} within 60 s:\n${output}`);
}

interface Row { page: string; preset: string; scores: Record<string, number>; shortfalls: string[] }

async function audit(url: string, chromePort: number, config: Config | undefined): Promise<Omit<Row, 'page' | 'preset'>> {
  const result = await lighthouse(url, { port: chromePort, logLevel: 'error', onlyCategories: CATEGORIES }, config);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.code} ${runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
  // What cost the points: each weighted audit short of a full score, with its value.
  const shortfalls = CATEGORIES.flatMap((id) => (categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `${id}: ${ref.id} ${audits[ref.id]?.displayValue ?? ''} (score ${audits[ref.id]?.score})`));
  return { scores, shortfalls };
}

function printTable(rows: Row[]): void {
  const header = ['page', 'preset', ...CATEGORIES];
  const cells = rows.map((row) => [row.page, row.preset, ...CATEGORIES.map((id) => String(row.scores[id]))]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]?.length ?? 0)));
  for (const line of [header, ...cells]) console.log(line.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
}

async function main(): Promise<number> {
  if (!existsSync('dist/index.html')) throw new Error('dist/index.html is missing: run `npm run build` first.');
  const port = await freePort();
  const preview = await startPreview(port);
  const rows: Row[] = [];
  try {
    const chrome = await launch({ ...(chromiumPath ? { chromePath: chromiumPath } : {}), chromeFlags: [...chromiumFlags] });
    try {
      for (const [preset, config] of Object.entries(PRESETS)) {
        for (const page of PAGES) rows.push({ page, preset, ...(await audit(`http://127.0.0.1:${port}${page}`, chrome.port, config)) });
      }
    } finally {
      chrome.kill();
    }
  } finally {
    preview.kill();
  }
  printTable(rows);
  const failing = rows.filter((row) => Object.values(row.scores).some((score) => score < 100));
  for (const row of failing) console.error(`\n${row.page} (${row.preset}) is below 100:\n  ${row.shortfalls.join('\n  ')}`);
  // CI reads this closing line as a test count.
  console.log(`\nLighthouse: ${rows.length - failing.length} passed, ${failing.length} failed`);
  return failing.length ? 1 : 0;
}

process.exitCode = await main();
