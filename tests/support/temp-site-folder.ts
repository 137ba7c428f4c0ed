// A throwaway working directory for the narration modules, which read content/ and .cache/ relative to it, and the
// narrations kept in it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { sha256 } from '../../src/files/sha256.ts';
import type { SpokenBlock } from '../../src/lib/essay-body/spoken-blocks.ts';
import {
  essayNarrationPath,
  type NarrationManifest,
  narrationKey,
  speechKey,
  writeManifest,
} from '../../src/narration/pipeline/manifest.ts';

/** Runs the file's tests in a fresh empty folder; returns a writer of files relative to it. */
export function inTempSiteFolder(name: string): (path: string, data: string | Uint8Array) => void {
  const cwd = process.cwd();
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `lectern-${name}-`));
    process.chdir(dir);
  });
  afterAll(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });
  return (path, data) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  };
}

export const KEPT_VOICE = { engine: 'flite', engineVersion: '0.1.1', voice: 'rms' } as const;

export interface KeptNarration {
  slug: string;
  blocks: readonly SpokenBlock[];
  /** What the voice was given; the blocks' own text unless said. */
  spoken?: readonly string[];
  mp3?: string;
  vtt?: string;
  inputs?: string;
  changes?: Partial<NarrationManifest>;
}

/** A narration kept exactly as the pipeline leaves it: the files, and a manifest that describes them. */
export function keepNarration(
  write: (path: string, data: string) => void,
  {
    slug,
    blocks,
    spoken,
    mp3 = 'ID3 stands in for the audio',
    vtt = 'WEBVTT\n',
    inputs = 'inputs',
    changes,
  }: KeptNarration,
): NarrationManifest {
  write(essayNarrationPath(slug, 'mp3'), mp3);
  write(essayNarrationPath(slug, 'vtt'), vtt);
  const manifest: NarrationManifest = {
    slug,
    ...KEPT_VOICE,
    key: narrationKey(blocks, KEPT_VOICE),
    speechKey: speechKey(spoken ?? blocks.map((block) => block.text)),
    durationSeconds: blocks.length,
    bytes: Buffer.byteLength(mp3),
    hash: sha256(mp3),
    cuesHash: sha256(vtt),
    cues: blocks.map(({ id }, i) => ({ id, start: i, end: i + 1 })),
    inputs,
    ...changes,
  };
  writeManifest(manifest);
  return manifest;
}
