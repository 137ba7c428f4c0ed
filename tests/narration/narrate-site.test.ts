// Narration end to end, on throwaway sites: the real speech engine, the real MP3 encoder, the real builds.
// One site is narrated and built once; every test works on its own copy, so no test depends on another's order.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebVTTParser } from 'webvtt-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

let template: string;
let firstBuild: RunResult;

/** `npm run build`: narrate, then the one Astro build. */
async function build(dir: string): Promise<{ narrate: RunResult; astro: RunResult }> {
  const narrate = await runInSite(dir, 'node', ['scripts/narrate.ts']);
  expect(narrate.code, narrate.output).toBe(0);
  const astro = await runInSite(dir, 'astro', ['build']);
  return { narrate, astro };
}

beforeAll(async () => {
  template = createFixtureSite({ 'content/essays/short.mdx': SHORT, 'content/essays/other.mdx': OTHER });
  sites.push(template);
  ({ astro: firstBuild } = await build(template));
  expect(firstBuild.code, firstBuild.output).toBe(0);
}, 300_000);

/** A copy of the narrated and built site, with its own caches (Astro's incremental cache is keyed by the site's path). */
function copyOfSite(): string {
  const dir = createFixtureSite({});
  sites.push(dir);
  for (const name of ['content', 'dist', '.cache']) cpSync(join(template, name), join(dir, name), { recursive: true });
  return dir;
}

