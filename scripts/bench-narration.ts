// Measures what an author waits for: `npm run narrate <slug>` from nothing (no kept narration, no block cache), in a
// throwaway copy of the site, for a short sample essay and the longest, each the median of --runs runs. The start-up
// and the seconds per second of audio are told apart twice: from the command's own log (the time before its first
// essay, and the narration after it), and by a line through the two essays (time = start-up + rate x audio).
// Then, in the long essay's copy: one paragraph edited and narrated again (its block cache warm), and the command
// finding the narration current; the MP3's bytes per minute; and intelligibility (skip it with --no-intelligibility).
// Run: npm run bench:narration [-- --runs 3] [--no-intelligibility]   Needs /usr/bin/time; intelligibility needs
// pocketsphinx, as bench-intelligibility.ts does. The real .cache and content/narration are never touched.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import type { NarrationManifest } from '../src/narration/pipeline/manifest.ts';
import { SITE } from '../src/site.config.ts';
import { createFixtureSite, removeFixtureSite } from '../tests/support/fixture-site.ts';

const ESSAYS = { short: 'moving-house', long: 'what-the-ear-forgives' } as const;
const ROOT = resolve(import.meta.dirname, '..');
const run = promisify(execFile);

type Figures = Record<string, number>;

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Every file under content/ (essays, their images, the lexicon, the kept narration), by its path in the site. */
function contentFiles(): Record<string, Buffer> {
  const root = join(ROOT, 'content');
  return Object.fromEntries(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(root, name)).isFile())
      .map((name) => [`content/${name}`, readFileSync(join(root, name))]),
  );
}

/** A copy of the site in which `slug` has never been narrated: no kept files of its own, no block cache. */
function siteWithout(slug: string): string {
  const files = Object.entries(contentFiles()).filter(([path]) => !path.startsWith(`content/narration/${slug}.`));
  return createFixtureSite(Object.fromEntries(files));
}

type Timed = { wall: number; cpu: number; log: string };

/** `npm run narrate -- <args>` in the site, timed by /usr/bin/time: wall clock, and CPU over every process and thread. */
async function narrate(site: string, args: readonly string[]): Promise<Timed> {
  const { stdout, stderr } = await run(
    '/usr/bin/time',
    ['-f', 'TIME %e %U %S', 'npm', 'run', '--silent', 'narrate', '--', ...args],
    { cwd: site, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 24 },
  );
  const [, wall = 'NaN', user = 'NaN', system = 'NaN'] = stderr.match(/^TIME (\S+) (\S+) (\S+)$/m) ?? [];
  return { wall: Number(wall), cpu: Number(user) + Number(system), log: stdout };
}

const manifestOf = (site: string, slug: string): NarrationManifest =>
  JSON.parse(readFileSync(join(site, 'content/narration', `${slug}.json`), 'utf8')) as NarrationManifest;

/** From nothing: the command's figures, with its log's split between start-up and narration. */
async function fromNothing(slug: string): Promise<{ figures: Figures; site: string }> {
  const site = siteWithout(slug);
  console.log(`  ${slug}: load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`);
  const { wall, cpu, log } = await narrate(site, [slug]);
  const narrating = Number(log.match(/^narrate: \S+ of audio in ([\d.]+) s/m)?.[1]);
  if (!Number.isFinite(narrating)) throw new Error(`bench-narration: narrate did not narrate ${slug}:\n${log}`);
  const audio = manifestOf(site, slug).durationSeconds;
  return {
    site,
    figures: {
      [`${slug}: audio, s`]: audio,
      [`${slug}: npm run narrate from nothing, wall s`]: wall,
      [`${slug}: npm run narrate from nothing, CPU s (all processes)`]: cpu,
      [`${slug}: start-up (the log: before the first essay), s`]: wall - narrating,
      [`${slug}: narration after start-up, wall s per s of audio`]: narrating / audio,
    },
  };
}

/** The first paragraph of the essay's body with one word more: an author's edit. */
function editOneParagraph(site: string, slug: string): void {
  const path = join(site, 'content/essays', `${slug}.mdx`);
  const text = readFileSync(path, 'utf8');
  const body = text.indexOf('\n---', 4) + 4;
  const paragraph = text.slice(body).search(/\n\n[A-Z][^\n]{80,}\./);
  if (paragraph < 0) throw new Error(`bench-narration: no paragraph to edit in ${path}`);
  const end = text.indexOf('.', body + paragraph + 82);
  writeFileSync(path, `${text.slice(0, end)}, indeed${text.slice(end)}`);
}

