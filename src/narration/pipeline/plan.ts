// Which essays' kept narration is current, decided from fingerprints, manifests and files alone: only the others
// are rendered by the pre-pass, so a build whose narration is up to date costs no more than one without it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EssayData, essaySchema } from '../../lib/essays/essay-schema.ts';
import { isEssayFile, readFrontmatter, slugOfPath } from '../../lib/essays/frontmatter.ts';
import { type Lexicon, mergeLexicons, readLexicon } from '../../lib/essays/pronunciations.ts';
import { wantsGeneratedNarration } from '../../lib/essays/narration-offer.ts';
import type { SpokenBlock } from '../../lib/essay-body/spoken-blocks.ts';
import { type FileCheck, type Staleness, staleByBlocks, staleByFingerprint } from '../verdict.ts';
import { KEPT_NARRATION, readManifest, type VoiceSettings, writeManifest } from './manifest.ts';
import type { EssayToNarrate } from './prepass.ts';
import { pronunciationsKey } from './narrate-essay.ts';
import { essayFingerprint } from './render-inputs.ts';

export const ESSAYS_DIR = join('content', 'essays');
/** The pipeline fingerprint the kept narrations were last checked against (a name no essay's file can have). */
const PIPELINE_FILE = join(KEPT_NARRATION, 'pipeline.fingerprint');

export interface EssaySource {
  slug: string;
  file: string;
  /** essayFingerprint of the file and what it imports. */
  inputs: string;
  /** The site's lexicon with the essay's own entries over it. */
  pronunciations: Lexicon;
  /** Its frontmatter, or undefined where it does not validate (the pre-pass build then says why). */
  data: EssayData | undefined;
}

export interface SiteFacts {
  now: Date;
  timeZone: string;
  publicFileExists: (sitePath: string) => boolean;
  /** The site's lexicon (content/pronunciations.yml). */
  pronunciations: Lexicon;
}

/** Every essay file, with its frontmatter where it validates (undefined where not: the build says why). */
export function essayFiles(
  facts: Omit<SiteFacts, 'pronunciations'>,
): Array<{ file: string; data: EssayData | undefined }> {
  if (!existsSync(ESSAYS_DIR)) return [];
  const schema = essaySchema({ timeZone: facts.timeZone, publicFileExists: facts.publicFileExists });
  return readdirSync(ESSAYS_DIR, { recursive: true, encoding: 'utf8' })
    .filter(isEssayFile)
    .map((name) => join(ESSAYS_DIR, name))
    .map((file) => {
      let data: unknown;
      try {
        data = readFrontmatter(readFileSync(file, 'utf8'), file);
      } catch (error) {
        if (error instanceof Error) return { file, data: undefined };
        throw error;
      }
      const parsed = schema.safeParse(data);
      return { file, data: parsed.success ? parsed.data : undefined };
    });
}

const published = (data: EssayData, now: Date): boolean => !data.draft && data.date.getTime() <= now.getTime();

/**
 * The essays a production build publishes with generated narration. An essay whose frontmatter does not validate
 * is included: the pre-pass build then stops with the schema's own message, naming the file.
 */
