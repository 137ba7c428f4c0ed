// Joins synthesized sentences into one narration: trimmed, paused by structure, at one loudness, with exact times
// for each block, each sentence and, where the engine gave them, each word.
import type { BlockKind } from '../../lib/essay-body/spoken-blocks.ts';
import { inputSamples, LEAD_IN_SAMPLES, slotSamples } from './frame-slots.ts';
import type { SpokenWord } from './speech.ts';

export type SentenceAudio = {
  readonly id: string;
  readonly samples: Float32Array;
  /** The engine's word timings (Speech.words): seconds from the start of these samples, before trimming. */
  readonly words?: readonly SpokenWord[];
};

export type BlockAudio = {
  readonly id: string;
  readonly kind: BlockKind;
  /** In reading order; a block has at least one. */
  readonly sentences: readonly SentenceAudio[];
};

/** A block said as one piece, as the benchmarks that synthesize whole blocks give it. */
export const wholeBlock = (id: string, kind: BlockKind, samples: Float32Array): BlockAudio => ({
  id,
  kind,
  sentences: [{ id, samples }],
});

// Seconds from the start of the narration; derived from sample counts, so cues are exact.
export type BlockTiming = { readonly id: string; readonly start: number; readonly end: number };
export type SentenceTiming = BlockTiming & {
  readonly block: string;
  /** Where the sentence's audio had words: in narration time, within the sentence's start and end. */
  readonly words?: readonly SpokenWord[];
};

export type AssembledNarration = {
  readonly samples: Float32Array;
  readonly sampleRate: number;
  readonly timings: readonly BlockTiming[];
  readonly sentenceTimings: readonly SentenceTiming[];
  /** The blocks as encoded, each alone (mp3.ts encodePlaced): their samples laid end to end, by slot, are `samples`. */
  readonly placed: readonly PlacedBlock[];
};

// Active speech at -18 dBFS RMS is near podcast loudness (about -16 to -19 LUFS);
// the -1 dBFS ceiling leaves room for MP3 overshoot, so nothing clips after decoding.
export const LOUDNESS = { targetRmsDbfs: -18, peakCeilingDbfs: -1 } as const;

// Samples quieter than this (relative to the block's peak) are inaudible, so trimming them loses nothing.
const TRIM_THRESHOLD_DB = -50;
// 20 ms windows: short enough to skip the gaps between words when measuring speech level.
const LOUDNESS_WINDOW_SECONDS = 0.02;
// Windows 20 dB below the mean are pauses, not speech (the relative gate of ITU-R BS.1770, widened for speech).
const RELATIVE_GATE_DB = -20;

// Listeners hear structure only through timing: the bigger the break in the text, the longer the pause.
// Flite already pauses 0.34-0.41 s at a full stop (measured, voices rms and slt), so a paragraph break
// needs about twice that to be heard as one, and a section break more again.
export function pauseSeconds(previousKind: BlockKind, nextKind: BlockKind): number {
  if (nextKind === 'heading' || nextKind === 'footnotes') return 1.5;
  if (previousKind === 'heading' || previousKind === 'footnotes') return 1.0;
  if (previousKind === 'list-item' && nextKind === 'list-item') return 0.5;
  return 0.8;
}

// Between the sentences of a block, synthesized apart: flite's own pause at a full stop (0.34-0.41 s, above).
export const SENTENCE_PAUSE_SECONDS = 0.4;

/**
 * One block made ready to encode on its own: its sentences trimmed and paused, at its own loudness, followed by
 * silence to the end of its input (frame-slots.ts). Its times count from its own first sample.
 */
export type PlacedBlock = {
  readonly id: string;
  /** What LAME is given for this block: its audio, then silence. */
  readonly samples: Float32Array;
  /** The samples of narration it takes, a whole number of frames; the last block's is its audio alone. */
  readonly slot: number;
  /** Where its audio starts (after the lead-in, frame-slots.ts) and ends: its cue's start and end. */
  readonly audioStart: number;
  readonly audioEnd: number;
  /** Each sentence's start and end in samples; its words (where the engine gave them) in seconds. */
  readonly sentences: ReadonlyArray<{
    readonly id: string;
    readonly start: number;
    readonly end: number;
    readonly words?: readonly SpokenWord[];
  }>;
};

/**
 * Places one block, given the kind of the block after it (undefined for the last): everything it needs to be
 * encoded as soon as its sentences are spoken, without waiting for the rest of the essay.
 * Each block is brought to the target loudness alone, so that its audio, and so its frames, depend on it alone.
 */
export function placeBlock(block: BlockAudio, nextKind: BlockKind | undefined, sampleRate: number): PlacedBlock {
  if (block.sentences.length === 0) throw new Error(`assembleNarration: block "${block.id}" has no sentences`);
  const sentencePause = Math.round(SENTENCE_PAUSE_SECONDS * sampleRate);
  const trimmed = block.sentences.map((sentence) => ({ ...sentence, ...trimSilence(block.id, sentence) }));
  const audioStart = LEAD_IN_SAMPLES;
  const audioEnd =
    audioStart + trimmed.reduce((length, s) => length + s.samples.length, 0) + sentencePause * (trimmed.length - 1);
  // The next block's lead-in is part of the pause after this one.
  const pause = nextKind === undefined ? 0 : Math.round(pauseSeconds(block.kind, nextKind) * sampleRate);
  const slot = nextKind === undefined ? audioEnd : slotSamples(audioEnd, pause - LEAD_IN_SAMPLES, sampleRate);
  const samples = new Float32Array(nextKind === undefined ? audioEnd : inputSamples(slot));
  let offset = audioStart;
  const sentences = trimmed.map((sentence, n) => {
    if (n > 0) offset += sentencePause;
    samples.set(sentence.samples, offset);
    const [start, end] = [offset, offset + sentence.samples.length];
    offset = end;
    // A word's time in the sentence's own audio, less the silence trimmed from its head, after where it starts;
    // a word in the trimmed silence (the first one's lead-in, the last one's tail) stops at the sentence's edge.
    const shift = (start - sentence.head) / sampleRate;
    const within = (t: number): number => Math.min(end / sampleRate, Math.max(start / sampleRate, t + shift));
    const words = sentence.words?.map((word) => ({ ...word, start: within(word.start), end: within(word.end) }));
    return { id: sentence.id, start, end, ...(words ? { words } : {}) };
  });
  const audio = samples.subarray(audioStart, audioEnd);
  scaleInPlace(audio, normalisationGain(audio, sampleRate));
  return { id: block.id, samples, slot, audioStart, audioEnd, sentences };
}

