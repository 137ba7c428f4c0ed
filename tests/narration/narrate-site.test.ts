// Narration end to end, on throwaway sites: the real speech engine, the real MP3 encoder, the real builds.
// One site is narrated and built once. Each test of the first describe works on its own copy of it as first built, so
// none depends on another's order; the last describe edits the site itself and builds it again, incrementally.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebVTTParser } from 'webvtt-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cueParts } from '../../src/lib/essay-body/cue-ids.ts';
import { decodeMp3 } from '../support/decode-mp3.ts';
import { createFixtureSite, removeFixtureSite, runInSite, type RunResult } from '../support/fixture-site.ts';

const essay = (title: string, body: string): string =>
  `---\ntitle: ${title}\ndate: 2026-03-18\ncategory: Listening\ndescription: An essay for the narration tests.\n---\n\n${body}`;

const SHORT = essay(
  'A Short Essay',
  `## Why listen

Listening to an essay is a different act from reading it. In 2026, 42% of us did so.[^a]

- The ear forgives.
- The eye skims.

> A quotation, read in the middle.

The last paragraph ends here.

[^a]: A footnote, read at the end.
`,
);
const OTHER = essay('Another Essay', 'A second essay, so that editing one can be seen to leave the other alone.\n');

const sites: string[] = [];
afterAll(() => sites.forEach(removeFixtureSite));

/** Narrated and built once, where it stands; the edits below change it and build again, incrementally. */
let site: string;
/** A copy of it as first built, which nothing changes: every other test works on a copy of this. */
let pristine: string;
let firstBuild: RunResult;

/** `npm run build`: narrate, then the one Astro build. */
async function build(dir: string): Promise<{ narrate: RunResult; astro: RunResult }> {
  const narrate = await runInSite(dir, 'node', ['scripts/narrate.ts']);
  expect(narrate.code, narrate.output).toBe(0);
  const astro = await runInSite(dir, 'astro', ['build']);
  return { narrate, astro };
}

/** A copy of a narrated and built site, with its own caches (Astro's incremental cache is keyed by the site's path). */
function copyOf(from: string): string {
  const dir = createFixtureSite({});
  sites.push(dir);
  for (const name of ['content', 'dist', '.cache']) cpSync(join(from, name), join(dir, name), { recursive: true });
  return dir;
}
const copyOfSite = (): string => copyOf(pristine);

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd,
    encoding: 'utf8',
  });

/** The site as an essayist commits it, cloned beside a fresh node_modules of links: no build cache, as on a host. */
function cleanCloneOf(dir: string): string {
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\ndist/\n.cache/\n.astro/\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'An essayist commits the site with its narration');
  const packages = createFixtureSite({});
  sites.push(packages);
  const clone = `${packages}-clone`;
  sites.push(clone);
  git(dir, 'clone', '-q', dir, clone);
  renameSync(join(packages, 'node_modules'), join(clone, 'node_modules'));
  return clone;
}

beforeAll(async () => {
  site = createFixtureSite({ 'content/essays/short.mdx': SHORT, 'content/essays/other.mdx': OTHER });
  sites.push(site);
  ({ astro: firstBuild } = await build(site));
  expect(firstBuild.code, firstBuild.output).toBe(0);
  pristine = copyOf(site);
}, 300_000);

