// Read-along for a recording a person made (an essay's `audio:`): the essay's sentences said by the reference voice
// (flite, offline, through the sentence cache), aligned with the recording (align/), and written as the essay's cues.
// A record beside them says what they were made from, so they are made again only when the recording or the text
// changes; a recording that cannot be aligned is recorded too, with why, and published without read-along.
import { readFileSync, rmSync } from 'node:fs';
import { MPEGDecoder } from 'mpg123-decoder';
import { cueId } from '../../lib/essay-body/cue-ids.ts';
import type { SpokenBlock } from '../../lib/essay-body/spoken-blocks.ts';
import { NO_PRONUNCIATIONS } from '../../lib/essays/pronunciations.ts';
import { writeFileIfChanged } from '../../files/atomic-write.ts';
import { sha256 } from '../../files/sha256.ts';
import { alignRecording, type TimedUnit } from '../align/align-recording.ts';
import { alignmentProblem } from '../align/quality.ts';
import type { Speech } from '../audio/speech.ts';
import { decodeWav } from '../audio/wav.ts';
import { buildWebVtt } from '../audio/webvtt.ts';
import {
  ALIGNMENT_FORMAT,
  type AlignmentRecord,
  alignmentPath,
  alignmentStale,
  readAlignment,
  recordingHash,
  sentencesKey,
} from './alignment-record.ts';
import { essayNarrationPath } from './manifest.ts';
import { type NarrationProgress, speakSentences, type SynthesisVoice, synthesisVoiceFor } from './narrate-essay.ts';

/** The recording as mono samples: MP3 (what Lectern asks for) or WAV; anything else cannot be aligned here. */
async function decodeRecording(file: string): Promise<Speech | string> {
  const bytes = readFileSync(file);
  if (/\.wav$/i.test(file)) return decodeWav(bytes);
  if (!/\.mp3$/i.test(file)) return 'only MP3 and WAV recordings can be aligned';
  const decoder = new MPEGDecoder({ enableGapless: true });
  await decoder.ready;
  const { channelData, sampleRate, errors } = decoder.decode(bytes);
  decoder.free();
  const samples = channelData[0];
  if (errors.length || !samples?.length) return `the MP3 does not decode (${errors[0]?.message ?? 'no audio'})`;
  return { samples, sampleRate };
}

/** Cues in order and never backwards: a warp can let a sentence start a frame before the last one did. */
function inOrder(units: readonly TimedUnit[]): TimedUnit[] {
  let previous = 0;
  return units.map(({ id, start, end }) => {
    const from = Math.max(start, previous);
    previous = from;
    return { id, start: from, end: Math.max(end, from) };
  });
}

export interface RecordedEssay {
  slug: string;
  file: string;
  /** The recording's file on disk (public/…). */
  recording: string;
  inputs: string;
  blocks: readonly SpokenBlock[];
}

/** The reference voice: flite's own, whatever engine the site narrates with (a cloud voice would bill for it). */
const referenceVoice = (): Promise<SynthesisVoice> => synthesisVoiceFor({ engine: 'flite', voice: 'rms' });