export function essaysWantingNarration(facts: SiteFacts): EssaySource[] {
  const source = (file: string, data?: EssayData): EssaySource => ({
    slug: slugOfPath(file),
    file,
    inputs: essayFingerprint('.', file),
    pronunciations: mergeLexicons(
      facts.pronunciations,
      readLexicon(data?.pronunciations, () => `${file}: pronunciations`),
    ),
    data,
  });
  return essayFiles(facts)
    .flatMap(({ file, data }) => {
      if (!data) return [source(file)];
      return published(data, facts.now) && wantsGeneratedNarration(data) ? [source(file, data)] : [];
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The published essays a person recorded (`audio:`), whose recordings read-along aligns with their text. */
export function essaysWithRecordings(
  facts: SiteFacts,
): Array<{ slug: string; file: string; recording: string; inputs: string }> {
  return essayFiles(facts)
    .flatMap(({ file, data }) =>
      data?.audio && published(data, facts.now)
        ? [{ slug: slugOfPath(file), file, recording: join('public', data.audio), inputs: essayFingerprint('.', file) }]
        : [],
    )
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export const readPipelineFingerprint = (): string | undefined =>
  existsSync(PIPELINE_FILE) ? readFileSync(PIPELINE_FILE, 'utf8').trim() : undefined;

export function writePipelineFingerprint(fingerprint: string): void {
  if (readPipelineFingerprint() !== fingerprint) writeFileSync(PIPELINE_FILE, `${fingerprint}\n`);
}

/** Why an essay's kept narration may be out of date, or undefined when nothing it depends on has changed. */
export const reasonToRender = (
  essay: EssaySource,
  voice: VoiceSettings,
  pipelineCurrent: boolean,
  check: FileCheck = {},
): Staleness => staleByFingerprint(readManifest(essay.slug), { voice, inputs: essay.inputs, pipelineCurrent }, check);

export interface PlanRequest {
  /** Slugs named on the command line: only those, each rendered whatever its fingerprints say. */
  requested: readonly string[];
  /** Ignore the recorded pipeline fingerprint: render every essay and compare. */
  rescan: boolean;
  /** Hash every MP3 (--check) rather than compare sizes. */
  thorough: boolean;
}

export interface Plan {
  chosen: EssaySource[];
  /** Why each essay that must be rendered to compare might be stale, by slug. */
  toRender: Map<string, string>;
}

/** Which essays to render, and why, from fingerprints alone. Throws on a requested slug no essay has. */
export function planNarration(
  all: readonly EssaySource[],
  voice: VoiceSettings,
  pipelineCurrent: boolean,
  { requested, rescan, thorough }: PlanRequest,
): Plan {
  const unknown = requested.filter((slug) => !all.some((e) => e.slug === slug));
  if (unknown.length)
    throw new Error(`narrate: no published essay with generated narration is called ${unknown.join(', ')}`);
  const chosen = all.filter((e) => requested.length === 0 || requested.includes(e.slug));
  // An essay named on the command line is always rendered: the page's own check may know better than fingerprints.
  const toRender = new Map(
    chosen.flatMap((e) => {
      const reason = requested.includes(e.slug)
        ? 'it was named'
        : reasonToRender(e, voice, pipelineCurrent && !rescan, { thorough });
      return reason ? [[e.slug, reason] as const] : [];
    }),
  );
  return { chosen, toRender };
}

export interface Verdict {
  essay: EssaySource;
  /** Why it must be narrated, or undefined when its narration turned out current. */
  stale: Staleness;
  blocks: readonly SpokenBlock[];
}

/**
 * The verdict on each rendered essay, from the blocks its page segmented; `spoken` gives the texts the engine would
 * be given. An essay the pre-pass did not return (it asks for no generated narration after all) has none.
 */
export function judgeRendered(
  essays: readonly EssaySource[],
  rendered: readonly EssayToNarrate[],
  voice: VoiceSettings,
  spoken: (blocks: readonly SpokenBlock[], essay: EssaySource) => readonly string[],
): Verdict[] {
  const bySlug = new Map(rendered.map((essay) => [essay.slug, essay.blocks]));
  return essays.flatMap((essay) => {
    const blocks = bySlug.get(essay.slug);
    if (!blocks) return [];
    const stale = staleByBlocks(readManifest(essay.slug), blocks, voice, {
      spoken: spoken(blocks, essay),
      pronunciations: pronunciationsKey(blocks, essay.pronunciations),
      thorough: true,
    });
    return [{ essay, stale, blocks }];
  });
}

/** Current after all (a frontmatter edit, a refactor): record the essays' new fingerprints, touch nothing else. */
export function recordCurrent(verdicts: readonly Verdict[]): void {
  for (const { essay } of verdicts.filter((v) => !v.stale)) {
    const made = readManifest(essay.slug);
    if (made) writeManifest({ ...made, inputs: essay.inputs });
  }
}
