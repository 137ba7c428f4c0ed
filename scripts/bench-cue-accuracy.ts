// Measures how far each WebVTT cue (one per sentence) lands from its sentence's audio after a real decoder (ffmpeg, Chromium) plays the MP3.
// Run: npx node scripts/bench-cue-accuracy.ts [--synthetic]   (needs /usr/bin/ffmpeg and /usr/bin/chromium)
// By default it narrates a short essay with flite; --synthetic uses speech-like noise instead, with no engine.
import { chromium, type Browser } from 'playwright-core';
import {
  assembleNarration,
  type AssembledNarration,
  type BlockAudio,
  wholeBlock,
} from '../src/narration/audio/assemble.ts';
import { splitSentences } from '../src/lib/essay-body/sentences.ts';
import type { BlockKind } from '../src/lib/essay-body/spoken-blocks.ts';
import { loadEngine } from '../src/narration/engines/registry.ts';
import { encodePlaced, mp3DurationSeconds } from '../src/narration/audio/mp3.ts';
import { encodeFrames, mp3Kbps } from '../src/narration/audio/mp3-lame.ts';
import { encodeWav } from '../src/narration/audio/wav.ts';
import {
  bestLag,
  chromiumDecoder,
  cueErrorsMs,
  ffmpeg,
  MAX_LAG,
  SAMPLE_RATE,
  type Decoder,
} from './measure/cue-errors.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const GOAL_MS = 20;
const FRAME_SECONDS = 576 / SAMPLE_RATE;

const KINDS: readonly BlockKind[] = [
  'heading',
  'paragraph',
  'paragraph',
  'list-item',
  'list-item',
  'list-item',
  'paragraph',
  'quote',
];

// Speech-like blocks without a speech engine: seeded noise shaped into 4 Hz "syllables", framed by uneven silence.
function syntheticBlocks(count: number): BlockAudio[] {
  let seed = 12345;
  // A 32-bit LCG in integer maths: a float multiply would lose bits and repeat within a few hundred samples.
  const random = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  return Array.from({ length: count }, (_, i) => {
    const lead = Math.round(random() * 0.3 * SAMPLE_RATE);
    const body = Math.round((0.6 + random() * 2.5) * SAMPLE_RATE);
    const samples = new Float32Array(lead + body + Math.round(random() * 0.3 * SAMPLE_RATE));
    const level = 0.05 + random() * 0.4;
    for (let k = 0; k < body; k++) {
      const syllable = Math.sin((Math.PI * 4 * k) / SAMPLE_RATE) ** 2;
      samples[lead + k] = level * (0.2 + 0.8 * syllable) * (random() * 2 - 1);
    }
    return wholeBlock(`b${i}`, KINDS[i % KINDS.length] ?? 'paragraph', samples);
  });
}

// Soft onsets (h, f, s, th) are where a cue is most likely to look early or late.
const ESSAY: readonly [BlockKind, string][] = [
  ['heading', 'On Listening'],
  [
    'paragraph',
    'Every essay begins as a voice in the head of its writer, and ends as a voice in the head of its reader.',
  ],
  ['paragraph', 'Between the two lies the page, which is silent. Harmony is hard to hear when every sentence hurries.'],
  ['heading', 'Structure'],
  ['paragraph', 'Some listeners follow along with the text; others close their eyes entirely.'],
  ['list-item', 'First, the rhythm of a sentence.'],
  ['list-item', 'Second, the weight of a pause.'],
  ['list-item', 'Third, the shape of an argument heard rather than seen.'],
  ['quote', 'Fish, hush, and sixty: soft starts test where a cue begins.'],
  ['heading', 'Thanks'],
  ['paragraph', 'Finally, we return to the question we began with: who is listening?'],
];

async function fliteBlocks(): Promise<BlockAudio[]> {
  const engine = await loadEngine('flite');
  return Promise.all(
    ESSAY.map(async ([kind, text], i) => ({
      id: `b${i}`,
      kind,
      // Sentence by sentence, as `npm run narrate` synthesizes them.
      sentences: await Promise.all(
        splitSentences(text).map(async (sentence, n) => {
          const speech = await engine.synthesize(sentence, engine.defaultVoice);
          if (speech.sampleRate !== SAMPLE_RATE)
            throw new Error(`flite spoke at ${speech.sampleRate} Hz, not ${SAMPLE_RATE}`);
          return { id: `b${i}-s${n}`, samples: speech.samples };
        }),
      ),
    })),
  );
}

// What LAME writes on its own: the same audio frames, no Info frame.
const encodeWithoutInfoFrame = (samples: Float32Array): Promise<Uint8Array> => encodeFrames(samples, SAMPLE_RATE);

type SeekRecording = { readonly seekTo: number; readonly recorded: number[]; readonly clock: [number, number][] };

// What a listener who clicks a paragraph gets: seek <audio> to the cue, play, and record what comes out
// (through Web Audio, at the file's rate) along with currentTime, which is what the read-along follows.
async function recordSeeks(
  browser: Browser,
  bytes: Uint8Array,
  type: string,
  seeks: readonly number[],
): Promise<SeekRecording[]> {
  const page = await browser.newPage();
  const base64 = Buffer.from(bytes).toString('base64');
  const recordings = await page.evaluate(
    async ({ base64, type, rate, seeks }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const audio = new Audio(URL.createObjectURL(new Blob([data], { type })));
      await new Promise((resolve) => (audio.oncanplaythrough = resolve));
      const context = new AudioContext({ sampleRate: rate });
      await context.resume();
      const recorder = context.createScriptProcessor(1024, 1, 1);
      let recorded: number[] = [];
      let clock: [number, number][] = [];
      recorder.onaudioprocess = (event) => {
        clock.push([recorded.length, audio.currentTime]);
        recorded.push(...event.inputBuffer.getChannelData(0));
      };
      context.createMediaElementSource(audio).connect(recorder);
      recorder.connect(context.destination);
      const results = [];
      for (const seekTo of seeks) {
        audio.currentTime = seekTo;
        await new Promise((resolve) => (audio.onseeked = resolve));
        recorded = [];
        clock = [];
        await audio.play();
        await new Promise((resolve) => setTimeout(resolve, 800));
        audio.pause();
        results.push({ seekTo, recorded, clock });
      }
      return results;
    },
    { base64, type, rate: SAMPLE_RATE, seeks },
  );
  await page.close();
  return recordings;
}

