// Turns an essay's spoken blocks into its narration: MP3, WebVTT cues named by block id, and a manifest.
import { type Sentence, sentencesOf } from '../../lib/essay-body/sentences.ts';
import { type SpokenBlock, voicedText } from '../../lib/essay-body/spoken-blocks.ts';
import {
  type AssembledNarration,
  assembleNarration,
  type BlockAudio,
  narrationTimings,
  type PlacedBlock,
  placeBlock,
  type SentenceTiming,
} from '../audio/assemble.ts';
import { rmSync } from 'node:fs';
import { writeFileIfChanged } from '../../files/atomic-write.ts';
import { sha256 } from '../../files/sha256.ts';
import { framesKey, readCachedBlock, readCachedFrames, writeCachedBlock, writeCachedFrames } from './block-cache.ts';
import type { EngineOptions } from '../engines/engine-options.ts';
import type { Speech } from '../audio/speech.ts';
import { loadEngine } from '../engines/registry.ts';
import type { EngineChoice, PhonemeNotation, SpeechEngine } from '../engines/speech-engine.ts';
import {
  essayNarrationPath,
  narrationKey,
  speechKey,
  writeManifest,
  type ManifestWord,
  type NarrationManifest,
  type VoiceSettings,
} from './manifest.ts';
import { type FrameRun, joinMp3, mp3DurationSeconds } from '../audio/mp3.ts';
import { type Mp3Pool, startMp3Pool } from '../audio/mp3-pool.ts';
import { NO_PRONUNCIATIONS, type Lexicon } from '../../lib/essays/pronunciations.ts';
import { applyPronunciations, type PhonemeWriter } from '../text/apply-pronunciations.ts';
import { espeakPhonemes } from '../text/espeak-phonemes.ts';
import { toMarkedSpokenText, toSpokenText, toWrittenText } from '../text/spoken-text.ts';
import { type SynthPool, startSynthPool, synthesizeAll } from './synth-pool.ts';
import { buildWebVtt } from '../audio/webvtt.ts';
import { cueId } from '../../lib/essay-body/cue-ids.ts';

export interface NarrationProgress {
  /** Sentences synthesized so far in this essay, and how many needed synthesis (cached ones need none). */
  synthesized: number;
  toSynthesize: number;
  cached: number;
}

/** The voice (which keys the caches), and how to run its engine. */
export interface SynthesisVoice extends VoiceSettings {
  /** The engine's options from the site config, for the worker threads. */
  readonly options: EngineOptions;
  /** SpeechEngine.readsTextAsWritten: send block text as written, not toSpokenText's spelling of it for flite. */
  readonly readsTextAsWritten: boolean;
  /** SpeechEngine.phonemeNotation: where set, a lexicon entry's IPA is given in it. */
  readonly phonemeNotation?: PhonemeNotation;
}

/** The engine and voice a site config chooses, with the engine loaded once to check the options and read its version. */
export async function synthesisVoiceFor(choice: EngineChoice): Promise<SynthesisVoice> {
  const engine = await loadEngine(choice.engine, choice.options);
  return {
    engine: engine.id,
    engineVersion: engine.version,
    voice: choice.voice,
    options: choice.options ?? {},
    ...textVoiceOf(engine),
  };
}

/** The voice as far as the text it is given depends on it. */
export type TextVoice = Pick<SynthesisVoice, 'readsTextAsWritten' | 'phonemeNotation'>;

/** What of an engine decides the text it is given. */
export const textVoiceOf = (engine: SpeechEngine): TextVoice => ({
  readsTextAsWritten: engine.readsTextAsWritten ?? false,
  ...(engine.phonemeNotation ? { phonemeNotation: engine.phonemeNotation } : {}),
});

const WRITERS: Record<PhonemeNotation, PhonemeWriter> = { espeak: espeakPhonemes };

/** How this voice is given an entry's IPA, if it takes phonemes. */
export const phonemeWriter = (voice: TextVoice): PhonemeWriter | undefined =>
  voice.phonemeNotation === undefined ? undefined : WRITERS[voice.phonemeNotation];

