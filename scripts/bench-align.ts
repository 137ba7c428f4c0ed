// How close alignRecording puts each sentence of a recording, on an essay read by a voice unlike the reference's.
// Run: npm run bench:align -- [slug ...] [--times N]   (default: the shortest and the longest sample essay)
// The reference is flite saying each sentence, joined with 0.5 s pauses; the "recording" is espeak-ng at 1.15 times
// its usual rate (its own words-a-minute setting, no resampling), with uneven pauses of 0.2-1.2 s, a lead-in and a
// quiet noise floor, so that its true sentence starts are known. --times N reads the essay N times over (scale).
import { readFileSync } from 'node:fs';
import { alignRecording, isAligned, MIN_QUALITY } from '../src/narration/align/align-recording.ts';
import { joinUnits, type UnitSpeech } from '../src/narration/align/join-units.ts';
import { flite } from '../src/narration/engines/flite.ts';
import { espeak, synthesizeAtSpeed } from '../src/narration/engines/espeak.ts';
import { toSpokenText, toWrittenText } from '../src/narration/text/spoken-text.ts';
import { seededRandom } from './bench/seeded-random.ts';

const SPEED = 1.15;
const GOAL = { medianMs: 150, p95Ms: 400 };
const DEFAULT_SLUGS = ['attention-has-a-tempo', 'what-the-ear-forgives'];

// The cue texts of a kept narration are its blocks' visible text.
function cueTexts(slug: string): string[] {
  const vtt = readFileSync(`content/narration/${slug}.vtt`, 'utf8');
  return vtt
    .split(/\n\n+/)
    .slice(1)
    .map((cue) => cue.split('\n').slice(2).join(' ').trim())
    .filter((text) => text !== '');
}

// A simple rule of the bench's own (the site's sentence segmentation may differ): a sentence ends at . ! or ?,
// closing quotes or brackets included, before a space and a capital, digit or opening quote.
const sentencesOf = (text: string): string[] =>
  text.split(/(?<=[.!?]['"”’)\]]*)\s+(?=["“‘'(]?[A-Z0-9])/u).filter((sentence) => /\w/u.test(sentence));

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

async function bench(slug: string, times: number): Promise<void> {
  const sentences = Array.from({ length: times }, () => cueTexts(slug).flatMap(sentencesOf)).flat();
  const random = seededRandom(7).next;
  const reference = joinUnits(
    await speak(sentences, async (text) => (await flite.synthesize(toSpokenText(text), flite.defaultVoice)).samples),
    16_000,
    (k) => (k === 0 ? 0.3 : 0.5),
    0.3,
  );
  const espeakRate = (await espeak.synthesize('Hello.', espeak.defaultVoice)).sampleRate;
  const read = joinUnits(
    await speak(sentences, async (text) => (await synthesizeAtSpeed(toWrittenText(text), 'en-us', SPEED)).samples),
    espeakRate,
    (k) => (k === 0 ? 0.8 : 0.2 + random()),
    0.6,
  );
  const recording = { samples: withNoiseFloor(read.samples, 0.001, random), sampleRate: espeakRate };

  const rssBefore = process.resourceUsage().maxRSS;
  const started = performance.now();
  const alignment = alignRecording(reference, recording);
  const seconds = (performance.now() - started) / 1000;
  const rssAfter = process.resourceUsage().maxRSS;

  const errors = alignment.units.map((unit, k) => Math.abs(unit.start - (read.units[k]?.start ?? 0)) * 1000);
  const sorted = [...errors].sort((x, y) => x - y);
  const median = percentile(sorted, 0.5);
  const p95 = percentile(sorted, 0.95);
  const minutes = (samples: Float32Array, rate: number): string => (samples.length / rate / 60).toFixed(1);
  console.log(`\n${slug}${times > 1 ? ` x${times}` : ''}: ${sentences.length} sentences`);
  console.log(
    `  audio: reference ${minutes(reference.samples, 16_000)} min, recording ${minutes(recording.samples, espeakRate)} min`,
  );
  console.log(
    `  sentence-start error: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms` +
      `  (goal: median <= ${GOAL.medianMs}, p95 <= ${GOAL.p95Ms})` +
      (median <= GOAL.medianMs && p95 <= GOAL.p95Ms ? '  met' : '  MISSED'),
  );
  console.log(
    `  quality ${alignment.quality.toFixed(3)} (aligned if >= ${MIN_QUALITY}: ${isAligned(alignment) ? 'yes' : 'NO'})`,
  );
  console.log(
    `  alignment: ${seconds.toFixed(2)} s wall, peak RSS ${(rssAfter / 1024).toFixed(0)} MiB ` +
      `(${((rssAfter - rssBefore) / 1024).toFixed(0)} MiB above the peak before it)`,
  );
}

const args = process.argv.slice(2);
const timesAt = args.indexOf('--times');
const times = timesAt >= 0 ? Number(args[timesAt + 1]) : 1;
const slugs = args.filter((arg, k) => !arg.startsWith('--') && !(timesAt >= 0 && k === timesAt + 1));
for (const slug of slugs.length > 0 ? slugs : DEFAULT_SLUGS) await bench(slug, times);