/** Aligns the essay's recording with its text and writes its cues and record; says why, where it cannot. */
async function alignRecordedEssay(
  essay: RecordedEssay,
  voice: SynthesisVoice,
  onProgress: (progress: NarrationProgress) => void = () => {},
): Promise<AlignmentRecord> {
  const base = {
    slug: essay.slug,
    format: ALIGNMENT_FORMAT,
    recording: recordingHash(essay.recording),
    text: sentencesKey(essay.blocks),
    inputs: essay.inputs,
  };
  const recording = await decodeRecording(essay.recording);
  const { sentences, assembled } = await speakSentences(essay.blocks, voice, NO_PRONUNCIATIONS, onProgress);
  const aligned =
    typeof recording === 'string'
      ? recording
      : alignRecording({ ...assembled, units: assembled.sentenceTimings }, recording);
  const problem = typeof aligned === 'string' ? aligned : alignmentProblem(aligned.quality);
  // The record goes last: a run stopped before it leaves the next run to align again.
  rmSync(alignmentPath(essay.slug), { force: true });
  if (problem !== undefined || typeof aligned === 'string') {
    rmSync(essayNarrationPath(essay.slug, 'vtt'), { force: true });
    return writeRecord({ ...base, problem: problem ?? 'it could not be aligned' });
  }
  const units = inOrder(aligned.units);
  const vtt = buildWebVtt(
    units.map((unit, i) => ({
      id: cueId(sentences[i]?.block ?? '', unit.id),
      start: unit.start,
      end: unit.end,
      text: sentences[i]?.text ?? '',
    })),
  );
  writeFileIfChanged(essayNarrationPath(essay.slug, 'vtt'), vtt);
  const cues = essay.blocks.map(({ id }) => {
    const own = units.filter((_, i) => sentences[i]?.block === id);
    return { id, start: own[0]?.start ?? 0, end: own.at(-1)?.end ?? 0 };
  });
  return writeRecord({ ...base, cuesHash: sha256(vtt), cues });
}

function writeRecord(record: AlignmentRecord): AlignmentRecord {
  writeFileIfChanged(alignmentPath(record.slug), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

export interface AlignRun {
  /** Only say which alignments are not current; align nothing. */
  check: boolean;
  /** Whether the code that renders essays is as the kept records were made with. */
  pipelineCurrent: boolean;
  log: (line: string) => void;
  warn: (line: string) => void;
  /** The pre-pass: the spoken blocks of these essays' pages. */
  render: (slugs: readonly string[]) => ReadonlyArray<{ slug: string; blocks: readonly SpokenBlock[] }>;
}

/**
 * Aligns each recorded essay whose kept alignment no longer fits (or, with `check`, names them): true when every
 * alignment is current at the end. A recording that cannot be aligned is a warning, not a failure.
 */
export async function alignRecordings(
  essays: ReadonlyArray<Omit<RecordedEssay, 'blocks'>>,
  run: AlignRun,
): Promise<boolean> {
  const reasons = new Map(
    essays.flatMap((essay) => {
      const why =
        alignmentStale(readAlignment(essay.slug), {
          recording: recordingHash(essay.recording),
          inputs: essay.inputs,
        }) ?? (run.pipelineCurrent ? undefined : 'the code that renders essays changed');
      return why ? [[essay.slug, why] as const] : [];
    }),
  );
  if (reasons.size === 0) return true;
  const rendered = run.render([...reasons.keys()]);
  const stale = essays.flatMap((essay) => {
    const blocks = rendered.find((r) => r.slug === essay.slug)?.blocks;
    if (!reasons.has(essay.slug) || !blocks) return [];
    const record = readAlignment(essay.slug);
    const why = alignmentStale(record, { recording: recordingHash(essay.recording), text: sentencesKey(blocks) });
    // The text is the same: only the essay's fingerprint moves on.
    if (!why && record) writeRecord({ ...record, inputs: essay.inputs });
    return why ? [{ ...essay, blocks, why }] : [];
  });
  if (run.check) {
    for (const { file, slug, why } of stale)
      run.warn(`${file}: its read-along is not current: ${why}; run "npm run narrate ${slug}"`);
    return stale.length === 0;
  }
  const voice = stale.length ? await referenceVoice() : undefined;
  for (const essay of stale) {
    run.log(`${essay.slug}: aligning its recording with its text, because ${essay.why}`);
    const record = await alignRecordedEssay(essay, voice as SynthesisVoice);
    if (record.problem)
      run.warn(
        `${essay.file}: its recording (${essay.recording}) cannot be aligned with its text: ${record.problem}; it is published without read-along`,
      );
    else run.log(`${essay.slug}: ${record.cues?.length ?? 0} blocks aligned`);
  }
  return true;
}