const kept = (dir: string, file: string): string => join(dir, 'content/narration', file);
const edit = (dir: string, from: string, to: string): void => {
  const path = join(dir, 'content/essays/short.mdx');
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};
const pageIds = (dir: string, slug: string): string[] =>
  [...readFileSync(join(dir, 'dist/essays', slug, 'index.html'), 'utf8').matchAll(/data-say="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
/** The pages Astro rendered in a build, as opposed to those it restored from the last build. */
const rendered = (output: string): string[] => [...output.matchAll(/├─ (\S+) \(\+\d+ms\)/g)].map((m) => m[1] ?? '');
const restored = (output: string): string[] => [...output.matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1] ?? '');

describe('a narrated site', () => {
  test('publishes an MP3, WebVTT cues named by the page ids and their sentences, and a manifest, kept in content/narration', async () => {
    const mp3 = readFileSync(join(pristine, 'dist/narration/short.mp3'));
    const manifest = JSON.parse(readFileSync(join(pristine, 'dist/narration/short.json'), 'utf8'));
    const vtt = new WebVTTParser().parse(readFileSync(join(pristine, 'dist/narration/short.vtt'), 'utf8'), 'metadata');
    expect(mp3.equals(readFileSync(kept(pristine, 'short.mp3')))).toBe(true);

    expect(vtt.errors).toEqual([]);
    // One cue per sentence, named <block>/<sentence>: the blocks in order are the page's ids and the manifest's.
    const blocks = vtt.cues.map((c) => cueParts(c.id).block).filter((id, i, ids) => id !== ids[i - 1]);
    expect(blocks).toEqual(pageIds(pristine, 'short'));
    expect(blocks).toEqual(manifest.cues.map((c: { id: string }) => c.id));
    expect(vtt.cues.length).toBeGreaterThan(blocks.length);
    expect(vtt.cues.at(-1)?.text).toBe('Footnote 1. A footnote, read at the end.');
    const { samples, sampleRate } = await decodeMp3(mp3);
    // A real decoder plays exactly the duration the manifest (and so the player) states.
    expect(Math.abs(samples.length / sampleRate - manifest.durationSeconds)).toBeLessThan(0.001);
    expect(manifest.bytes).toBe(mp3.byteLength);
    for (const [i, cue] of vtt.cues.entries()) {
      expect(cue.endTime).toBeGreaterThan(cue.startTime);
      if (i > 0) expect(cue.startTime).toBeGreaterThanOrEqual(vtt.cues[i - 1]?.endTime ?? 0);
    }
    const page = readFileSync(join(pristine, 'dist/essays/short/index.html'), 'utf8');
    expect(page).toContain('Press play to hear Loki read this essay');
    expect(page).toContain('/narration/short.mp3');
  });

  test("a normal build's log has no warning lines", () => {
    expect(firstBuild.output.split('\n').filter((line) => /warn/i.test(line))).toEqual([]);
  });

  test('a second run finds every narration current by its fingerprints: it renders nothing and rewrites nothing', async () => {
    const dir = copyOfSite();
    const before = readdirSync(join(dir, 'content/narration')).map((f) => [f, statSync(kept(dir, f)).mtimeMs]);
    const rerun = await runInSite(dir, 'node', ['scripts/narrate.ts']);
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.output).toContain('narrate: 2 of 2 narrations current by their fingerprints');
    expect(rerun.output).not.toContain('rendering');
    expect(readdirSync(join(dir, 'content/narration')).map((f) => [f, statSync(kept(dir, f)).mtimeMs])).toEqual(before);
  });

  test('a narration whose spoken text differs (the normalisation changed) is made again, though the page is the same', async () => {
    const dir = copyOfSite();
    const path = kept(dir, 'short.json');
    writeFileSync(
      path,
      JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), speechKey: 'spoken by an older normaliser' }),
    );
    // A change to the normalisation is a change to the pipeline's code, which its fingerprint records.
    rmSync(kept(dir, 'pipeline.fingerprint'));
    const rerun = await runInSite(dir, 'node', ['scripts/narrate.ts']);
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.output).toContain('rendering 2 to compare');
    expect(rerun.output).toContain('short: narrating with flite (rms), because what the voice is given to say changed');
    expect(rerun.output).not.toContain('other: narrating');
  });

  test('a new lexicon entry: --check names only the essay that says the word, and narrating makes only its block again', async () => {
    const dir = copyOfSite();
    writeFileSync(join(dir, 'content/pronunciations.yml'), 'quotation: kwoh-TAY-shun\n');
    const check = await runInSite(dir, 'node', ['scripts/narrate.ts', '--check']);
    expect(check.code, check.output).toBe(1);
    expect(check.output).toContain(
      'content/essays/short.mdx: its narration is not current: the pronunciations changed; run "npm run narrate short"',
    );
    expect(check.output).not.toContain('other.mdx');

    // Its manifest may record the new lexicon among its inputs; its audio must not change.
    const otherMp3 = readFileSync(kept(dir, 'other.mp3'));
    const rerun = await runInSite(dir, 'node', ['scripts/narrate.ts']);
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.output).toContain('short: narrating with flite (rms), because the pronunciations changed');
    // The quotation is one block of the essay's eight: the others come from the cache.
    expect(rerun.output).toMatch(/short: 1\/1 sentences synthesized, \d+ cached/);
    expect(rerun.output).not.toContain('other: narrating');
    expect(readFileSync(kept(dir, 'other.mp3')).equals(otherMp3)).toBe(true);
    expect(readFileSync(kept(dir, 'short.vtt'), 'utf8')).toContain('A quotation, read in the middle.');
  });

  test('--check passes on a current site, and fails naming the essay whose MP3 was deleted, synthesizing nothing', async () => {
    const dir = copyOfSite();
    const current = await runInSite(dir, 'node', ['scripts/narrate.ts', '--check']);
    expect(current.code, current.output).toBe(0);
    expect(current.output).toContain('narrate --check: 2 of 2 narrations current');

    rmSync(kept(dir, 'other.mp3'));
    const deleted = await runInSite(dir, 'node', ['scripts/narrate.ts', '--check']);
    expect(deleted.code, deleted.output).toBe(1);
    expect(deleted.output).toContain(
      'content/essays/other.mdx: its narration is not current: its MP3 (content/narration/other.mp3) is missing',
    );
    expect(deleted.output).not.toContain('short.mdx');
    expect(deleted.output).not.toContain('synthesized');
  });
});