async function oneRun(index: number): Promise<Figures> {
  console.log(`run ${index + 1}:`);
  const short = await fromNothing(ESSAYS.short);
  removeFixtureSite(short.site);
  const long = await fromNothing(ESSAYS.long);
  try {
    const at = (slug: string, name: string, figures: Figures): number => figures[`${slug}: ${name}`] ?? Number.NaN;
    const point = (slug: string, figures: Figures) => ({
      audio: at(slug, 'audio, s', figures),
      wall: at(slug, 'npm run narrate from nothing, wall s', figures),
      cpu: at(slug, 'npm run narrate from nothing, CPU s (all processes)', figures),
    });
    const [a, b] = [point(ESSAYS.short, short.figures), point(ESSAYS.long, long.figures)];
    const rate = (b.wall - a.wall) / (b.audio - a.audio);
    // CPU seconds do not grow with the load of a shared machine as wall clock does: on an idle one, wall >= CPU / cores.
    const cpuRate = (b.cpu - a.cpu) / (b.audio - a.audio);
    editOneParagraph(long.site, ESSAYS.long);
    const edited = await narrate(long.site, [ESSAYS.long]);
    const current = await narrate(long.site, [ESSAYS.long]);
    const whole = await narrate(long.site, []);
    // Current by its fingerprints, or by its blocks once rendered: either way nothing is narrated.
    if (/narrating with/.test(current.log))
      throw new Error(`bench-narration: narrate did not find the narration current:\n${current.log}`);
    const manifest = manifestOf(long.site, ESSAYS.long);
    const all: Figures = {
      ...short.figures,
      ...long.figures,
      'fit through both: start-up, s': a.wall - rate * a.audio,
      'fit through both: wall s per s of audio': rate,
      'fit through both: start-up, CPU s': a.cpu - cpuRate * a.audio,
      'fit through both: CPU s per s of audio': cpuRate,
      [`${ESSAYS.long}: one paragraph edited, npm run narrate, wall s`]: edited.wall,
      // Named, an essay is rendered to compare (the pre-pass); unnamed, every essay is current by its fingerprints.
      [`${ESSAYS.long}: up to date, npm run narrate ${ESSAYS.long}, wall s`]: current.wall,
      'every essay up to date, npm run narrate, wall s': whole.wall,
      'MP3 bytes per minute': manifest.bytes / (manifest.durationSeconds / 60),
      ...(await intelligibility(index)),
    };
    for (const [name, value] of Object.entries(all)) console.log(`  ${name}: ${+value.toFixed(4)}`);
    return all;
  } finally {
    removeFixtureSite(long.site);
  }
}

let listen = true;

// bench-intelligibility.ts on the long essay (once: it takes minutes, and the audio is the same every run).
async function intelligibility(index: number): Promise<Figures> {
  if (!listen || index > 0) return {};
  const file = join(ROOT, 'content/essays', `${ESSAYS.long}.mdx`);
  const bench = join(ROOT, 'scripts/bench-intelligibility.ts');
  const { stdout } = await run(join(ROOT, 'node_modules/.bin/node'), [bench, file, '--voice', SITE.narration.voice], {
    maxBuffer: 1 << 24,
  });
  const figures: Figures = {};
  for (const [, label, percent] of stdout.matchAll(/^(intelligibility, [^:]+):\s+([\d.]+)%/gm))
    figures[`${label}, %`] = Number(percent);
  if (Object.keys(figures).length === 0) throw new Error(`bench-intelligibility.ts printed no score:\n${stdout}`);
  return figures;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, 'no-intelligibility': { type: 'boolean', default: false } },
  });
  listen = !values['no-intelligibility'];
  const runs: Figures[] = [];
  for (let i = 0; i < Number(values.runs); i++) runs.push(await oneRun(i));
  console.log(`\nmedian of ${runs.length} runs:`);
  for (const name of Object.keys(runs[0] ?? {}))
    console.log(`  ${name}: ${+median(runs.flatMap((r) => (r[name] === undefined ? [] : [r[name]]))).toFixed(4)}`);
}

await main();
