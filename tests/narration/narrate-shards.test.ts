// `narrate --shard k/n` across CI runners: two shards, each in its own copy of one checkout, narrate their parts; their
// content/narration/ copied over the base must be the very files one unsharded run makes, and pass --check.
// The silence engine makes the audio in no time; three pre-pass builds (one run, two shards) are the cost.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TEST_ENGINES_ON } from '../../src/lib/site/build-flags.ts';
import { createFixtureSite, removeFixtureSite, runInSite, type RunResult } from '../support/fixture-site.ts';

const CONFIG = readFileSync(join(import.meta.dirname, '../../src/site.config.ts'), 'utf8');
const SILENT = CONFIG.replace("engine: 'flite',\n    voice: 'rms',", "engine: 'silence',\n    voice: 'none',");
const essay = (title: string, paragraphs: number): string =>
  `---\ntitle: ${title}\ndate: 2026-03-18\ncategory: Listening\ndescription: An essay to narrate in parts.\n---\n\n${Array.from(
    { length: paragraphs },
    (_, n) => `Paragraph ${n + 1} of ${title}, said at its own length.`,
  ).join('\n\n')}\n`;
// By words, the long essay is one shard's part, and the two shorter ones the other's.
const SITE = {
  'src/site.config.ts': SILENT,
  'content/essays/long.mdx': essay('The Long One', 12),
  'content/essays/middle.mdx': essay('The Middle One', 7),
  'content/essays/short.mdx': essay('The Short One', 4),
};

const sites: string[] = [];
const site = (): string => {
  const dir = createFixtureSite(SITE);
  sites.push(dir);
  return dir;
};
afterAll(() => sites.forEach(removeFixtureSite));

const narrate = (dir: string, ...args: string[]): Promise<RunResult> =>
  runInSite(dir, 'node', ['scripts/narrate.ts', ...args], TEST_ENGINES_ON);
/** Every file under content/narration/, by its path there. */
const kept = (dir: string): Map<string, Buffer> => {
  const root = join(dir, 'content/narration');
  if (!existsSync(root)) return new Map();
  return new Map(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(root, f)).isFile())
      .sort()
      .map((f) => [f, readFileSync(join(root, f))]),
  );
};

let whole: string;
let merged: string;
let unsharded: RunResult;
let shards: RunResult[];
let check: RunResult;

beforeAll(async () => {
  expect(SILENT).not.toBe(CONFIG);
  whole = site();
  unsharded = await narrate(whole);
  expect(unsharded.code, unsharded.output).toBe(0);
  // One at a time: the machine's cores are shared; on CI each is a runner of its own.
  shards = [];
  const runners = [site(), site()];
  for (const [i, runner] of runners.entries()) shards.push(await narrate(runner, '--shard', `${i + 1}/2`));
  // The final job: each shard's new files over the base checkout, a plain copy.
  merged = site();
  for (const runner of runners) {
    for (const [file, bytes] of kept(runner)) expect(kept(merged).get(file)?.equals(bytes) ?? true).toBe(true);
    cpSync(join(runner, 'content/narration'), join(merged, 'content/narration'), { recursive: true });
  }
  check = await narrate(merged, '--check');
}, 600_000);

test('each shard narrates its own part, balanced by words, and the parts together are every essay', () => {
  for (const shard of shards) expect(shard.code, shard.output).toBe(0);
  const [first = '', second = ''] = shards.map((s) => s.output);
  expect(first).toMatch(/narrate --shard 1\/2: 1 of the 3 essays to render, [\d,]+ of [\d,]+ words/);
  expect(first).toContain('[1/1] long: narrating');
  expect(second).toMatch(/narrate --shard 2\/2: 2 of the 3 essays to render/);
  expect(second).toContain('[1/2] middle: narrating');
  expect(second).toContain('[2/2] short: narrating');
  expect(`${first}${second}`).not.toMatch(/long: narrating[\s\S]*long: narrating/);
});

test("the shards' content/narration merged is byte for byte what one unsharded run makes, and --check passes", () => {
  const one = kept(whole);
  const parts = kept(merged);
  expect([...parts.keys()]).toEqual([...one.keys()]);
  expect([...one.keys()]).toContain('pipeline.fingerprint');
  expect([...parts].filter(([file, bytes]) => !one.get(file)?.equals(bytes)).map(([file]) => file)).toEqual([]);
  expect(check.code, check.output).toBe(0);
  expect(check.output).toContain('narrate --check: 3 of 3 narrations current');
});

test('a shard with nothing to narrate exits 0 saying so; a wrong shard, or one with --check, is refused', async () => {
  const empty = await narrate(merged, '--shard', '2/2');
  expect(empty.code, empty.output).toBe(0);
  expect(empty.output).toContain('narrate --shard 2/2: nothing to narrate in this part');
  const wrong = await narrate(merged, '--shard', '3/2');
  expect(wrong.code).toBe(1);
  expect(wrong.output).toContain('narrate: --shard 3/2: parts count from 1, so k must be between 1 and 2, not 3');
  const checked = await narrate(merged, '--shard', '1/2', '--check');
  expect(checked.code).toBe(1);
  expect(checked.output).toContain('cannot be combined with --check');
  expect(kept(merged)).toEqual(kept(whole));
  // One essay to render is one part's, and the other part says where it went, rendering nothing.
  rmSync(join(merged, 'content/narration/short.mp3'));
  const other = await narrate(merged, '--shard', '2/2');
  expect(other.code, other.output).toBe(0);
  expect(other.output).toContain(
    'narrate --shard 2/2: nothing to narrate in this part: the 1 essay to render is in another part',
  );
});
