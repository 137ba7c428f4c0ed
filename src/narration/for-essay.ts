// Which narration an essay page offers: a recorded file named in frontmatter wins over generated narration.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import { SITE } from '../site.config.ts';
import { narrationUrl } from '../lib/urls.ts';
import type { SpokenBlock } from '../lib/spoken-blocks.ts';
import type { EssayData } from '../lib/essay-schema.ts';
import type { EssayEntry } from '../collection/published-essays.ts';
import { essayNarrationPath, narrationFilesProblem, narrationKey, readManifest, sha256 } from './pipeline/manifest.ts';
import { generatedNarrationEnabled } from './mode.ts';

export interface Narration {
  kind: 'recorded' | 'generated';
  src: string;
  mimeType: string;
  durationSeconds: number;
  bytes: number;
  narrator: string;
  /** WebVTT cues named by block id, for read-along; generated narration only. */
  cuesSrc?: string;
}

const MIME_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
};

export const wantsGeneratedNarration = (data: EssayData): boolean => !data.audio && data.narration !== false;

/** Whether the built page offers narration: a recording, or generated narration (which the build requires be current). */
export const offersNarration = (data: EssayData): boolean =>
  Boolean(data.audio) || (wantsGeneratedNarration(data) && generatedNarrationEnabled());

/** Whether these essays make a podcast: a feed with no episode is one a directory refuses. */
export const makesPodcast = (essays: readonly { data: EssayData }[]): boolean =>
  essays.some(({ data }) => offersNarration(data));

async function recorded(audio: string, narrator: string, file: string): Promise<Narration> {
  const metadata = await parseFile(join('public', audio), { duration: true });
  const durationSeconds = metadata.format.duration;
  if (!durationSeconds) throw new Error(`${file}: cannot read the duration of audio file public${audio}`);
  const extension = audio.split('.').pop()?.toLowerCase() ?? '';
  const bytes = statSync(join('public', audio)).size;
  return {
    kind: 'recorded',
    src: audio,
    mimeType: MIME_TYPES[extension] ?? 'audio/mpeg',
    durationSeconds,
    bytes,
    narrator,
  };
}

/** The generated narration, if it was made from exactly these blocks with the configured voice, and its files match. */
export function currentGeneratedNarration(slug: string, blocks: readonly SpokenBlock[]) {
  const manifest = readManifest(slug);
  if (!manifest || manifest.engine !== SITE.narration.engine || manifest.voice !== SITE.narration.voice)
    return undefined;
  return manifest.key === narrationKey(blocks, manifest) && !narrationFilesProblem(manifest) ? manifest : undefined;
}

/** The command that makes an essay's narration current. */
export const narrateCommand = (slug: string): string => `npm run narrate ${slug}`;

/**
 * The narration an essay offers. Pages pass their spoken blocks, and fail the build on a stale narration;
 * feeds pass none and trust that check, which runs on every essay page of the same build.
 * In dev a missing or stale narration is left out instead (the page shows devNarrationNotice).
 */
export async function narrationFor(essay: EssayEntry, blocks?: readonly SpokenBlock[]): Promise<Narration | undefined> {
  const narrator = essay.data.narrator ?? SITE.defaultNarrator;
  const file = essay.filePath ?? essay.id;
  if (essay.data.audio) return recorded(essay.data.audio, narrator, file);
  if (!wantsGeneratedNarration(essay.data) || !generatedNarrationEnabled()) return undefined;
  const manifest = blocks ? currentGeneratedNarration(essay.id, blocks) : readManifest(essay.id);
  if (!manifest) {
    // Never serve narration that no longer matches the text; `npm run build` narrates before it builds.
    if (import.meta.env.DEV) return undefined;
    throw new Error(
      `${file}: the generated narration is missing or no longer matches the essay; run "${narrateCommand(essay.id)}"`,
    );
  }
  return {
    kind: 'generated',
    src: narrationUrl(essay.id, 'mp3'),
    mimeType: 'audio/mpeg',
    durationSeconds: manifest.durationSeconds,
    bytes: manifest.bytes,
    narrator,
    cuesSrc: narrationUrl(essay.id, 'vtt'),
  };
}

/** What the dev server shows in the player slot of an essay whose generated narration is missing or stale. */
export function devNarrationNotice(essay: EssayEntry, blocks: readonly SpokenBlock[]): string | undefined {
  if (essay.data.audio || !wantsGeneratedNarration(essay.data) || !generatedNarrationEnabled()) return undefined;
  if (currentGeneratedNarration(essay.id, blocks)) return undefined;
  return readManifest(essay.id)
    ? 'The narration of this essay no longer matches its text, so it is not offered.'
    : 'This essay has no narration yet.';
}

/**
 * What an essay page's narration depends on, for its incremental-build key: the recording's size and time, or the
 * kept manifest (which records the MP3's and cues' hashes, the duration and the blocks' key).
 */
export function narrationCacheKey(essay: EssayEntry): string {
  if (essay.data.audio) {
    const { size, mtimeMs } = statSync(join('public', essay.data.audio));
    return `${essay.data.audio}:${size}:${mtimeMs}`;
  }
  // A build with narration off (LECTERN_NARRATION=off) offers none: its pages must not be restored into a normal build.
  if (!wantsGeneratedNarration(essay.data) || !generatedNarrationEnabled()) return 'none';
  const manifest = essayNarrationPath(essay.id, 'json');
  return existsSync(manifest) ? sha256(readFileSync(manifest)) : 'none';
}
