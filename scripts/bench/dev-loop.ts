// The author's loop in `npm run dev` (issue 23, part 6): the time from starting the dev server to the first essay
// page, and from saving an edit to the page showing it. Peak memory is the dev server's whole process tree.
import { spawn } from 'node:child_process';
import { openSync, closeSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { essayFile } from './essay-files.ts';
import type { PeerRun } from './peer.ts';
import { type Measurement, processTable, treeRssBytes } from './process-tree.ts';
import type { Result } from './results-table.ts';
import { withEditedParagraph } from './synthetic-essays.ts';

export const DEV_FIRST_PAGE = 'Lectern: npm run dev, start to first essay page';
export const DEV_SAVE_TO_PAGE = 'Lectern: npm run dev, save to page showing it';
// A ceiling for a hung server, not a speed check.
const GIVE_UP_MS = 15 * 60 * 1000;
const POLL_MS = 50;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/** Polls the page until `shows` holds for its HTML; the seconds from `since`. */
async function until(url: string, shows: (html: string) => boolean, since: number): Promise<number> {
  for (;;) {
    if (performance.now() - since > GIVE_UP_MS) throw new Error(`bench: ${url} never showed what it should`);
    const html = await fetch(url)
      .then((response) => (response.ok ? response.text() : ''))
      .catch(() => '');
    if (shows(html)) return (performance.now() - since) / 1000;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

/** The first words of an essay's first paragraph, as the page would show them. */
const openingWords = (text: string): string => text.split(' ').slice(0, 6).join(' ');

/** Runs the dev server in `site` (a Lectern copy with run.essays in it) and times the two steps of the loop. */
export async function runDevLoop(run: PeerRun, site: string, env: NodeJS.ProcessEnv): Promise<Result[]> {
  const n = run.essays.length;
  const essay = run.essays[Math.floor(n / 2)];
  if (!essay) throw new Error('bench: no essays to serve');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/essays/${essay.slug}/`;
  const log = openSync(join(run.logs, `lectern-${n}-dev.log`), 'w');
  run.say(`lectern, ${n} essays: npm run dev, then an edit to ${essay.slug}`);
  const started = performance.now();
  const dev = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: site,
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
    detached: true,
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (dev.pid !== undefined) peak = Math.max(peak, treeRssBytes(processTable(), dev.pid));
  }, 100);
  try {
    const firstPage = await until(url, (html) => html.includes('</html>'), started);
    const edited = withEditedParagraph(essay, n);
    const first = edited.body.children[0];
    const words = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
    const saved = performance.now();
    writeFileSync(join(site, 'content', 'essays', `${essay.slug}.mdx`), essayFile(edited));
    const saveToPage = await until(url, (html) => html.includes(openingWords(words)), saved);
    const at = (seconds: number): Measurement => ({ seconds, peakRssBytes: peak });
    return [
      { peer: DEV_FIRST_PAGE, essays: n, measurement: at(firstPage) },
      { peer: DEV_SAVE_TO_PAGE, essays: n, measurement: at(saveToPage) },
    ];
  } finally {
    clearInterval(timer);
    // Its own process group: the dev server and everything it started end together.
    if (dev.pid !== undefined) process.kill(-dev.pid, 'SIGTERM');
    closeSync(log);
  }
}
