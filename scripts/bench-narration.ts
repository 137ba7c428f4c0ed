// Measures narration of the longest sample essay, each figure the median of --runs runs (3 by default): wall clock per
// second of audio from a clean block cache, by stage; rebuilds; MP3 size; cue accuracy; intelligibility.
// Run: npm run bench:narration [-- --runs 3] [--no-intelligibility (skips the 3-minute recognition, for speed work)]   Needs ffmpeg, chromium and pocketsphinx, as the benches it reuses do.
// It works in a throwaway copy of the site, so the real .cache is never touched.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { chromium } from 'playwright-core';
import type { SpokenBlock } from '../src/lib/essay-body/spoken-blocks.ts';
import { assembleNarration, type AssembledNarration } from '../src/narration/audio/assemble.ts';
import { readCachedBlock } from '../src/narration/pipeline/block-cache.ts';
import { essayNarrationPath, NARRATION_CACHE, type NarrationManifest } from '../src/narration/pipeline/manifest.ts';
import { encodeMp3 } from '../src/narration/audio/mp3.ts';
import { sentencesOf } from '../src/lib/essay-body/sentences.ts';
import {
  narrateEssay,
  spokenSentences,
  synthesisVoiceFor,
  type SynthesisVoice,
} from '../src/narration/pipeline/narrate-essay.ts';
import { essaysToNarrate, type EssayToNarrate } from '../src/narration/pipeline/prepass.ts';
import { ESSAYS_DIR } from '../src/narration/pipeline/plan.ts';
import { essayFingerprint } from '../src/narration/pipeline/render-inputs.ts';
import { SITE } from '../src/site.config.ts';
import { createFixtureSite, removeFixtureSite } from '../tests/support/fixture-site.ts';
import { chromiumDecoder, cueErrorsMs, ffmpeg } from './measure/cue-errors.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const ESSAY = 'what-the-ear-forgives';
const ROOT = resolve(import.meta.dirname, '..');
const run = promisify(execFile);

type Figures = Record<string, number>;

const seconds = (since: number): number => (performance.now() - since) / 1000;
const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

// The essay's page as `npm run narrate` gets it; built once, outside the timings, as narrate builds once for all essays.
function prepassEssay(): EssayToNarrate {
  const essay = essaysToNarrate().find((e) => e.slug === ESSAY);
  if (!essay) throw new Error(`bench-narration: the pre-pass built no essay "${ESSAY}" with generated narration`);
  return essay;
}

// (a) Segmentation through MP3, WebVTT and manifest written, from an empty block cache.
async function narrateFromScratch(
  essay: EssayToNarrate,
  voice: SynthesisVoice,
): Promise<{ figures: Figures; manifest: NarrationManifest }> {
  rmSync(NARRATION_CACHE, { recursive: true, force: true });
  const [cpu, start] = [process.cpuUsage(), performance.now()];
  let synthesized = start;
  const manifest = await narrateEssay(
    {
      slug: ESSAY,
      blocks: essay.blocks,
      inputs: essayFingerprint('.', join(ESSAYS_DIR, `${ESSAY}.mdx`)),
    },
    voice,
    (p) => {
      if (p.synthesized === p.toSynthesize) synthesized = performance.now();
    },
  );
  const [total, used] = [seconds(start), process.cpuUsage(cpu)];
  const audio = manifest.durationSeconds;
  return {
    manifest,
    figures: {
      'pipeline, wall s per s of audio': total / audio,
      'pipeline, CPU s per s of audio (all threads)': (used.user + used.system) / 1e6 / audio,
      'synthesis, wall s per s of audio': (synthesized - start) / 1000 / audio,
      'after synthesis (assembly, MP3, WebVTT, writes), wall s per s of audio':
        (total - (synthesized - start) / 1000) / audio,
    },
  };
}

// The stages after synthesis, alone, on the same blocks; and the MP3 from one encoder beside the parallel one.
async function stagesAlone(
  blocks: readonly SpokenBlock[],
  voice: SynthesisVoice,
  audio: number,
): Promise<{ figures: Figures; narration: AssembledNarration }> {
  const sentences = sentencesOf(blocks);
  const speech = spokenSentences(blocks, voice).map((text, i) => {
    const cached = readCachedBlock(text, voice);
    if (!cached) throw new Error(`bench-narration: sentence ${sentences[i]?.id} is not in the block cache`);
    return cached;
  });
  let start = performance.now();
  const narration = assembleNarration(
    blocks.map((b) => ({
      id: b.id,
      kind: b.kind,
      sentences: sentences.flatMap((s, i) =>
        s.block === b.id ? [{ id: s.id, samples: speech[i]?.samples ?? new Float32Array() }] : [],
      ),
    })),
    speech[0]?.sampleRate ?? 16000,
  );
  const assembly = seconds(start);
  start = performance.now();
  const mp3 = await encodeMp3(narration.samples, narration.sampleRate);
  const encoding = seconds(start);
  const written = readFileSync(essayNarrationPath(ESSAY, 'mp3'));
  if (!written.equals(mp3))
    throw new Error('bench-narration: the narration written differs from encodeMp3 of its blocks');
  return {
    narration,
    figures: {
      'assembly alone, wall s per s of audio': assembly / audio,
      'MP3 encoding (LAME in WebAssembly, this thread), wall s per s of audio': encoding / audio,
    },
  };
}

