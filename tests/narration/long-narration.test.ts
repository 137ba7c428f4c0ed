// A 90-minute narration must deploy: Cloudflare Pages serves no file over 25 MiB. The silence engine makes the
// audio in no time; the assembly, the MP3 encoder and the size checks are the real ones.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CLOUDFLARE_PAGES_FILE_BYTES } from '../../src/lib/site/host-limits.ts';
import { TEST_ENGINES_ON } from '../../src/lib/site/build-flags.ts';
import { createFixtureSite, removeFixtureSite, runInSite, type RunResult } from '../support/fixture-site.ts';

const CONFIG = readFileSync(join(import.meta.dirname, '../../src/site.config.ts'), 'utf8');
const SILENT = CONFIG.replace("engine: 'flite',\n    voice: 'rms',", "engine: 'silence',\n    voice: 'none',");
const withDeploy = (deploy: string): string =>
  SILENT.replace("deploy: { maxFileMiB: 25, oversize: 'warn' as 'warn' | 'error' }", deploy);
// 136 paragraphs of 100 words: 13,600 words, 90.7 minutes at the silence engine's 150 words a minute.
const paragraph = (n: number): string =>
  `Paragraph ${n} ${Array.from({ length: 98 }, (_, i) => `word${(n * 7 + i) % 50}`).join(' ')}.`;
const ESSAY = `---\ntitle: The Long Listen\ndate: 2026-03-18\ncategory: Listening\ndescription: Ninety minutes of narration.\n---\n\n${Array.from({ length: 136 }, (_, n) => paragraph(n)).join('\n\n')}\n`;
const OVER =
  /content\/essays\/the-long-listen\.mdx: \/narration\/the-long-listen\.mp3 is 2\d\.\d MiB, over deploy\.maxFileMiB \(20 MiB\)/;

let dir: string;
let narrated: RunResult;
let warned: RunResult;
let refused: RunResult;
let buildRefused: RunResult;
let manifest: { durationSeconds: number; bytes: number };

beforeAll(async () => {
  expect(SILENT).not.toBe(CONFIG);
  expect(withDeploy('x')).not.toBe(SILENT);
  dir = createFixtureSite({ 'src/site.config.ts': SILENT, 'content/essays/the-long-listen.mdx': ESSAY });
  narrated = await runInSite(dir, 'node', ['scripts/narrate.ts'], TEST_ENGINES_ON);
  manifest = JSON.parse(readFileSync(join(dir, 'content/narration/the-long-listen.json'), 'utf8'));
  writeFileSync(join(dir, 'src/site.config.ts'), withDeploy("deploy: { maxFileMiB: 20, oversize: 'warn' }"));
  warned = await runInSite(dir, 'node', ['scripts/narrate.ts', '--check'], TEST_ENGINES_ON);
  writeFileSync(join(dir, 'src/site.config.ts'), withDeploy("deploy: { maxFileMiB: 20, oversize: 'error' }"));
  refused = await runInSite(dir, 'node', ['scripts/narrate.ts', '--check'], TEST_ENGINES_ON);
  buildRefused = await runInSite(dir, 'astro', ['build'], TEST_ENGINES_ON);
}, 600_000);
afterAll(() => removeFixtureSite(dir));

test('a 90-minute narration fits under 25 MiB, with no warning at the default limit', () => {
  expect(narrated.code, narrated.output).toBe(0);
  expect(manifest.durationSeconds).toBeGreaterThan(90 * 60);
  expect(statSync(join(dir, 'content/narration/the-long-listen.mp3')).size).toBe(manifest.bytes);
  expect(manifest.bytes).toBeLessThan(CLOUDFLARE_PAGES_FILE_BYTES);
  expect(narrated.output).not.toMatch(/over deploy\.maxFileMiB/);
});

test('narrate --check warns, naming the essay and the size, once the limit is set below it', () => {
  expect(warned.code, warned.output).toBe(0);
  expect(warned.output).toMatch(new RegExp(`narrate: warning: ${OVER.source}`));
});

test('deploy.oversize "error" makes that fail narrate --check and the build', () => {
  expect(refused.code).toBe(1);
  expect(refused.output).toMatch(new RegExp(`narrate: error: ${OVER.source}`));
  expect(buildRefused.code).not.toBe(0);
  expect(buildRefused.output).toMatch(OVER);
});
