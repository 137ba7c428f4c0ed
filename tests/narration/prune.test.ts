// `narrate --prune`: the block cache only grows otherwise (each edit leaves its old paragraph's audio behind).
// The silence engine makes the narration in no time; the cache keys and files are the real ones.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TEST_ENGINES_ON } from '../../src/lib/site/build-flags.ts';
import { createFixtureSite, removeFixtureSite, runInSite, type RunResult } from '../support/fixture-site.ts';

const CONFIG = readFileSync(join(import.meta.dirname, '../../src/site.config.ts'), 'utf8');
const SILENT = CONFIG.replace("engine: 'flite',\n    voice: 'rms',", "engine: 'silence',\n    voice: 'none',");
const essay = (last: string): string =>
  `---\ntitle: Kept Short\ndate: 2026-03-18\ncategory: Listening\ndescription: An essay to prune the cache of.\n---\n\nThe first paragraph stays as it is.\n\nThe second paragraph stays too.\n\n${last}\n`;

let dir: string;
let beforeEdit: Set<string>;
let afterEdit: Set<string>;
let afterPrune: Set<string>;
let framesAfterEdit: Set<string>;
let framesAfterPrune: Set<string>;
let framesRenarrated: Set<string>;
let pruned: RunResult;
let renarrated: RunResult;

const blocks = (): Set<string> => new Set(readdirSync(join(dir, '.cache/narration/blocks')));
const frames = (): Set<string> => new Set(readdirSync(join(dir, '.cache/narration/frames')));
const narrate = async (...args: string[]): Promise<RunResult> => {
  const run = await runInSite(dir, 'node', ['scripts/narrate.ts', ...args], TEST_ENGINES_ON);
  expect(run.code, run.output).toBe(0);
  return run;
};

beforeAll(async () => {
  expect(SILENT).not.toBe(CONFIG);
  dir = createFixtureSite({
    'src/site.config.ts': SILENT,
    'content/essays/kept-short.mdx': essay('The last paragraph, as first written.'),
  });
  await narrate();
  beforeEdit = blocks();
  writeFileSync(join(dir, 'content/essays/kept-short.mdx'), essay('The last paragraph, rewritten since.'));
  await narrate();
  afterEdit = blocks();
  framesAfterEdit = frames();
  pruned = await narrate('--prune');
  afterPrune = blocks();
  framesAfterPrune = frames();
  // Made again from the cache alone: every block the essay says must have been kept.
  rmSync(join(dir, 'content/narration/kept-short.mp3'));
  renarrated = await narrate();
  framesRenarrated = frames();
}, 300_000);
afterAll(() => removeFixtureSite(dir));

test('an edit leaves the old paragraph in the cache', () => {
  expect(afterEdit.size).toBe(beforeEdit.size + 1);
});

test('--prune removes exactly the block no current essay says, and says what it freed', () => {
  const removed = [...afterEdit].filter((name) => !afterPrune.has(name));
  expect(removed).toHaveLength(1);
  expect(beforeEdit.has(removed[0] ?? '')).toBe(true);
  expect(pruned.output).toMatch(
    /narrate --prune: removed 1 cached sentences and 1 encoded blocks that no current essay uses, freeing \d+\.\d KiB/,
  );
});

test("--prune removes the edited block's old frames and keeps the others, which narrating again reuses", () => {
  const removed = [...framesAfterEdit].filter((name) => !framesAfterPrune.has(name));
  expect(removed).toHaveLength(1);
  expect(framesAfterPrune.size).toBe(3);
  expect(framesRenarrated).toEqual(framesAfterPrune);
});

test('what --prune keeps is all the essay needs: narrating it again synthesizes nothing', () => {
  expect(renarrated.output).toMatch(/0\/0 sentences synthesized, \d+ cached/);
});
