// Which narration an essay page offers: a recorded file named in frontmatter wins over generated narration.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import { SITE } from '../site.config.ts';
import { narrationUrl } from '../lib/site/urls.ts';
import type { SpokenBlock } from '../lib/essay-body/spoken-blocks.ts';
import type { EssayData } from '../lib/essays/essay-schema.ts';
import type { EssayEntry } from '../collection/published-essays.ts';
import { generatedNarrationEnabled } from '../lib/site/build-flags.ts';
import { offersNarration, wantsGeneratedNarration } from '../lib/essays/narration-offer.ts';
import { sha256 } from '../files/sha256.ts';
import { essayNarrationPath, type NarrationManifest, readManifest } from './pipeline/manifest.ts';
import { staleByBlocks } from './verdict.ts';
import { alignmentStale, readAlignment, recordingHash, sentencesKey } from './pipeline/alignment-record.ts';

export interface Narration {
  kind: 'recorded' | 'generated';
  src: string;
  mimeType: string;
  durationSeconds: number;
  bytes: number;
  narrator: string;
  /** WebVTT cues, one per sentence, for read-along: generated narration's, or a recording's alignment. */
  cuesSrc?: string;
  /**
   * Changes whenever the audio or its cues change. Their URLs carry no hash, so an essay saved for offline listening
   * is kept under this version, and a page with another one replaces it (src/client/offline/).
   */
  version: string;
}

const versionOf = (...hashes: string[]): string => sha256(hashes.join('\0')).slice(0, 16);

const MIME_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
};

/** Whether these essays make a podcast: a feed with no episode is one a directory refuses. */
export const makesPodcast = (essays: readonly { data: EssayData }[]): boolean =>
  essays.some(({ data }) => offersNarration(data));

/**
 * A recording's cues, where its kept alignment fits the recording and (given them) the page's blocks: a stale one is
 * left out, never served against a changed text.
 */
function alignedCues(slug: string, audio: string, blocks?: readonly SpokenBlock[]): string | undefined {
  const record = readAlignment(slug);
  if (!record || record.problem) return undefined;
  const facts = { recording: recordingHash(join('public', audio)), ...(blocks ? { text: sentencesKey(blocks) } : {}) };
  return alignmentStale(record, facts) === undefined ? narrationUrl(slug, 'vtt') : undefined;
}

async function recorded(
  slug: string,
  audio: string,
  narrator: string,
  file: string,
  cuesSrc: string | undefined,
): Promise<Narration> {
  const metadata = await parseFile(join('public', audio), { duration: true });
  const durationSeconds = metadata.format.duration;
  if (!durationSeconds) throw new Error(`${file}: cannot read the duration of audio file public${audio}`);
  const extension = audio.split('.').pop()?.toLowerCase() ?? '';
  const bytes = statSync(join('public', audio)).size;
  const cuesFile = essayNarrationPath(slug, 'vtt');
  const cuesHash = cuesSrc && existsSync(cuesFile) ? sha256(readFileSync(cuesFile)) : '';
  return {
    kind: 'recorded',
    src: audio,
    mimeType: MIME_TYPES[extension] ?? 'audio/mpeg',
    durationSeconds,
    bytes,
    narrator,
    ...(cuesSrc ? { cuesSrc } : {}),
    version: versionOf(recordingHash(join('public', audio)), cuesHash),
  };
}

/** The kept generated narration, if the verdict finds it made from exactly these blocks with the configured voice. */
export function currentGeneratedNarration(slug: string, blocks: readonly SpokenBlock[]): NarrationManifest | undefined {
  const manifest = readManifest(slug);
  return staleByBlocks(manifest, blocks, SITE.narration) === undefined ? manifest : undefined;
}

/** The command that makes an essay's narration current. */
export const narrateCommand = (slug: string): string => `npm run narrate ${slug}`;

/** The error a production build stops with when an essay's generated narration is missing or stale. */
export const staleNarrationError = (essay: EssayEntry): Error =>
  new Error(
    `${essay.filePath ?? essay.id}: the generated narration is missing or no longer matches the essay; run "${narrateCommand(essay.id)}"`,
  );

const generated = (essay: EssayEntry, narrator: string, manifest: NarrationManifest): Narration => ({
  kind: 'generated',
  src: narrationUrl(essay.id, 'mp3'),
  mimeType: 'audio/mpeg',
  durationSeconds: manifest.durationSeconds,
  bytes: manifest.bytes,
  narrator,
  cuesSrc: narrationUrl(essay.id, 'vtt'),
  version: versionOf(manifest.hash, manifest.cuesHash),
});

const wantsGenerated = (essay: EssayEntry): boolean =>
  !essay.data.audio && wantsGeneratedNarration(essay.data) && generatedNarrationEnabled();

async function offered(
  essay: EssayEntry,
  keptManifest: (slug: string) => NarrationManifest | undefined,
  blocks?: readonly SpokenBlock[],
): Promise<Narration | undefined> {
  const narrator = essay.data.narrator ?? SITE.defaultNarrator;
  const { audio } = essay.data;
  if (audio)
    return recorded(essay.id, audio, narrator, essay.filePath ?? essay.id, alignedCues(essay.id, audio, blocks));
  if (!wantsGenerated(essay)) return undefined;
  const manifest = keptManifest(essay.id);
  if (manifest) return generated(essay, narrator, manifest);
  // Never serve narration that no longer matches the text; `npm run build` narrates before it builds.
  if (import.meta.env.DEV) return undefined;
  throw staleNarrationError(essay);
}

/**
 * The narration an essay page offers, checked against the blocks the page shows: a production build stops on a
 * missing or stale narration, and dev leaves it out (the page shows devNarrationNotice).
 */
export const narrationForPage = (essay: EssayEntry, blocks: readonly SpokenBlock[]): Promise<Narration | undefined> =>
  offered(essay, (slug) => currentGeneratedNarration(slug, blocks), blocks);

/**
 * The narration the feeds announce. It trusts the kept manifest: every essay page of the same build checks it
 * against the page's blocks, and stops the build if it is stale.
 */
export const narrationForFeed = (essay: EssayEntry): Promise<Narration | undefined> => offered(essay, readManifest);

/** What the dev server shows in the player slot of an essay whose generated narration is missing or stale. */
export function devNarrationNotice(essay: EssayEntry, blocks: readonly SpokenBlock[]): string | undefined {
  if (!wantsGenerated(essay)) return undefined;
  if (currentGeneratedNarration(essay.id, blocks)) return undefined;
  return readManifest(essay.id)
    ? 'The narration of this essay no longer matches its text, so it is not offered.'
    : 'This essay has no narration yet.';
}

/**
 * What an essay page's narration depends on, for its incremental-build key: the recording's size and time with the
 * cues its alignment wrote, or the kept manifest (which records the MP3's and cues' hashes, the duration and the
 * blocks' key). The chapters and the transcript are made of the same.
 */
export function narrationCacheKey(essay: EssayEntry): string {
  if (essay.data.audio) {
    const { size, mtimeMs } = statSync(join('public', essay.data.audio));
    const cues = essayNarrationPath(essay.id, 'vtt');
    return `${essay.data.audio}:${size}:${mtimeMs}:${existsSync(cues) ? sha256(readFileSync(cues)) : 'no cues'}`;
  }
  // A build with narration off (LECTERN_NARRATION=off) offers none: its pages must not be restored into a normal build.
  if (!wantsGenerated(essay)) return 'none';
  const manifest = essayNarrationPath(essay.id, 'json');
  return existsSync(manifest) ? sha256(readFileSync(manifest)) : 'none';
}