/** Where each placed block starts in the narration: one after another, each in its slot. */
export function blockStarts(placed: readonly PlacedBlock[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const block of placed) {
    starts.push(offset);
    offset += block.slot;
  }
  return starts;
}

/** The blocks' and sentences' times in the narration, in seconds, from the samples: exact, as the cues need. */
export function narrationTimings(
  placed: readonly PlacedBlock[],
  sampleRate: number,
): Pick<AssembledNarration, 'timings' | 'sentenceTimings'> & { length: number } {
  const starts = blockStarts(placed);
  const seconds = (at: number): number => at / sampleRate;
  const timings: BlockTiming[] = [];
  const sentenceTimings: SentenceTiming[] = [];
  placed.forEach((block, i) => {
    const at = starts[i] ?? 0;
    for (const { id, start, end, words } of block.sentences) {
      const timing = { id, block: block.id, start: seconds(at + start), end: seconds(at + end) };
      const moved = words?.map((word) => ({ ...word, start: seconds(at) + word.start, end: seconds(at) + word.end }));
      sentenceTimings.push(moved ? { ...timing, words: moved } : timing);
    }
    timings.push({ id: block.id, start: seconds(at + block.audioStart), end: seconds(at + block.audioEnd) });
  });
  const last = placed.length - 1;
  return { timings, sentenceTimings, length: (starts[last] ?? 0) + (placed[last]?.slot ?? 0) };
}

export function assembleNarration(blocks: readonly BlockAudio[], sampleRate: number): AssembledNarration {
  if (blocks.length === 0) throw new Error('assembleNarration: no blocks to narrate');
  const placed = blocks.map((block, i) => placeBlock(block, blocks[i + 1]?.kind, sampleRate));
  const { timings, sentenceTimings, length } = narrationTimings(placed, sampleRate);
  const samples = new Float32Array(length);
  blockStarts(placed).forEach((start, i) => {
    samples.set(placed[i]?.samples ?? new Float32Array(), start);
  });
  return { samples, sampleRate, timings, sentenceTimings, placed };
}

// A view, not a copy: the sentence's audio from its first to its last audible sample, and how many samples went
// before (align/ trims a stand-in recording the same way).
export function trimSilence(block: string, sentence: SentenceAudio): { samples: Float32Array; head: number } {
  const { samples } = sentence;
  const threshold = peakOf(samples) * 10 ** (TRIM_THRESHOLD_DB / 20);
  let first = 0;
  while (first < samples.length && Math.abs(samples[first] ?? 0) <= threshold) first++;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last] ?? 0) <= threshold) last--;
  if (first >= samples.length)
    throw new Error(`assembleNarration: block "${block}" (sentence ${sentence.id}) has no audible samples`);
  return { samples: samples.subarray(first, last + 1), head: first };
}

// One gain for a whole block keeps its dynamics as synthesized and makes blocks, and so essays, equally loud.
function normalisationGain(samples: Float32Array, sampleRate: number): number {
  const byLevel = 10 ** (LOUDNESS.targetRmsDbfs / 20) / activeRms(samples, sampleRate);
  const byPeak = 10 ** (LOUDNESS.peakCeilingDbfs / 20) / peakOf(samples);
  return Math.min(byLevel, byPeak);
}

// RMS over the windows that hold speech, so pauses and trailing breaths do not make an essay louder.
// The per-sample loops here and below are plain for loops: TypedArray reduce costs a call per sample.
function activeRms(samples: Float32Array, sampleRate: number): number {
  const size = Math.max(1, Math.round(LOUDNESS_WINDOW_SECONDS * sampleRate));
  const powers: number[] = [];
  for (let start = 0; start < samples.length; start += size) {
    const end = Math.min(samples.length, start + size);
    let energy = 0;
    for (let i = start; i < end; i++) {
      const x = samples[i] ?? 0;
      energy += x * x;
    }
    if (energy > 0) powers.push(energy / (end - start));
  }
  const mean = powers.reduce((a, b) => a + b, 0) / powers.length;
  const gate = mean * 10 ** (RELATIVE_GATE_DB / 10);
  const active = powers.filter((p) => p >= gate);
  return Math.sqrt(active.reduce((a, b) => a + b, 0) / active.length);
}

function peakOf(samples: Float32Array): number {
  let peak = 0;
  for (let i = 0; i < samples.length; i++) peak = Math.max(peak, Math.abs(samples[i] ?? 0));
  return peak;
}

function scaleInPlace(samples: Float32Array, gain: number): void {
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] ?? 0) * gain;
}