/** What the engine is given for one piece of voiced text: the author's pronunciations first, then flite's spelling. */
function spokenTextOf(voiced: string, voice: TextVoice & { marked?: boolean }, lexicon: Lexicon): string {
  const said = applyPronunciations(voiced, lexicon, phonemeWriter(voice)).text;
  if (voice.readsTextAsWritten) return toWrittenText(said);
  return voice.marked ? toMarkedSpokenText(said) : toSpokenText(said);
}

/** What the engine is given for each sentence of the essay (sentences.ts), in reading order: what it synthesizes. */
export const spokenSentences = (
  blocks: readonly SpokenBlock[],
  voice: TextVoice & { marked?: boolean },
  lexicon: Lexicon = NO_PRONUNCIATIONS,
): string[] => sentencesOf(blocks).map((sentence) => spokenTextOf(sentence.voiced, voice, lexicon));

/** What the engine is given for each block: its sentences' spoken texts, joined, for the script view and the rules. */
export const spokenTexts = (
  blocks: readonly SpokenBlock[],
  voice: TextVoice & { marked?: boolean },
  lexicon: Lexicon = NO_PRONUNCIATIONS,
): string[] =>
  blocks.map((block) =>
    sentencesOf([block])
      .map((sentence) => spokenTextOf(sentence.voiced, voice, lexicon))
      .join(' '),
  );

/** The entries that change this essay's spoken text, as one key: what tells "the pronunciations changed". */
export function pronunciationsKey(blocks: readonly SpokenBlock[], lexicon: Lexicon): string | undefined {
  const used = new Map(
    blocks.flatMap((block) =>
      applyPronunciations(voicedText(block), lexicon).substitutions.map(
        ({ entry }) => [entry, lexicon.get(entry)] as const,
      ),
    ),
  );
  return used.size ? sha256(JSON.stringify([...used].sort(([a], [b]) => a.localeCompare(b)))) : undefined;
}

/** An essay to narrate: its spoken blocks, and the fingerprint of the inputs they were rendered from. */
export interface EssayBlocks {
  slug: string;
  blocks: readonly SpokenBlock[];
  inputs: string;
  /** The site's lexicon with the essay's own entries over it. */
  pronunciations?: Lexicon;
}

// To the millisecond, as the cues are (webvtt.ts): finer would be noise in a committed file.
const ms = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/** Each sentence's words, by the index of its cue: none at all when the engine gave none. */
const manifestWords = (timings: readonly SentenceTiming[]): ManifestWord[] =>
  timings.flatMap((timing, cue) =>
    (timing.words ?? []).map(({ start, end, text }): ManifestWord => [cue, ms(start), ms(end), text]),
  );

/** Each sentence's speech, cached or synthesized; each is handed to `onSpoken` as it is ready, cached ones first. */
async function speakEach(
  blocks: readonly SpokenBlock[],
  voice: SynthesisVoice,
  pronunciations: Lexicon,
  onProgress: (progress: NarrationProgress) => void,
  onSpoken: (index: number, speech: Speech) => void = () => {},
  synth?: SynthPool,
): Promise<{ sentences: Sentence[]; spoken: string[]; speech: Speech[] }> {
  // Each sentence is synthesized and cached apart: its start and end in the MP3 are then exact, and an edit to one
  // sentence synthesizes that sentence again.
  const sentences = sentencesOf(blocks);
  const spoken = spokenSentences(blocks, voice, pronunciations);
  const speech: Array<Speech | undefined> = spoken.map((text) => readCachedBlock(text, voice));
  const missing = speech.flatMap((s, index) => (s ? [] : [index]));
  const progress = { synthesized: 0, toSynthesize: missing.length, cached: sentences.length - missing.length };
  onProgress(progress);
  speech.forEach((cached, index) => {
    if (cached) onSpoken(index, cached);
  });
  const engine = { engine: voice.engine, options: voice.options };
  const speak: SynthPool['synthesizeAll'] = synth ? synth.synthesizeAll : (...args) => synthesizeAll(engine, ...args);
  await speak(
    voice.voice,
    missing.map((i) => spoken[i] ?? ''),
    (done, _total, n, result) => {
      const index = missing[n] ?? -1;
      writeCachedBlock(spoken[index] ?? '', voice, result);
      // Read back what the cache holds (16-bit), so a first run and a cached rerun give the same bytes.
      const kept = readCachedBlock(spoken[index] ?? '', voice);
      if (!kept) throw new Error(`narrate: the block cache lost sentence ${index + 1} as it was written`);
      speech[index] = kept;
      onProgress({ ...progress, synthesized: done });
      onSpoken(index, kept);
    },
    // In reading order, so that each block is whole, and is encoded beside the synthesis, as early as it can be.
    { inOrder: true },
  );
  return { sentences, spoken, speech: speech.map((s) => s ?? { samples: new Float32Array(), sampleRate: 0 }) };
}

