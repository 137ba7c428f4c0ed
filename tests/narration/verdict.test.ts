// The one verdict on a kept narration, before rendering (fingerprints) and after (the blocks the page segmented):
// each reason is what `npm run narrate` prints, so each is checked in those words.
import { sha256 } from '../../src/files/sha256.ts';
import { describe, expect, test } from 'vitest';
import type { SpokenBlock } from '../../src/lib/essay-body/spoken-blocks.ts';
import { essayNarrationPath, type NarrationManifest, narrationKey } from '../../src/narration/pipeline/manifest.ts';
import { staleByBlocks, staleByFingerprint } from '../../src/narration/verdict.ts';
import { inTempSiteFolder, KEPT_VOICE as VOICE, keepNarration } from '../support/temp-site-folder.ts';

const write = inTempSiteFolder('verdict');
const BLOCKS: SpokenBlock[] = [{ id: 'p-one', kind: 'paragraph', text: 'The ear forgives; 42% of us listen.' }];
const SPOKEN = ['The ear forgives; forty-two percent of us listen.'];
const MP3 = 'ID3 stands in for the audio';
const VTT = 'WEBVTT\n';

const kept = (slug: string, changes: Partial<NarrationManifest> = {}): NarrationManifest =>
  keepNarration(write, { slug, blocks: BLOCKS, spoken: SPOKEN, mp3: MP3, vtt: VTT, inputs: 'inputs-1', changes });

describe('staleByFingerprint, before rendering', () => {
  const facts = { voice: VOICE, inputs: 'inputs-1', pipelineCurrent: true };

  test('is undefined when the voice, the files, the essay and the pipeline are all as recorded', () => {
    expect(staleByFingerprint(kept('current'), facts)).toBeUndefined();
  });

  test.each([
    ['there is no manifest', undefined, facts, 'it has no narration yet'],
    ['the voice changed', { voice: 'slt' }, facts, 'the voice changed (flite 0.1.1 slt -> flite 0.1.1 rms)'],
    [
      'the engine was updated',
      { engineVersion: '0.1.0' },
      facts,
      'the voice changed (flite 0.1.0 rms -> flite 0.1.1 rms)',
    ],
    ['the MP3 is not the one described', { bytes: 1 }, facts, 'is not the one its manifest describes'],
    ['the essay or what it imports changed', {}, { ...facts, inputs: 'inputs-2' }, 'the essay changed'],
    ['the pipeline changed', {}, { ...facts, pipelineCurrent: false }, 'the code that renders essays changed'],
  ])('says why when %s', (_case, changes, given, reason) => {
    const manifest = changes && kept('fingerprinted', changes);
    expect(staleByFingerprint(manifest, given)).toContain(reason);
  });

  test('names the voice before the files, and the files before the essay: the first reason is the one acted on', () => {
    const manifest = kept('several', { voice: 'slt', bytes: 1 });
    const changedEssay = { ...facts, inputs: 'inputs-2', pipelineCurrent: false };
    expect(staleByFingerprint(manifest, changedEssay)).toMatch(/^the voice changed/);
    expect(staleByFingerprint(kept('files', { bytes: 1 }), changedEssay)).toMatch(/^its MP3/);
  });

  test('hashes the MP3 only when thorough (--check), so a same-sized MP3 of other bytes passes a build', () => {
    const manifest = kept('same-size', { hash: sha256('ID3 other bytes, same length.....') });
    expect(staleByFingerprint(manifest, facts)).toBeUndefined();
    expect(staleByFingerprint(manifest, facts, { thorough: true })).toContain('is not the one its manifest describes');
  });
});

describe('staleByBlocks, after rendering', () => {
  test('is undefined for the blocks and spoken text the narration was made from', () => {
    expect(staleByBlocks(kept('current'), BLOCKS, VOICE, { spoken: SPOKEN, thorough: true })).toBeUndefined();
  });

  test('says "its text changed" when a block changed', () => {
    const edited = [{ ...BLOCKS[0], text: 'The ear forgives much.' } as SpokenBlock];
    expect(staleByBlocks(kept('edited'), edited, VOICE)).toBe('its text changed');
  });

  test('says the normalisation changed when the page is the same but what the voice is given is not', () => {
    expect(staleByBlocks(kept('normalised'), BLOCKS, VOICE, { spoken: ['The ear forgives; 42 percent.'] })).toBe(
      'what the voice is given to say changed (text normalisation)',
    );
  });

  test("takes the manifest's engine version when the page, which does not load the engine, gives none", () => {
    const page = { engine: VOICE.engine, voice: VOICE.voice };
    expect(
      staleByBlocks(
        kept('page', { engineVersion: '0.0.9', key: narrationKey(BLOCKS, { ...VOICE, engineVersion: '0.0.9' }) }),
        BLOCKS,
        page,
      ),
    ).toBeUndefined();
    expect(staleByBlocks(kept('page-voice'), BLOCKS, { ...page, voice: 'slt' })).toBe(
      'the voice changed (flite 0.1.1 rms -> flite 0.1.1 slt)',
    );
  });

  test('says the files do not match when the text does but the cues were edited', () => {
    const manifest = kept('cues');
    write(essayNarrationPath('cues', 'vtt'), 'WEBVTT\n\nedited');
    expect(staleByBlocks(manifest, BLOCKS, VOICE)).toBe(
      'its cues (content/narration/cues.vtt) are not the ones its manifest describes',
    );
  });

  test('says there is no narration yet without a manifest', () => {
    expect(staleByBlocks(undefined, BLOCKS, VOICE)).toBe('it has no narration yet');
  });
});
