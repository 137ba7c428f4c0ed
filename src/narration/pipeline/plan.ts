// Which essays' kept narration is current, decided from fingerprints, manifests and files alone: only the others
// are rendered by the pre-pass, so a build whose narration is up to date costs no more than one without it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { essaySchema } from '../../lib/essay-schema.ts';
import { readFrontmatter, slugOfPath } from '../../lib/frontmatter.ts';
import { wantsGeneratedNarration } from '../for-essay.ts';
import { KEPT_NARRATION, narrationFilesProblem, readManifest, type VoiceSettings } from './manifest.ts';
import { essayFingerprint } from './render-inputs.ts';

export const ESSAYS_DIR = join('content', 'essays');
/** The pipeline fingerprint the kept narrations were last checked against (a name no essay's file can have). */
const PIPELINE_FILE = join(KEPT_NARRATION, 'pipeline.fingerprint');

export interface EssaySource {
  slug: string;
  file: string;
  /** essayFingerprint of the file and what it imports. */
  inputs: string;
}

export interface SiteFacts {
  now: Date;
  timeZone: string;
  publicFileExists: (sitePath: string) => boolean;
}

/**
 * The essays a production build publishes with generated narration. An essay whose frontmatter does not validate
 * is included: the pre-pass build then stops with the schema's own message, naming the file.
 */
export function essaysWantingNarration(facts: SiteFacts): EssaySource[] {
  if (!existsSync(ESSAYS_DIR)) return [];
  const schema = essaySchema({ timeZone: facts.timeZone, publicFileExists: facts.publicFileExists });
  return readdirSync(ESSAYS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(ESSAYS_DIR, name))
    .filter((file) => {
      let data: unknown;
      try {
        data = readFrontmatter(readFileSync(file, 'utf8'), file);
      } catch (error) {
        if (error instanceof Error) return true;
        throw error;
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) return true;
      return (
        !parsed.data.draft && parsed.data.date.getTime() <= facts.now.getTime() && wantsGeneratedNarration(parsed.data)
      );
    })
    .map((file) => ({ slug: slugOfPath(file), file, inputs: essayFingerprint('.', file) }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export const readPipelineFingerprint = (): string | undefined =>
  existsSync(PIPELINE_FILE) ? readFileSync(PIPELINE_FILE, 'utf8').trim() : undefined;

export function writePipelineFingerprint(fingerprint: string): void {
  if (readPipelineFingerprint() !== fingerprint) writeFileSync(PIPELINE_FILE, `${fingerprint}\n`);
}

/** Why an essay's kept narration may be out of date, or undefined when nothing it depends on has changed. */
export function reasonToRender(
  essay: EssaySource,
  voice: VoiceSettings,
  pipelineCurrent: boolean,
  { thorough = false } = {},
): string | undefined {
  const manifest = readManifest(essay.slug);
  if (!manifest) return 'it has no narration yet';
  if (
    manifest.engine !== voice.engine ||
    manifest.engineVersion !== voice.engineVersion ||
    manifest.voice !== voice.voice
  ) {
    return `the voice changed (${manifest.engine} ${manifest.engineVersion} ${manifest.voice} -> ${voice.engine} ${voice.engineVersion} ${voice.voice})`;
  }
  const files = narrationFilesProblem(manifest, { thorough });
  if (files) return files;
  if (manifest.inputs !== essay.inputs) return 'the essay changed';
  if (!pipelineCurrent) return 'the code that renders essays changed';
  return undefined;
}