/** One block's sentences, as assemble.ts takes them. */
function blockAudio(block: SpokenBlock, sentences: readonly Sentence[], speech: readonly Speech[]): BlockAudio {
  return {
    id: block.id,
    kind: block.kind,
    sentences: sentences.flatMap((sentence, i) => {
      if (sentence.block !== block.id) return [];
      const { samples = new Float32Array(), words } = speech[i] ?? {};
      return [{ id: sentence.id, samples, ...(words ? { words } : {}) }];
    }),
  };
}

/** The frame-cache keys of the essay's blocks whose sentences are all cached: what `narrate --prune` keeps. */
export function cachedFrameKeys(blocks: readonly SpokenBlock[], voice: SynthesisVoice, lexicon: Lexicon): string[] {
  const sentences = sentencesOf(blocks);
  const speech = spokenSentences(blocks, voice, lexicon).map((text) => readCachedBlock(text, voice));
  return blocks.flatMap((block, b) => {
    const own = speech.filter((_, i) => sentences[i]?.block === block.id);
    const [first] = own;
    if (!first || own.some((s) => s === undefined)) return [];
    const spoken = speech.map((s) => s ?? first);
    const placed = placeBlock(blockAudio(block, sentences, spoken), blocks[b + 1]?.kind, first.sampleRate);
    return [framesKey(placed.samples, first.sampleRate)];
  });
}

/** The essay's sentences, spoken and assembled into one stretch of samples (what align/ compares a recording with). */
export async function speakSentences(
  blocks: readonly SpokenBlock[],
  voice: SynthesisVoice,
  pronunciations: Lexicon,
  onProgress: (progress: NarrationProgress) => void = () => {},
): Promise<{ sentences: Sentence[]; spoken: string[]; assembled: AssembledNarration }> {
  const { sentences, spoken, speech } = await speakEach(blocks, voice, pronunciations, onProgress);
  const sampleRate = speech[0]?.sampleRate ?? 16_000;
  const assembled = assembleNarration(
    blocks.map((block) => blockAudio(block, sentences, speech)),
    sampleRate,
  );
  return { sentences, spoken, assembled };
}

/**
 * The essay spoken, each block placed and encoded to MP3 frames alone as soon as its sentences are spoken: in worker
 * threads beside the synthesis, or taken from the frame cache when its samples are unchanged.
 */
async function speakAndEncode(
  blocks: readonly SpokenBlock[],
  voice: SynthesisVoice,
  pronunciations: Lexicon,
  onProgress: (progress: NarrationProgress) => void,
  threads: NarrationThreads | undefined,
): Promise<{ sentences: Sentence[]; spoken: string[]; placed: PlacedBlock[]; runs: FrameRun[]; sampleRate: number }> {
  const blockOf = new Map(blocks.map((block, i) => [block.id, i]));
  const sentences = sentencesOf(blocks);
  const sentenceBlocks = sentences.map((sentence) => blockOf.get(sentence.block) ?? -1);
  const left = blocks.map((_, b) => sentenceBlocks.filter((of) => of === b).length);
  const pool = threads?.mp3 ?? startMp3Pool();
  const encoded: Array<Promise<{ placed: PlacedBlock; run: FrameRun }>> = [];
  let sampleRate: number | undefined;
  const speech: Speech[] = [];
  const encode = (b: number): void => {
    const block = blocks[b];
    if (!block || sampleRate === undefined) return;
    const placed = placeBlock(blockAudio(block, sentences, speech), blocks[b + 1]?.kind, sampleRate);
    const key = framesKey(placed.samples, sampleRate);
    const cached = readCachedFrames(key, placed.samples.length, sampleRate);
    const frames = cached
      ? Promise.resolve(cached)
      : pool.encode(placed.samples, sampleRate).then((made) => {
          writeCachedFrames(key, made);
          return made;
        });
    encoded[b] = frames.then((made) => ({ placed, run: { frames: made, slot: placed.slot } }));
    // Awaited below; until then a failure must not count as unhandled.
    encoded[b]?.catch(() => {});
  };
  try {
    const said = await speakEach(
      blocks,
      voice,
      pronunciations,
      onProgress,
      (index, spoken) => {
        sampleRate ??= spoken.sampleRate;
        if (spoken.sampleRate !== sampleRate)
          throw new Error(`narrate: the engine spoke at ${spoken.sampleRate} Hz and at ${sampleRate} Hz in one essay`);
        speech[index] = spoken;
        const b = sentenceBlocks[index] ?? -1;
        left[b] = (left[b] ?? 0) - 1;
        if (left[b] === 0) encode(b);
      },
      threads?.synth,
    );
    const done = await Promise.all(
      blocks.map(
        (block, b) =>
          encoded[b] ?? Promise.reject(new Error(`assembleNarration: block "${block.id}" has no sentences`)),
      ),
    );
    return {
      sentences: said.sentences,
      spoken: said.spoken,
      placed: done.map((d) => d.placed),
      runs: done.map((d) => d.run),
      sampleRate: sampleRate ?? 16_000,
    };
  } finally {
    if (!threads) await pool.close();
  }
}