/** The whole dist/ of a site, file by file. */
const snapshot = (dir: string): Map<string, Buffer> =>
  new Map(
    readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, 'dist', f)).isFile())
      .sort()
      .map((f) => [f, readFileSync(join(dir, 'dist', f))]),
  );

// An author's session on the site built where it stands, so each build after the first is incremental: edit a
// paragraph, check, build without narrating (refused), build; then edit the title and build; then commit it and build
// a clean clone, the cold build to compare. One site carries it all, as warm copies would each cost a full build more.
describe('an essay edited after the site was built', () => {
  let otherManifest: Buffer;
  let check: RunResult;
  let stale: RunResult;
  let bodyEdit: { narrate: RunResult; astro: RunResult };
  let titleEdit: { narrate: RunResult; astro: RunResult };
  let incremental: Map<string, Buffer>;
  let clone: string;
  let cold: { narrate: RunResult; astro: RunResult };

  // Five builds and two narrations: minutes on a loaded 2-core machine.
  beforeAll(async () => {
    otherManifest = readFileSync(kept(site, 'other.json'));
    edit(site, 'The last paragraph ends here.', 'The last paragraph now ends differently.');
    check = await runInSite(site, 'node', ['scripts/narrate.ts', '--check']);
    stale = await runInSite(site, 'astro', ['build']);
    bodyEdit = await build(site);
    expect(bodyEdit.astro.code, bodyEdit.astro.output).toBe(0);

    edit(site, 'title: A Short Essay', 'title: A Shorter Essay');
    titleEdit = await build(site);
    expect(titleEdit.astro.code, titleEdit.astro.output).toBe(0);
    incremental = snapshot(site);

    clone = cleanCloneOf(site);
    cold = await build(clone);
    expect(cold.astro.code, cold.astro.output).toBe(0);
  }, 600_000);

  test('--check fails naming that essay, and no other, synthesizing nothing', () => {
    expect(check.code, check.output).toBe(1);
    expect(check.output).toContain(
      'content/essays/short.mdx: its narration is not current: its text changed; run "npm run narrate short"',
    );
    expect(check.output).not.toContain('other.mdx');
    expect(check.output).not.toContain('synthesized');
  });

  test('a stale narration fails the build instead of being served', () => {
    expect(stale.code, stale.output).not.toBe(0);
    expect(stale.output).toContain(
      'content/essays/short.mdx: the generated narration is missing or no longer matches the essay; run "npm run narrate short"',
    );
  });

  test('narrating again re-renders and re-narrates that essay, and no other, and only the block that changed', () => {
    const { narrate, astro } = bodyEdit;
    expect(narrate.output).toContain('1 of 2 narrations current by their fingerprints; rendering 1 to compare');
    expect(narrate.output).toMatch(/\[1\/1\] short: narrating with flite \(rms\), because its text changed/);
    expect(narrate.output).toMatch(/short: 1\/1 sentences synthesized, \d+ cached/);
    expect(rendered(astro.output)).toContain('/essays/short/index.html');
    expect(restored(astro.output)).toContain('/essays/other/index.html');
  });

  test("leaves the other essay's kept narration untouched, and publishes the edited text's cues", () => {
    expect(readFileSync(kept(site, 'other.json')).equals(otherManifest)).toBe(true);
    expect(incremental.get('narration/short.vtt')?.toString()).toContain('The last paragraph now ends differently.');
  });

  test('a new title re-renders every page that shows it: the essay, the home and category pages, and its neighbour', () => {
    // The other essay's page shows the title in its link to the next or previous essay.
    expect(rendered(titleEdit.astro.output)).toEqual(
      expect.arrayContaining([
        '/essays/short/index.html',
        '/essays/other/index.html',
        '/index.html',
        '/category/listening/index.html',
      ]),
    );
    expect(incremental.get('index.html')?.toString()).toContain('A Shorter Essay');
    expect(incremental.get('essays/other/index.html')?.toString()).toContain('A Shorter Essay');
  });

  test('a clean clone of the site with its committed narration builds without synthesizing, and leaves git clean', () => {
    expect(cold.narrate.output).toContain('narrate: 2 of 2 narrations current by their fingerprints');
    expect(existsSync(join(clone, '.cache/narration/blocks')), 'nothing was synthesized into the block cache').toBe(
      false,
    );
    expect(readFileSync(join(clone, 'dist/narration/short.mp3')).equals(readFileSync(kept(site, 'short.mp3')))).toBe(
      true,
    );
    expect(git(clone, 'status', '--porcelain')).toBe('');
  });

  test('the incremental builds wrote the same dist/ as the cold build of a clean clone, byte for byte', () => {
    expect(restored(cold.astro.output)).toEqual([]);
    const afterCold = snapshot(clone);
    expect([...incremental.keys()]).toEqual([...afterCold.keys()]);
    const differing = [...afterCold]
      .filter(([file, bytes]) => !incremental.get(file)?.equals(bytes))
      .map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