// Median of (media time of the sound coming out − currentTime at that moment), in ms; includes output latency.
function soundMinusClockMs(recording: SeekRecording, narration: AssembledNarration): number {
  const recorded = Float32Array.from(recording.recorded);
  const at = recorded.findIndex((x) => Math.abs(x) > 1e-4) + 2000;
  const guess = Math.round(recording.seekTo * SAMPLE_RATE) + 2000;
  const mediaIndex = guess + bestLag(recorded, at, narration.samples, guess, 2 * MAX_LAG);
  const diffs = recording.clock
    .filter(([index, time]) => index > at && time > recording.seekTo)
    .map(([index, time]) => 1000 * ((index - at + mediaIndex) / SAMPLE_RATE - time))
    .sort((a, b) => a - b);
  return diffs[Math.floor(diffs.length / 2)] ?? Number.NaN;
}

// Against the same narration as WAV (no codec delay), which cancels the recording path's own latency.
async function seekErrorsMs(browser: Browser, mp3: Uint8Array, narration: AssembledNarration): Promise<number[]> {
  const seeks = narration.sentenceTimings.slice(1).map((t) => t.start);
  const wav = encodeWav({ samples: narration.samples, sampleRate: SAMPLE_RATE });
  const measure = async (bytes: Uint8Array, type: string): Promise<number[]> =>
    (await recordSeeks(browser, bytes, type, seeks)).map((r) => soundMinusClockMs(r, narration));
  const [mp3Ms, wavMs] = [await measure(mp3, 'audio/mpeg'), await measure(wav, 'audio/wav')];
  return mp3Ms.map((ms, i) => ms - (wavMs[i] ?? Number.NaN));
}

async function report(
  decoder: Decoder,
  label: string,
  mp3: Uint8Array,
  narration: AssembledNarration,
): Promise<boolean> {
  const decoded = await decoder.decode(mp3);
  const errors = cueErrorsMs(narration, decoded.samples).map(Math.abs);
  const max = Math.max(...errors);
  const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
  const lengthDiff = decoded.samples.length - narration.samples.length;
  const seconds = narration.samples.length / SAMPLE_RATE;
  // The player shows <audio>.duration: it must match the narration within one 36 ms frame.
  const durationOk =
    decoded.audioElementSeconds === undefined || Math.abs(decoded.audioElementSeconds - seconds) <= FRAME_SECONDS;
  const element =
    decoded.audioElementSeconds === undefined
      ? ''
      : `, <audio> played, duration ${decoded.audioElementSeconds.toFixed(4)} s`;
  console.log(
    `${decoder.name.padEnd(8)} ${label.padEnd(16)} cue error max ${max.toFixed(1)} ms, mean ${mean.toFixed(1)} ms; ` +
      `decoded length ${lengthDiff >= 0 ? '+' : ''}${lengthDiff} samples${element}`,
  );
  return max <= GOAL_MS && durationOk;
}

async function main(): Promise<void> {
  const synthetic = process.argv.includes('--synthetic');
  const narration = assembleNarration(synthetic ? syntheticBlocks(24) : await fliteBlocks(), SAMPLE_RATE);
  const seconds = narration.samples.length / SAMPLE_RATE;
  const began = performance.now();
  // As `npm run narrate` encodes it: each block alone, the frames joined.
  const mp3 = await encodePlaced(narration.placed, SAMPLE_RATE);
  const encodeSeconds = (performance.now() - began) / 1000;
  console.log(
    `${synthetic ? 'synthetic' : 'flite'} narration ${seconds.toFixed(2)} s, ${narration.sentenceTimings.length} cues, Info-frame duration ${mp3DurationSeconds(mp3).toFixed(4)} s`,
  );
  console.log(
    `MP3 ${mp3Kbps(SAMPLE_RATE)} kbps, ${mp3.length} bytes = ${Math.round((mp3.length / seconds) * 60)} bytes per minute`,
  );
  console.log(`encode ${(encodeSeconds / seconds).toFixed(4)} s per second of audio`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    let withinGoal = true;
    const without = await encodeWithoutInfoFrame(narration.samples);
    for (const decoder of [ffmpeg, chromiumDecoder(browser)]) {
      withinGoal = (await report(decoder, 'with Info frame', mp3, narration)) && withinGoal;
      await report(decoder, 'without', without, narration);
    }
    for (const [label, bytes] of [
      ['with Info frame', mp3],
      ['without', without],
    ] as const) {
      const errors = (await seekErrorsMs(browser, bytes, narration)).map(Math.abs);
      const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
      console.log(
        `<audio> seeked to each cue, ${label}: sound vs currentTime max ${Math.max(...errors).toFixed(1)} ms, mean ${mean.toFixed(1)} ms` +
          ' (informational: Chromium drops the encoder delay only when playing from the start)',
      );
    }
    console.log(
      withinGoal ? `PASS: every cue within ${GOAL_MS} ms, durations within a frame` : 'FAIL: see the lines above',
    );
    process.exitCode = withinGoal ? 0 : 1;
  } finally {
    await browser.close();
  }
}

await main();