/** The synthesis and encoding threads, for a caller that narrates many essays to share (narrateEssay's `threads`). */
export type NarrationThreads = { readonly synth: SynthPool; readonly mp3: Mp3Pool };

export async function startNarrationThreads(
  voice: SynthesisVoice,
): Promise<NarrationThreads & { close: () => Promise<void> }> {
  const [synth, mp3] = [await startSynthPool({ engine: voice.engine, options: voice.options }), startMp3Pool()];
  return { synth, mp3, close: async () => void (await Promise.all([synth.close(), mp3.close()])) };
}

/** Narrates one essay; given `threads`, on those, else on threads of its own. */
export async function narrateEssay(
  { slug, blocks, inputs, pronunciations = NO_PRONUNCIATIONS }: EssayBlocks,
  voice: SynthesisVoice,
  onProgress: (progress: NarrationProgress) => void = () => {},
  threads?: NarrationThreads,
): Promise<NarrationManifest> {
  if (blocks.length === 0) throw new Error(`Essay "${slug}" has nothing to narrate`);
  const used = pronunciationsKey(blocks, pronunciations);
  const { sentences, spoken, placed, runs, sampleRate } = await speakAndEncode(
    blocks,
    voice,
    pronunciations,
    onProgress,
    threads,
  );
  const mp3 = joinMp3(runs, sampleRate);
  const assembled = narrationTimings(placed, sampleRate);
  const vtt = buildWebVtt(
    assembled.sentenceTimings.map((timing, i) => ({
      id: cueId(timing.block, timing.id),
      start: timing.start,
      end: timing.end,
      text: sentences[i]?.text ?? '',
    })),
  );
  const words = manifestWords(assembled.sentenceTimings);
  const manifest: NarrationManifest = {
    slug,
    // The voice settings alone: the options say how to run the engine, and the version covers what they change.
    engine: voice.engine,
    engineVersion: voice.engineVersion,
    voice: voice.voice,
    key: narrationKey(blocks, voice),
    speechKey: speechKey(spoken),
    ...(used === undefined ? {} : { pronunciations: used }),
    durationSeconds: mp3DurationSeconds(mp3),
    bytes: mp3.byteLength,
    hash: sha256(mp3),
    cuesHash: sha256(vtt),
    cues: assembled.timings.map(({ id, start, end }) => ({ id, start, end })),
    inputs,
    ...(words.length ? { words } : {}),
  };
  // The old manifest goes first and the new one last, so that a run killed in between leaves no manifest that
  // vouches for files it did not describe: without one, the narration is missing and the next run makes it.
  rmSync(essayNarrationPath(slug, 'json'), { force: true });
  writeFileIfChanged(essayNarrationPath(slug, 'mp3'), mp3);
  writeFileIfChanged(essayNarrationPath(slug, 'vtt'), vtt);
  writeManifest(manifest);
  return manifest;
}
