// A lexicon change, narrated by real flite: only the blocks whose spoken text it changes are synthesized again, their
// audio changes, and the verdict names the cause.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SpokenBlock } from '../../../src/lib/essay-body/spoken-blocks.ts';
import { readLexicon } from '../../../src/lib/essays/pronunciations.ts';
import { readManifest } from '../../../src/narration/pipeline/manifest.ts';
import {
  type NarrationProgress,
  narrateEssay,
  pronunciationsKey,
  spokenTexts,
  synthesisVoiceFor,
} from '../../../src/narration/pipeline/narrate-essay.ts';
import { staleByBlocks } from '../../../src/narration/verdict.ts';

const BLOCKS: SpokenBlock[] = [
  { id: 'p-1', kind: 'paragraph', text: 'Siobhan wrote the first letter.' },
  { id: 'p-2', kind: 'paragraph', text: 'The second letter came from somebody else.' },
  { id: 'p-3', kind: 'paragraph', text: "It was Siobhan's idea." },
];
const lexicon = (say: string) => readLexicon({ Siobhan: say }, () => 'test');

const cwd = process.cwd();
let site: string;
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'lectern-pronunciations-'));
  process.chdir(site);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(site, { recursive: true, force: true });
});

describe('a pronunciation change', () => {
  test('re-synthesizes only the blocks that use the entry, and the verdict says the pronunciations changed', async () => {
    const voice = await synthesisVoiceFor({ engine: 'flite', voice: 'rms' });
    const narrate = async (say: string): Promise<NarrationProgress> => {
      let last: NarrationProgress = { synthesized: 0, toSynthesize: 0, cached: 0 };
      await narrateEssay({ slug: 'letters', blocks: BLOCKS, inputs: 'x', pronunciations: lexicon(say) }, voice, (p) => {
        last = p;
      });
      return last;
    };
    expect(await narrate('shiv-AWN')).toEqual({ synthesized: 3, toSynthesize: 3, cached: 0 });
    const before = readManifest('letters');

    const changed = lexicon('SEE-oh-ban');
    expect(
      staleByBlocks(before, BLOCKS, voice, {
        spoken: spokenTexts(BLOCKS, voice, changed),
        pronunciations: pronunciationsKey(BLOCKS, changed),
      }),
    ).toBe('the pronunciations changed');

    expect(await narrate('SEE-oh-ban')).toEqual({ synthesized: 2, toSynthesize: 2, cached: 1 });
    const after = readManifest('letters');
    // The entry changed what flite said: the audio is not the same.
    expect(after?.hash).not.toBe(before?.hash);
    const duration = (manifest: typeof before, id: string) => {
      const cue = manifest?.cues.find((c) => c.id === id);
      return (cue?.end ?? 0) - (cue?.start ?? 0);
    };
    expect(duration(after, 'p-1')).not.toBeCloseTo(duration(before, 'p-1'), 2);
    expect(duration(after, 'p-2')).toBeCloseTo(duration(before, 'p-2'), 6);
  });

  test('is no change to an essay that does not use the entry', () => {
    const other = BLOCKS.slice(1, 2);
    expect(pronunciationsKey(other, lexicon('shiv-AWN'))).toBeUndefined();
    expect(pronunciationsKey(BLOCKS, lexicon('shiv-AWN'))).not.toBe(pronunciationsKey(BLOCKS, lexicon('SEE-oh-ban')));
  });
});