/** A copy built once where it stands, so that its next build is an incremental one. */
async function builtCopyOfSite(): Promise<string> {
  const dir = copyOfSite();
  const warm = await runInSite(dir, 'astro', ['build']);
  expect(warm.code, warm.output).toBe(0);
  return dir;
}

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
  test('publishes an MP3, WebVTT cues named by the page ids, and a manifest, kept in content/narration', async () => {
    const mp3 = readFileSync(join(template, 'dist/narration/short.mp3'));
    const manifest = JSON.parse(readFileSync(join(template, 'dist/narration/short.json'), 'utf8'));
    const vtt = new WebVTTParser().parse(readFileSync(join(template, 'dist/narration/short.vtt'), 'utf8'), 'metadata');
    expect(mp3.equals(readFileSync(kept(template, 'short.mp3')))).toBe(true);

    expect(vtt.errors).toEqual([]);
    expect(vtt.cues.map((c) => c.id)).toEqual(pageIds(template, 'short'));
    expect(vtt.cues.map((c) => c.id)).toEqual(manifest.cues.map((c: { id: string }) => c.id));
    expect(vtt.cues.at(-1)?.text).toBe('Footnote 1. A footnote, read at the end.');
    const { samples, sampleRate } = await decodeMp3(mp3);
    // A real decoder plays exactly the duration the manifest (and so the player) states.
    expect(Math.abs(samples.length / sampleRate - manifest.durationSeconds)).toBeLessThan(0.001);
    expect(manifest.bytes).toBe(mp3.byteLength);
    for (const [i, cue] of vtt.cues.entries()) {
      expect(cue.endTime).toBeGreaterThan(cue.startTime);
      if (i > 0) expect(cue.startTime).toBeGreaterThanOrEqual(vtt.cues[i - 1]?.endTime ?? 0);
    }
    const page = readFileSync(join(template, 'dist/essays/short/index.html'), 'utf8');
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

  test('editing one essay re-renders and re-narrates that essay, and no other, and only the block that changed', async () => {
    const dir = await builtCopyOfSite();
    const other = readFileSync(kept(dir, 'other.json'));
    edit(dir, 'The last paragraph ends here.', 'The last paragraph now ends differently.');
    const { narrate, astro } = await build(dir);
    expect(narrate.output).toContain('1 of 2 narrations current by their fingerprints; rendering 1 to compare');
    expect(narrate.output).toMatch(/\[1\/1\] short: narrating with flite \(rms\), because its text changed/);
    expect(narrate.output).toMatch(/short: 1\/1 blocks synthesized, \d+ cached/);
    expect(readFileSync(kept(dir, 'other.json')).equals(other)).toBe(true);
    expect(astro.code, astro.output).toBe(0);
    expect(rendered(astro.output)).toContain('/essays/short/index.html');
    expect(restored(astro.output)).toContain('/essays/other/index.html');
    expect(readFileSync(join(dir, 'dist/narration/short.vtt'), 'utf8')).toContain(
      'The last paragraph now ends differently.',
    );
  });

  test('a stale narration fails the build instead of being served', async () => {
    const dir = copyOfSite();
    edit(dir, 'The ear forgives.', 'The ear forgives much.');
    const astro = await runInSite(dir, 'astro', ['build']);
    expect(astro.code, astro.output).not.toBe(0);
    expect(astro.output).toContain(
      'content/essays/short.mdx: the generated narration is missing or no longer matches the essay; run "npm run narrate short"',
    );
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

  test('--check passes on a current site, and fails naming the essay after an edit or a deleted MP3, synthesizing nothing', async () => {
    const dir = copyOfSite();
    const current = await runInSite(dir, 'node', ['scripts/narrate.ts', '--check']);
    expect(current.code, current.output).toBe(0);
    expect(current.output).toContain('narrate --check: 2 of 2 narrations current');

    edit(dir, 'The eye skims.', 'The eye skims and skips.');
    const edited = await runInSite(dir, 'node', ['scripts/narrate.ts', '--check']);
    expect(edited.code, edited.output).toBe(1);
    expect(edited.output).toContain(
      'content/essays/short.mdx: its narration is not current: its text changed; run "npm run narrate short"',
    );
    expect(edited.output).not.toContain('other.mdx');
    expect(edited.output).not.toContain('synthesized');

    edit(dir, 'The eye skims and skips.', 'The eye skims.');
    rmSync(kept(dir, 'other.mp3'));
    const deleted = await runInSite(dir, 'node', ['scripts/narrate.ts', '--check']);
    expect(deleted.code, deleted.output).toBe(1);
    expect(deleted.output).toContain(
      'content/essays/other.mdx: its narration is not current: its MP3 (content/narration/other.mp3) is missing',
    );
    expect(deleted.output).not.toContain('short.mdx');
  });

  // Three full builds (warm, incremental, cold): 121 s with the machine's load at 15, past the default ceiling.
  test('an incremental rebuild writes the same dist/ as a cold build, byte for byte', async () => {
    const dir = await builtCopyOfSite();
    edit(dir, 'title: A Short Essay', 'title: A Shorter Essay');
    const incremental = await build(dir);
    expect(incremental.astro.code, incremental.astro.output).toBe(0);
    // The new title shows on the essay page, the home page, the category page and on the other essay's page, in its
    // link to the next or previous essay, so none of them is restored.
    expect(rendered(incremental.astro.output)).toEqual(
      expect.arrayContaining([
        '/essays/short/index.html',
        '/essays/other/index.html',
        '/index.html',
        '/category/listening/index.html',
      ]),
    );
    const snapshot = (): Map<string, Buffer> =>
      new Map(
        readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
          .filter((f) => statSync(join(dir, 'dist', f)).isFile())
          .sort()
          .map((f) => [f, readFileSync(join(dir, 'dist', f))]),
      );
    const afterIncremental = snapshot();
    expect(afterIncremental.get('index.html')?.toString()).toContain('A Shorter Essay');
    expect(afterIncremental.get('essays/other/index.html')?.toString()).toContain('A Shorter Essay');

    rmSync(join(dir, 'dist'), { recursive: true });
    rmSync(join(dir, 'node_modules/.astro'), { recursive: true });
    const cold = await runInSite(dir, 'astro', ['build']);
    expect(cold.code, cold.output).toBe(0);
    expect(restored(cold.output)).toEqual([]);
    const afterCold = snapshot();
    expect([...afterIncremental.keys()]).toEqual([...afterCold.keys()]);
    const differing = [...afterCold]
      .filter(([file, bytes]) => !afterIncremental.get(file)?.equals(bytes))
      .map(([file]) => file);
    expect(differing).toEqual([]);
  }, 300_000);

  test('a clean clone of a site with committed narration builds without synthesizing, ships the same MP3s, and leaves git clean', async () => {
    const origin = copyOfSite();
    rmSync(join(origin, 'dist'), { recursive: true });
    writeFileSync(join(origin, '.gitignore'), 'node_modules/\ndist/\n.cache/\n.astro/\n');
    const git = (cwd: string, ...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
        cwd,
        encoding: 'utf8',
      });
    git(origin, 'init', '-q');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'An essayist commits the site with its narration');

    // A fresh node_modules of links to the packages, with no build cache: as on a host that installs and builds.
    const packages = createFixtureSite({});
    sites.push(packages);
    const clone = `${packages}-clone`;
    sites.push(clone);
    git(origin, 'clone', '-q', origin, clone);
    renameSync(join(packages, 'node_modules'), join(clone, 'node_modules'));
    const { narrate, astro } = await build(clone);
    expect(astro.code, astro.output).toBe(0);
    expect(narrate.output).toContain('narrate: 2 of 2 narrations current by their fingerprints');
    expect(existsSync(join(clone, '.cache/narration/blocks')), 'nothing was synthesized into the block cache').toBe(
      false,
    );
    expect(
      readFileSync(join(clone, 'dist/narration/short.mp3')).equals(readFileSync(kept(template, 'short.mp3'))),
    ).toBe(true);
    expect(git(clone, 'status', '--porcelain')).toBe('');
  });
});
