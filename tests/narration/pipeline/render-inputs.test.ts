// The fingerprints that let `npm run narrate` skip rendering an essay: each must change when, and only when, something
// that can change what is said has changed, and a listed path that is gone must stop the run, not drop out unseen.
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { essayFingerprint, pipelineFingerprint } from '../../../src/narration/pipeline/render-inputs.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SETTINGS = { engine: 'flite', voice: 'rms' };
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('pipelineFingerprint', () => {
  // The project's own files: the fingerprint's list names real paths, which a made-up tree would not have.
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lectern-render-inputs-'));
    for (const path of ['src', 'astro.config.mjs', 'package-lock.json'])
      cpSync(join(ROOT, path), join(root, path), { recursive: true });
  });
  const append = (path: string, text: string): void => writeFileSync(join(root, path), text, { flag: 'a' });

  test('is the same for the same files and settings, wherever the project sits', () => {
    expect(pipelineFingerprint(root, SETTINGS)).toBe(pipelineFingerprint(ROOT, SETTINGS));
  });

  test.each([
    ['a listed file (astro.config.mjs)', 'astro.config.mjs', '\n// an edit\n'],
    ['the locked dependencies (package-lock.json)', 'package-lock.json', '\n'],
    ['a file in a listed folder (src/plugins)', 'src/plugins/remark-footnote-check.ts', '\n// an edit\n'],
    ['a new file in a listed folder', 'src/plugins/remark-new.ts', 'export {};\n'],
  ])('changes when %s changes', (_case, path, text) => {
    const before = pipelineFingerprint(root, SETTINGS);
    append(path, text);
    expect(pipelineFingerprint(root, SETTINGS)).not.toBe(before);
  });

  test("changes with the site's narration settings", () => {
    expect(pipelineFingerprint(root, { ...SETTINGS, voice: 'slt' })).not.toBe(pipelineFingerprint(root, SETTINGS));
  });

  test.each([
    ['the player (src/components)', 'src/components/Player.astro'],
    ['the styles (src/styles)', 'src/styles/player.css'],
    ["a listed folder's README", 'src/plugins/README.md'],
  ])('stays the same when %s changes, which cannot change what is said', (_case, path) => {
    const before = pipelineFingerprint(root, SETTINGS);
    append(path, '\n');
    expect(pipelineFingerprint(root, SETTINGS)).toBe(before);
  });

  test('throws, naming the path, when a listed file is gone (moved without updating the list)', () => {
    renameSync(join(root, 'astro.config.mjs'), join(root, 'astro.config.ts'));
    expect(() => pipelineFingerprint(root, SETTINGS)).toThrow(
      'render-inputs.ts lists astro.config.mjs, which does not exist: update PIPELINE',
    );
  });
});

describe('essayFingerprint', () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lectern-essay-inputs-'));
  });
  const write = (path: string, text: string): void => writeFileSync(join(root, path), text);
  const ESSAY = "---\ntitle: Charted\n---\nimport Chart from './chart.astro';\n\n<Chart />\n";

  test('changes with the essay file itself', () => {
    write('essay.mdx', ESSAY);
    const before = essayFingerprint(root, 'essay.mdx');
    write('essay.mdx', ESSAY.replace('Charted', 'Charted again'));
    expect(essayFingerprint(root, 'essay.mdx')).not.toBe(before);
  });

  test('changes with what it imports, and what that imports in turn', () => {
    write('essay.mdx', ESSAY);
    write('chart.astro', "---\nimport data from './data.json';\n---\n<p>{data.x}</p>\n");
    write('data.json', '{"x": 1}');
    const before = essayFingerprint(root, 'essay.mdx');
    write('data.json', '{"x": 2}');
    expect(essayFingerprint(root, 'essay.mdx')).not.toBe(before);
  });

  test('stays the same when a file it does not import changes', () => {
    write('essay.mdx', ESSAY);
    write('chart.astro', '<p>A chart</p>\n');
    write('unrelated.astro', '<p>One</p>\n');
    const before = essayFingerprint(root, 'essay.mdx');
    write('unrelated.astro', '<p>Two</p>\n');
    expect(essayFingerprint(root, 'essay.mdx')).toBe(before);
  });

  test('records an import that is missing, so creating it later changes the fingerprint', () => {
    write('essay.mdx', ESSAY);
    const missing = essayFingerprint(root, 'essay.mdx');
    write('chart.astro', '<p>A chart</p>\n');
    expect(essayFingerprint(root, 'essay.mdx')).not.toBe(missing);
  });

  test('ends on files that import each other', () => {
    write('essay.mdx', ESSAY);
    write('chart.astro', "---\nimport './essay.mdx';\n---\n");
    expect(essayFingerprint(root, 'essay.mdx')).toMatch(/^[0-9a-f]{64}$/);
  });
});
