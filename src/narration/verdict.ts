// The one answer to "is this essay's narration current, and if not, why": `npm run narrate` (its plan and --check),
// the essay page and the podcast chapters all ask it, so they can never disagree.
import type { SpokenBlock } from '../lib/essay-body/spoken-blocks.ts';
import {
  type NarrationManifest,
  narrationFilesProblem,
  narrationKey,
  speechKey,
  type VoiceSettings,
} from './pipeline/manifest.ts';

/** Why a narration is not current, or undefined when it is. */
export type Staleness = string | undefined;

/**
 * The voice to compare with. A page knows the configured engine and voice but not the engine's version (loading an
 * engine to ask costs seconds a build); `npm run narrate`, which loads it, checks the version for every essay.
 */
export type ExpectedVoice = Omit<VoiceSettings, 'engineVersion'> & { engineVersion?: string };

function voiceChange(manifest: NarrationManifest, voice: ExpectedVoice): Staleness {
  const version = voice.engineVersion ?? manifest.engineVersion;
  if (manifest.engine === voice.engine && manifest.engineVersion === version && manifest.voice === voice.voice)
    return undefined;
  return `the voice changed (${manifest.engine} ${manifest.engineVersion} ${manifest.voice} -> ${voice.engine} ${version} ${voice.voice})`;
}

export interface FileCheck {
  /** Hash every MP3 rather than compare sizes: what --check does; a build compares sizes (hashing costs seconds). */
  thorough?: boolean;
}

/**
 * Before rendering, from fingerprints and files alone: undefined means nothing the essay's blocks depend on changed,
 * so the essay need not be rendered to prove its narration current.
 */
export function staleByFingerprint(
  manifest: NarrationManifest | undefined,
  facts: { voice: VoiceSettings; inputs: string; pipelineCurrent: boolean },
  { thorough = false }: FileCheck = {},
): Staleness {
  if (!manifest) return 'it has no narration yet';
  return (
    voiceChange(manifest, facts.voice) ??
    narrationFilesProblem(manifest, { thorough }) ??
    (manifest.inputs !== facts.inputs ? 'the essay changed' : undefined) ??
    (facts.pipelineCurrent ? undefined : 'the code that renders essays changed')
  );
}

/**
 * After rendering, from the blocks the page segmented: the final word. `spoken`, the texts the engine is given, is
 * known only where the engine is loaded (`npm run narrate`); there a change of text normalisation is stale too, and
 * `pronunciations` (the key of the lexicon entries the text uses) tells when the author's pronunciations changed it.
 */
export function staleByBlocks(
  manifest: NarrationManifest | undefined,
  blocks: readonly SpokenBlock[],
  voice: ExpectedVoice,
  {
    spoken,
    pronunciations,
    thorough = false,
  }: FileCheck & { spoken?: readonly string[]; pronunciations?: string | undefined } = {},
): Staleness {
  if (!manifest) return 'it has no narration yet';
  const changedVoice = voiceChange(manifest, voice);
  if (changedVoice) return changedVoice;
  if (manifest.key !== narrationKey(blocks, { ...voice, engineVersion: manifest.engineVersion }))
    return 'its text changed';
  if (spoken && manifest.speechKey !== speechKey(spoken))
    return manifest.pronunciations !== pronunciations
      ? 'the pronunciations changed'
      : 'what the voice is given to say changed (text normalisation)';
  return narrationFilesProblem(manifest, { thorough });
}
