// Where generated narration lives, what its manifest records, and the key that says whether it still matches the essay.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeFileIfChanged } from '../../files/atomic-write.ts';
import { sha256 } from '../../files/sha256.ts';
import { join } from 'node:path';
import type { SpokenBlock } from '../../lib/essay-body/spoken-blocks.ts';
import type { NarrationFile } from '../../lib/site/urls.ts';

/**
 * Generated narration is kept beside the essays and committed, so a deploy from a clean clone synthesizes nothing
 * for an essay that has not changed. The per-block audio it is assembled from is a cache, never committed.
 */
export const KEPT_NARRATION = join('content', 'narration');
export const NARRATION_CACHE = join('.cache', 'narration');

// Bump when the assembly (pauses, loudness, encoding) changes, so every narration is regenerated.
// 2: MP3 at 32 kbps, not 48, so a 90-minute narration fits Cloudflare Pages' 25 MiB per file.
// 3: encoded by LAME 3.100 in WebAssembly (with its bit reservoir), not lamejs.
// 4: synthesized sentence by sentence (sentences.ts), one cue per sentence.
// 5: each block encoded alone and the frames joined (audio/frame-slots.ts), at its own loudness, with a lead-in and
//    its pause rounded to whole frames: so both cores encode, and an edit re-encodes one block.
const FORMAT_VERSION = 5;

export interface VoiceSettings {
  engine: string;
  engineVersion: string;
  voice: string;
}

export interface NarrationManifest extends VoiceSettings {
  slug: string;
  /** The key of the blocks and voice this narration was made from: what the page checks. */
  key: string;
  /** The key of the exact texts the engine spoke: a change to the text normalisation changes it, not the page. */
  speechKey: string;
  /** The key of the lexicon entries its spoken text used (pronunciationsKey), absent when it used none. */
  pronunciations?: string;
  durationSeconds: number;
  bytes: number;
  /** sha256 of the MP3 and of the WebVTT cues: a file that does not match its manifest is not served. */
  hash: string;
  cuesHash: string;
  cues: Array<{ id: string; start: number; end: number }>;
  /** Fingerprint of the essay's own inputs (its file and what it imports): unchanged, its blocks need no rendering. */
  inputs: string;
  /**
   * When each word is said, only where the engine tells (espeak): [cue, start, end, text], cue the index of its
   * sentence's cue in the WebVTT, times in seconds to the millisecond, text the word as the engine was given it.
   * Absent otherwise, so a narration whose engine gives no words (flite) keeps the manifest it had.
   */
  words?: ManifestWord[];
}

export type ManifestWord = [cue: number, start: number, end: number, text: string];

export const essayNarrationPath = (slug: string, kind: NarrationFile): string =>
  join(KEPT_NARRATION, `${slug}.${kind}`);

/** Changes whenever a block's id, kind or text, the voice or the format changes. */
export function narrationKey(blocks: readonly SpokenBlock[], { engine, engineVersion, voice }: VoiceSettings): string {
  return sha256(
    JSON.stringify({
      format: FORMAT_VERSION,
      voice: [engine, engineVersion, voice],
      // A block's `say` only where it has one, so that the keys of every other narration stay as they were.
      blocks: blocks.map((b) => (b.say === undefined ? [b.id, b.kind, b.text] : [b.id, b.kind, b.text, b.say])),
    }),
  );
}

export const speechKey = (spokenTexts: readonly string[]): string => sha256(JSON.stringify(spokenTexts));

export function readManifest(slug: string): NarrationManifest | undefined {
  const path = essayNarrationPath(slug, 'json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as NarrationManifest) : undefined;
}

/**
 * The manifest as committed: stable key order and formatting, so an unchanged narration leaves git with no diff.
 * Its words come last, one to a line: an essay's thousands of words would take six lines each as JSON.stringify
 * indents them, and a line each still shows a re-narrated sentence's words as its own lines of the diff.
 */
export function manifestText({ words, ...manifest }: NarrationManifest): string {
  const text = JSON.stringify(manifest, null, 2);
  if (words === undefined) return `${text}\n`;
  const rows = words.map((word) => `    [${word.map((field) => JSON.stringify(field)).join(', ')}]`);
  return `${text.slice(0, -'\n}'.length)},\n  "words": [\n${rows.join(',\n')}\n  ]\n}\n`;
}

export function writeManifest(manifest: NarrationManifest): void {
  writeFileIfChanged(essayNarrationPath(manifest.slug, 'json'), manifestText(manifest));
}

/**
 * Why the kept files do not match their manifest, or undefined when they do. The MP3 is checked by size unless
 * `thorough` (hashing every MP3 of a large archive on every build would cost seconds); the cues are always hashed.
 */
export function narrationFilesProblem(manifest: NarrationManifest, { thorough = false } = {}): string | undefined {
  const mp3 = essayNarrationPath(manifest.slug, 'mp3');
  const vtt = essayNarrationPath(manifest.slug, 'vtt');
  if (!existsSync(mp3)) return `its MP3 (${mp3}) is missing`;
  if (statSync(mp3).size !== manifest.bytes || (thorough && sha256(readFileSync(mp3)) !== manifest.hash)) {
    return `its MP3 (${mp3}) is not the one its manifest describes`;
  }
  if (!existsSync(vtt)) return `its cues (${vtt}) are missing`;
  if (sha256(readFileSync(vtt)) !== manifest.cuesHash)
    return `its cues (${vtt}) are not the ones its manifest describes`;
  return undefined;
}
