// The kept manifest: what it records must come back as written, and say when the files beside it are not its own.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { SpokenBlock } from '../../../src/lib/essay-body/spoken-blocks.ts';
import {
  essayNarrationPath,
  type NarrationManifest,
  narrationFilesProblem,
  manifestText,
  narrationKey,
  readManifest,
  writeManifest,
} from '../../../src/narration/pipeline/manifest.ts';
import { inTempSiteFolder, KEPT_VOICE as VOICE, keepNarration } from '../../support/temp-site-folder.ts';

const write = inTempSiteFolder('manifest');
const BLOCKS: SpokenBlock[] = [
  { id: 'h-why', kind: 'heading', text: 'Why listen' },
  { id: 'p-one', kind: 'paragraph', text: 'The ear forgives.' },
];

const keep = (slug: string, mp3 = 'ID3 not really audio', vtt = 'WEBVTT\n'): NarrationManifest =>
  keepNarration(write, { slug, blocks: BLOCKS, spoken: ['spoken'], mp3, vtt, inputs: 'fingerprint' });

describe('a kept manifest', () => {
  test('reads back exactly as written, at content/narration/<slug>.json', () => {
    const manifest = keep('round-trip');
    expect(essayNarrationPath('round-trip', 'json')).toBe('content/narration/round-trip.json');
    expect(readManifest('round-trip')).toEqual(manifest);
  });

  test('is absent, not an error, for an essay never narrated', () => {
    expect(readManifest('never-narrated')).toBeUndefined();
  });

  test('is written in a stable form, and not touched again when nothing changed, so git sees no diff', () => {
    const manifest = keep('stable');
    const path = essayNarrationPath('stable', 'json');
    const [text, written] = [readFileSync(path, 'utf8'), statSync(path).mtimeMs];
    expect(text).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    writeManifest({ ...manifest });
    expect(statSync(path).mtimeMs).toBe(written);
    writeManifest({ ...manifest, inputs: 'another fingerprint' });
    expect(readManifest('stable')?.inputs).toBe('another fingerprint');
  });
});

describe("a kept manifest's words", () => {
  const words: NonNullable<NarrationManifest['words']> = [
    [0, 0, 0.312, 'Why'],
    [0, 0.312, 0.64, 'listen'],
    [1, 2.04, 2.3, 'The'],
    [1, 2.3, 2.51, '“ear”'],
    [1, 2.51, 3.2, 'forgives.'],
  ];

  test('come last, one word to a line, and read back as written', () => {
    const manifest = { ...keep('worded'), words };
    writeManifest(manifest);
    const text = readFileSync(essayNarrationPath('worded', 'json'), 'utf8');
    expect(readManifest('worded')).toEqual(manifest);
    expect(text.split('\n').slice(-9)).toEqual([
      '  "words": [',
      '    [0, 0, 0.312, "Why"],',
      '    [0, 0.312, 0.64, "listen"],',
      '    [1, 2.04, 2.3, "The"],',
      '    [1, 2.3, 2.51, "“ear”"],',
      '    [1, 2.51, 3.2, "forgives."]',
      '  ]',
      '}',
      '',
    ]);
  });

  test('leave a manifest without them exactly as JSON.stringify writes it', () => {
    const manifest = keep('wordless');
    expect(manifestText(manifest)).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    expect(JSON.parse(manifestText({ ...manifest, words: [] }))).toEqual({ ...manifest, words: [] });
  });
});

describe('narrationFilesProblem', () => {
  test('finds nothing wrong with the files the manifest describes', () => {
    expect(narrationFilesProblem(keep('whole'), { thorough: true })).toBeUndefined();
  });

  test.each([
    [
      'a missing MP3',
      (slug: string) => rmSync(essayNarrationPath(slug, 'mp3')),
      'its MP3 (content/narration/x.mp3) is missing',
    ],
    [
      'an MP3 of another size',
      (slug: string) => write(essayNarrationPath(slug, 'mp3'), 'ID3 other'),
      'its MP3 (content/narration/x.mp3) is not the one its manifest describes',
    ],
    [
      'missing cues',
      (slug: string) => rmSync(essayNarrationPath(slug, 'vtt')),
      'its cues (content/narration/x.vtt) are missing',
    ],
    [
      'other cues',
      (slug: string) => write(essayNarrationPath(slug, 'vtt'), 'WEBVTT\n\nX'),
      'its cues (content/narration/x.vtt) are not the ones its manifest describes',
    ],
  ])('names %s', (_case, damage, problem) => {
    const manifest = keep('x');
    damage('x');
    expect(narrationFilesProblem(manifest)).toBe(problem);
  });

  test('finds an MP3 of the same size but other bytes only when thorough, as --check is', () => {
    const manifest = keep('same-size', 'ID3 abcd');
    write(essayNarrationPath('same-size', 'mp3'), 'ID3 abce');
    expect(narrationFilesProblem(manifest)).toBeUndefined();
    expect(narrationFilesProblem(manifest, { thorough: true })).toBe(
      'its MP3 (content/narration/same-size.mp3) is not the one its manifest describes',
    );
  });
});

describe('narrationKey', () => {
  const key = narrationKey(BLOCKS, VOICE);
  const changed = (i: number, field: keyof SpokenBlock, value: string): SpokenBlock[] =>
    BLOCKS.map((block, j) => (j === i ? { ...block, [field]: value } : block));

  test.each([
    ["a block's id", changed(1, 'id', 'p-two')],
    ["a block's kind", changed(1, 'kind', 'quote')],
    ["a block's text", changed(1, 'text', 'The ear forgives much.')],
    ['a block more', [...BLOCKS, { id: 'p-end', kind: 'paragraph', text: 'The end.' } as SpokenBlock]],
    ['the blocks in another order', [...BLOCKS].reverse()],
  ])('changes with %s', (_case, blocks) => {
    expect(narrationKey(blocks, VOICE)).not.toBe(key);
  });

  test.each([
    ['engine', { ...VOICE, engine: 'espeak' }],
    ['engine version', { ...VOICE, engineVersion: '0.1.2' }],
    ['voice', { ...VOICE, voice: 'slt' }],
  ])('changes with the %s', (_case, voice) => {
    expect(narrationKey(BLOCKS, voice)).not.toBe(key);
  });
});
