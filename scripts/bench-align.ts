// How close alignRecording puts each sentence of a recording, on an essay read by a voice unlike the reference's.
// Run: npm run bench:align -- [slug ...] [--times N]   (default: the shortest and the longest sample essay)
//      npm run bench:align -- --unrelated [slug] [other slug]   (the quality measures where alignment must fail)
// The reference is flite saying each sentence, assembled as a narration is (0.8 s pauses); the "recording" is
// espeak-ng at 1.15 times its usual rate (its own words-a-minute setting, no resampling), with uneven pauses of
// 0.2-1.2 s, a lead-in and a quiet noise floor (-60 dBFS), so that its true sentence starts are known. --times N reads
// the essay N times over.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Alignment, alignRecording, type Reference } from '../src/narration/align/align-recording.ts';
import { type AlignmentQuality, alignmentProblem } from '../src/narration/align/quality.ts';
import type { Speech } from '../src/narration/audio/speech.ts';
import { joinUnits, type UnitSpeech } from '../src/narration/align/join-units.ts';
import { assembleNarration, wholeBlock } from '../src/narration/audio/assemble.ts';
import { flite } from '../src/narration/engines/flite.ts';
import { espeak, synthesizeAtSpeed } from '../src/narration/engines/espeak.ts';
import { toSpokenText, toWrittenText } from '../src/narration/text/spoken-text.ts';
import { seededRandom } from './bench/seeded-random.ts';

const SPEED = 1.15;
const ESPEAK_RATE = 22_050;
const ALIGN_ONLY = join(import.meta.dirname, 'bench', 'align-only.ts');
const GOAL = { medianMs: 150, p95Ms: 400 };
const DEFAULT_SLUGS = ['attention-has-a-tempo', 'what-the-ear-forgives'];

