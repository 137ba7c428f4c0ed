// Where generated narration lives, what its manifest records, and the key that says whether it still matches the essay.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpokenBlock } from '../lib/spoken-blocks.ts';
import type { NarrationFile } from '../lib/urls.ts';

/** Generated narration, outside the source tree: it is rebuilt from the essays, never committed. */
export const NARRATION_CACHE = join('.cache', 'narration');

// Bump when the assembly (pauses, loudness, encoding) changes, so every narration is regenerated.
const FORMAT_VERSION = 1;

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
  durationSeconds: number;
  bytes: number;
  /** sha256 of the MP3. */
  hash: string;
  cues: Array<{ id: string; start: number; end: number }>;
}

export const essayNarrationPath = (slug: string, kind: NarrationFile): string => join(NARRATION_CACHE, 'essays', `${slug}.${kind}`);

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Changes whenever a block's id, kind or text, the voice or the format changes. */
export function narrationKey(blocks: readonly SpokenBlock[], { engine, engineVersion, voice }: VoiceSettings): string {
  return sha256(JSON.stringify({ format: FORMAT_VERSION, voice: [engine, engineVersion, voice], blocks: blocks.map((b) => [b.id, b.kind, b.text]) }));
}

export const speechKey = (spokenTexts: readonly string[]): string => sha256(JSON.stringify(spokenTexts));

export function readManifest(slug: string): NarrationManifest | undefined {
  const path = essayNarrationPath(slug, 'json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as NarrationManifest) : undefined;
}
