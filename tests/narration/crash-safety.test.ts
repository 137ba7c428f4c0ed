// A narration run killed at any point leaves every kept file whole and consistent with its manifest, or absent,
// and the next run completes: SIGKILL at 8 points spread over synthesis, encoding and writing, and 4 more aimed at
// the moment the MP3, the cues and the manifest are being rewritten.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WebVTTParser } from 'webvtt-parser';
import { afterAll, expect, test } from 'vitest';
import { decodeMp3 } from '../support/decode-mp3.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SLUG = 'long';
const dir = mkdtempSync(join(tmpdir(), 'lectern-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const blocks = Array.from({ length: 4 }, (_, i) => ({
  id: `p-${i}`,
  kind: 'paragraph',
  text: `Paragraph number ${i + 1} of a longer essay, long enough to take a while to say aloud.`,
}));
writeFileSync(join(dir, 'blocks.json'), JSON.stringify(blocks));
const keptDir = join(dir, 'content/narration');
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

interface Run {
  signal: NodeJS.Signals | null;
  code: number | null;
  ms: number;
}

/** Runs the pipeline, killing it after `killAfterMs`, or when `killOn` returns true for a file event in the kept folder. */
function narrate(killAfterMs?: number, killOn?: (file: string) => boolean): Promise<Run> {
  const started = performance.now();
  const child = spawn(
    join(ROOT, 'node_modules/.bin/node'),
    [join(ROOT, 'tests/support/narrate-blocks.ts'), 'blocks.json', SLUG],
    { cwd: dir, stdio: 'ignore' },
  );
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  const watcher =
    killOn &&
    watch(keptDir, (_event, file) => {
      if (file && killOn(file)) child.kill('SIGKILL');
    });
  return new Promise((done) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      done({ code, signal, ms: performance.now() - started });
    }),
  );
}

/** Every kept file is whole; a manifest, if there is one, describes exactly the MP3 and cues beside it. */
async function expectWholeAndConsistent(): Promise<void> {
  const files = existsSync(keptDir) ? readdirSync(keptDir).filter((f) => !f.endsWith('.partial')) : [];
  expect(
    files.every((f) => [`${SLUG}.mp3`, `${SLUG}.vtt`, `${SLUG}.json`].includes(f)),
    files.join(', '),
  ).toBe(true);
  const read = (kind: string): Buffer | undefined =>
    files.includes(`${SLUG}.${kind}`) ? readFileSync(join(keptDir, `${SLUG}.${kind}`)) : undefined;
  const [mp3, vtt, json] = [read('mp3'), read('vtt'), read('json')];
  if (mp3) await decodeMp3(mp3);
  if (vtt) expect(new WebVTTParser().parse(vtt.toString('utf8'), 'metadata').errors).toEqual([]);
  if (json) {
    const manifest = JSON.parse(json.toString('utf8'));
    expect(mp3 && sha256(mp3)).toBe(manifest.hash);
    expect(vtt && sha256(vtt)).toBe(manifest.cuesHash);
  }
}

/** A fixed sequence in CI, so a failure can be replayed; fresh points on every local run. */
function randomPoints(count: number): number[] {
  let seed = process.env.CI ? 20_261_202 : Date.now() % 2 ** 31;
  console.log(`crash-safety: kill points from seed ${seed}`);
  return Array.from({ length: count }, () => {
    // >>> 0: Math.imul can be negative, and a negative point killed the run before it had read its input.
    seed = ((Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) % 2 ** 31;
    return seed / 2 ** 31;
  });
}

test('a narration run killed at any point leaves each file whole and consistent with its manifest, or absent, and the next run completes', async () => {
  const cold = await narrate();
  expect(cold.code).toBe(0);
  const warm = await narrate();
  expect(warm.code).toBe(0);
  await expectWholeAndConsistent();

  let killed = 0;
  for (const [i, point] of randomPoints(8).entries()) {
    // Every fourth run starts with no cached blocks, so the kill points cover synthesis as well as encoding and writing.
    const synthesizing = i % 4 === 0;
    if (synthesizing) rmSync(join(dir, '.cache'), { recursive: true, force: true });
    const run = await narrate(point * (synthesizing ? cold.ms : warm.ms));
    if (run.signal === 'SIGKILL') killed++;
    await expectWholeAndConsistent();
  }
  // An unchanged narration is not rewritten, so each aimed run gets one block changed (its MP3, cues and manifest all
  // change) and is killed at its first write to the kept folder; it was killed mid-write unless its manifest is whole.
  let midWrite = 0;
  for (const n of [1, 2, 3, 4]) {
    const revised = blocks.map((b, i) => (i === n - 1 ? { ...b, text: `${b.text} Revision ${n}.` } : b));
    writeFileSync(join(dir, 'blocks.json'), JSON.stringify(revised));
    const run = await narrate(undefined, () => true);
    if (run.signal === 'SIGKILL') killed++;
    await expectWholeAndConsistent();
    const finished =
      existsSync(join(keptDir, `${SLUG}.json`)) &&
      readFileSync(join(keptDir, `${SLUG}.vtt`), 'utf8').includes(`Revision ${n}.`);
    if (run.signal === 'SIGKILL' && !finished) midWrite++;
  }
  // Most runs must really have been interrupted, and most aimed ones while writing, or the test proves nothing.
  expect(killed).toBeGreaterThanOrEqual(9);
  expect(midWrite).toBeGreaterThanOrEqual(3);

  const last = await narrate();
  expect(last.code).toBe(0);
  await expectWholeAndConsistent();
  const manifest = JSON.parse(readFileSync(join(keptDir, `${SLUG}.json`), 'utf8'));
  const { samples, sampleRate } = await decodeMp3(readFileSync(join(keptDir, `${SLUG}.mp3`)));
  expect(Math.abs(samples.length / sampleRate - manifest.durationSeconds)).toBeLessThan(0.001);
  expect(manifest.cues).toHaveLength(blocks.length);
}, 600_000);