// The cue texts of a kept narration: its sentences as the site splits them (sentences.ts), as the reader sees them.
function cueTexts(slug: string): string[] {
  const vtt = readFileSync(`content/narration/${slug}.vtt`, 'utf8');
  return vtt
    .split(/\n\n+/)
    .slice(1)
    .map((cue) => cue.split('\n').slice(2).join(' ').trim())
    .filter((text) => text !== '');
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

async function speak(
  sentences: readonly string[],
  say: (text: string) => Promise<Float32Array>,
): Promise<UnitSpeech[]> {
  const units: UnitSpeech[] = [];
  for (const [k, sentence] of sentences.entries()) units.push({ id: `s${k}`, samples: await say(sentence) });
  return units;
}

function withNoiseFloor(samples: Float32Array, level: number, random: () => number): Float32Array {
  return samples.map((x) => x + level * (random() * 2 - 1));
}

type Measured = Alignment & { seconds: number; loadedRssKiB: number; maxRssKiB: number };

// The alignment runs in a process of its own (bench/align-only.ts), so that its peak memory is the aligner's.
function alignInChild(reference: Reference, recording: Speech): Measured {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-align-'));
  try {
    const save = (name: string, speech: Speech): void => {
      writeFileSync(
        join(dir, `${name}.f32`),
        new Uint8Array(speech.samples.buffer, speech.samples.byteOffset, speech.samples.byteLength),
      );
    };
    save('reference', reference);
    save('recording', recording);
    const rates = { reference: reference.sampleRate, recording: recording.sampleRate, units: reference.units };
    writeFileSync(join(dir, 'inputs.json'), JSON.stringify(rates));
    const output = execFileSync(process.execPath, [ALIGN_ONLY, dir], { encoding: 'utf8' });
    return JSON.parse(output) as Measured;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The reference as a narration assembles it: each sentence a block, trimmed, with a paragraph's pause between.
async function fliteReading(sentences: readonly string[]): Promise<Reference> {
  const say = async (text: string): Promise<Float32Array> =>
    (await flite.synthesize(toSpokenText(text), flite.defaultVoice)).samples;
  const blocks = (await speak(sentences, say)).map((unit) => wholeBlock(unit.id, 'paragraph', unit.samples));
  const { samples, sampleRate, timings } = assembleNarration(blocks, 16_000);
  return { samples, sampleRate, units: timings };
}

// A stand-in for a person: another voice, faster, with uneven pauses and a noise floor.
async function espeakReading(sentences: readonly string[], seed: number): Promise<Reference> {
  const random = seededRandom(seed).next;
  const say = async (text: string): Promise<Float32Array> => {
    const speech = await synthesizeAtSpeed(toWrittenText(text), espeak.defaultVoice, SPEED);
    if (speech.sampleRate !== ESPEAK_RATE)
      throw new Error(`espeak spoke at ${speech.sampleRate} Hz, not ${ESPEAK_RATE}`);
    return speech.samples;
  };
  const read = joinUnits(await speak(sentences, say), ESPEAK_RATE, (k) => (k === 0 ? 0.8 : 0.2 + random()), 0.6);
  return { ...read, samples: withNoiseFloor(read.samples, 0.001, random) };
}

const sentencesOfEssay = (slug: string, times = 1): string[] =>
  Array.from({ length: times }, () => cueTexts(slug)).flat();

const minutes = ({ samples, sampleRate }: Speech): string => (samples.length / sampleRate / 60).toFixed(1);
const verdict = (quality: AlignmentQuality): string =>
  `match ${quality.match.toFixed(3)}, order gain ${quality.orderGain.toFixed(3)}: ` +
  (alignmentProblem(quality) ?? 'aligned');

async function bench(slug: string, times: number): Promise<void> {
  const sentences = sentencesOfEssay(slug, times);
  const reference = await fliteReading(sentences);
  const recording = await espeakReading(sentences, 7);
  const measured = alignInChild(reference, recording);
  const errors = measured.units.map((unit, k) => Math.abs(unit.start - (recording.units[k]?.start ?? 0)) * 1000);
  const sorted = [...errors].sort((x, y) => x - y);
  const median = percentile(sorted, 0.5);
  const p95 = percentile(sorted, 0.95);
  console.log(`\n${slug}${times > 1 ? ` x${times}` : ''}: ${sentences.length} sentences`);
  console.log(`  audio: reference ${minutes(reference)} min, recording ${minutes(recording)} min`);
  console.log(
    `  sentence-start error: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, ` +
      `max ${(sorted.at(-1) ?? 0).toFixed(0)} ms (goal: median <= ${GOAL.medianMs}, p95 <= ${GOAL.p95Ms}: ` +
      `${median <= GOAL.medianMs && p95 <= GOAL.p95Ms ? 'met' : 'MISSED'})`,
  );
  const worst = errors.map((error, k) => ({ error, k })).sort((x, y) => y.error - x.error);
  for (const { error, k } of worst.slice(0, 3)) {
    console.log(`  worst: ${error.toFixed(0)} ms, "${(sentences[k] ?? '').slice(0, 70)}"`);
  }
  const endErrors = measured.units.map((unit, k) => Math.abs(unit.end - (recording.units[k]?.end ?? 0)) * 1000);
  const sortedEnds = endErrors.sort((x, y) => x - y);
  console.log(
    `  sentence-end error: median ${percentile(sortedEnds, 0.5).toFixed(0)} ms, ` +
      `p95 ${percentile(sortedEnds, 0.95).toFixed(0)} ms (no goal: read-along moves on at the next start)`,
  );
  console.log(`  quality: ${verdict(measured.quality)}`);
  console.log(
    `  alignment: ${measured.seconds.toFixed(2)} s wall, peak RSS ${(measured.maxRssKiB / 1024).toFixed(0)} MiB ` +
      `(a process that only aligns; ${(measured.loadedRssKiB / 1024).toFixed(0)} MiB with just the two tracks loaded)`,
  );
}

// What the quality measures say where alignment must fail: the thresholds in quality.ts come from these figures.
async function unrelated(slug: string, other: string): Promise<void> {
  const sentences = sentencesOfEssay(slug);
  const reference = await fliteReading(sentences);
  const recording = await espeakReading(sentences, 7);
  const length = recording.samples.length;
  const random = seededRandom(11).next;
  const cases: [string, Speech][] = [
    ['the same text (espeak)', recording],
    ['the same text, flite slt', await otherVoice(sentences, 'slt')],
    [`another essay, ${other} (espeak)`, await espeakReading(sentencesOfEssay(other), 7)],
    [`another essay, ${other} (flite rms, the reference's own voice)`, await fliteReading(sentencesOfEssay(other))],
    ['the first half of the text only (espeak)', await espeakReading(sentences.slice(0, sentences.length >> 1), 7)],
    [
      'every other sentence left out (espeak)',
      await espeakReading(
        sentences.filter((_, k) => k % 2 === 0),
        7,
      ),
    ],
    ['the same recording backwards', { ...recording, samples: recording.samples.toReversed() }],
    ['digital silence', { samples: new Float32Array(length), sampleRate: ESPEAK_RATE }],
    [
      'a noise floor only',
      { samples: withNoiseFloor(new Float32Array(length), 0.001, random), sampleRate: ESPEAK_RATE },
    ],
  ];
  console.log(`\nreference: ${slug} (flite rms, ${minutes(reference)} min)`);
  for (const [name, speech] of cases) console.log(`  ${name}: ${verdict(alignRecording(reference, speech).quality)}`);
}

async function otherVoice(sentences: readonly string[], voice: string): Promise<Speech> {
  const say = async (text: string): Promise<Float32Array> =>
    (await flite.synthesize(toSpokenText(text), voice)).samples;
  return joinUnits(await speak(sentences, say), 16_000, (k) => 0.3 + (k % 3) * 0.3);
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const slugs = args.filter((arg, k) => !arg.startsWith('--') && args[k - 1] !== '--times');
if (args.includes('--unrelated')) await unrelated(slugs[0] ?? 'attention-has-a-tempo', slugs[1] ?? 'moving-house');
else for (const slug of slugs.length > 0 ? slugs : DEFAULT_SLUGS) await bench(slug, Number(option('--times') ?? 1));