// (b) Every block cached: the narrateEssay call itself, then `npm run narrate` finding the narration up to date.
async function rebuilds(essay: EssayToNarrate, voice: SynthesisVoice): Promise<Figures> {
  let start = performance.now();
  await narrateEssay(
    {
      slug: ESSAY,
      blocks: essay.blocks,
      inputs: essayFingerprint('.', join(ESSAYS_DIR, `${ESSAY}.mdx`)),
    },
    voice,
  );
  const cached = seconds(start);
  start = performance.now();
  const { stdout } = await run('npm', ['run', 'narrate', ESSAY], { cwd: process.cwd() });
  const upToDate = seconds(start);
  if (!stdout.includes('1 of 1 narrations up to date'))
    throw new Error(`bench-narration: npm run narrate did not find the narration up to date:\n${stdout}`);
  return {
    'rebuild, every block cached (narrateEssay), s': cached,
    [`npm run narrate ${ESSAY}, up to date (pre-pass build), s`]: upToDate,
  };
}

// (d) Cue starts against the decoded MP3, by ffmpeg and by Chromium's decodeAudioData.
async function cueAccuracy(narration: AssembledNarration): Promise<Figures> {
  const mp3 = readFileSync(essayNarrationPath(ESSAY, 'mp3'));
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const figures: Figures = {};
    for (const decoder of [ffmpeg, chromiumDecoder(browser)]) {
      const errors = cueErrorsMs(narration, (await decoder.decode(mp3)).samples).map(Math.abs);
      figures[`cue error, ${decoder.name}, max ms`] = Math.max(...errors);
      figures[`cue error, ${decoder.name}, mean ms`] = errors.reduce((a, b) => a + b, 0) / errors.length;
    }
    return figures;
  } finally {
    await browser.close();
  }
}

// (e) bench-intelligibility.ts on this essay, in this copy of the site: its audio assembled, MP3-encoded and decoded.
async function intelligibility(): Promise<Figures> {
  const file = join('content/essays', `${ESSAY}.mdx`);
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

async function oneRun(essay: EssayToNarrate, voice: SynthesisVoice, index: number, listen: boolean): Promise<Figures> {
  console.log(
    `run ${index + 1}: load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores`,
  );
  const { figures, manifest } = await narrateFromScratch(essay, voice);
  const blocks = essay.blocks;
  const stages = await stagesAlone(blocks, voice, manifest.durationSeconds);
  const all: Figures = {
    'audio, s': manifest.durationSeconds,
    ...figures,
    ...stages.figures,
    ...(await rebuilds(essay, voice)),
    'MP3 bytes per minute': manifest.bytes / (manifest.durationSeconds / 60),
    ...(await cueAccuracy(stages.narration)),
    ...(listen ? await intelligibility() : {}),
  };
  for (const [name, value] of Object.entries(all)) console.log(`  ${name}: ${+value.toFixed(4)}`);
  return all;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, 'no-intelligibility': { type: 'boolean', default: false } },
  });
  // Every file, the images beside the essays included.
  const essays = Object.fromEntries(
    readdirSync(join(ROOT, 'content/essays'), { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(ROOT, 'content/essays', name)).isFile())
      .map((name) => [`content/essays/${name}`, readFileSync(join(ROOT, 'content/essays', name))]),
  );
  const site = createFixtureSite(essays);
  try {
    process.chdir(site);
    const voice = await synthesisVoiceFor(SITE.narration);
    const essay = prepassEssay();
    const runs: Figures[] = [];
    for (let i = 0; i < Number(values.runs); i++)
      runs.push(await oneRun(essay, voice, i, !values['no-intelligibility']));
    console.log(`\n${ESSAY}, median of ${runs.length} runs:`);
    for (const name of Object.keys(runs[0] ?? {}))
      console.log(`  ${name}: ${+median(runs.map((r) => r[name] ?? Number.NaN)).toFixed(4)}`);
  } finally {
    process.chdir(ROOT);
    removeFixtureSite(site);
  }
}

await main();
