// What a recording's alignment was made from (align-recorded.ts makes it): kept beside its cues, so that the page,
// the feeds and `npm run narrate` all tell the same way whether the cues still fit the recording and the text.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sentencesOf } from '../../lib/essay-body/sentences.ts';
import type { SpokenBlock } from '../../lib/essay-body/spoken-blocks.ts';
import { sha256 } from '../../files/sha256.ts';
import type { TimedUnit } from '../align/align-recording.ts';
import { essayNarrationPath, KEPT_NARRATION } from './manifest.ts';

// Bump when the alignment (its features, warp or quality check) changes, so every recording is aligned again.
export const ALIGNMENT_FORMAT = 1;

export interface AlignmentRecord {
  slug: string;
  format: number;
  /** sha256 of the recording's bytes. */
  recording: string;
  /** sentencesKey of the blocks it was aligned with. */
  text: string;
  /** essayFingerprint of the essay's file when it was aligned: unchanged, the essay need not be rendered to check. */
  inputs: string;
  /** Why the recording could not be aligned; then there are no cues and the page offers no read-along. */
  problem?: string;
  /** sha256 of the cues written, and each block's span in the recording (for the chapters). */
  cuesHash?: string;
  cues?: TimedUnit[];
}

export const alignmentPath = (slug: string): string => join(KEPT_NARRATION, `${slug}.alignment.json`);

/** The sentences a recording is aligned with, as one key: an edit to the text changes it. */
export const sentencesKey = (blocks: readonly SpokenBlock[]): string =>
  sha256(JSON.stringify(sentencesOf(blocks).map(({ id, block, text }) => [id, block, text])));

// A build asks for a recording's hash once per page and per feed that lists it: each file is read once per process,
// unless it changed meanwhile (as between two runs of a test).
const hashes = new Map<string, string>();

/** sha256 of a recording's bytes. */
export function recordingHash(file: string): string {
  const { size, mtimeMs } = statSync(file);
  const key = `${file}\0${size}\0${mtimeMs}`;
  let hash = hashes.get(key);
  if (hash === undefined) {
    hash = sha256(readFileSync(file));
    hashes.set(key, hash);
  }
  return hash;
}

export function readAlignment(slug: string): AlignmentRecord | undefined {
  const path = alignmentPath(slug);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as AlignmentRecord) : undefined;
}

/** Why the kept alignment does not fit this recording and text, or undefined when it does (text unknown: not asked). */
export function alignmentStale(
  record: AlignmentRecord | undefined,
  facts: { recording: string; inputs?: string; text?: string },
): string | undefined {
  if (!record) return 'its recording has not been aligned yet';
  if (record.format !== ALIGNMENT_FORMAT) return 'the alignment changed';
  if (record.recording !== facts.recording) return 'its recording changed';
  if (facts.text !== undefined && record.text !== facts.text) return 'its text changed';
  if (facts.inputs !== undefined && facts.text === undefined && record.inputs !== facts.inputs)
    return 'the essay changed';
  const cues = essayNarrationPath(record.slug, 'vtt');
  if (!record.problem && (!existsSync(cues) || sha256(readFileSync(cues)) !== record.cuesHash))
    return `its cues (${cues}) are missing or not the ones its alignment made`;
  return undefined;
}
