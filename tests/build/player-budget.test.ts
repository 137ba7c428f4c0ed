// The player's JavaScript, as built essay pages load it, stays within 5 KB gzip. Run after `npx astro build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
const BUDGET_BYTES = 5 * 1024;
// Astro names a component's bundled <script> after the component.
const PLAYER_ENTRY = /\/Player\.astro_astro_type_script_[^/]*\.js$/;

function narratedEssayPage(): string {
  const essays = join(DIST, 'essays');
  if (!existsSync(essays)) throw new Error(`${essays} is missing: run \`npx astro build\` before this test.`);
  const page = readdirSync(essays)
    .map((slug) => join(essays, slug, 'index.html'))
    .find((file) => existsSync(file) && readFileSync(file, 'utf8').includes('<lectern-player'));
  if (!page) throw new Error(`No page under ${essays} carries the player: build with at least one narrated essay.`);
  return page;
}

const scriptSources = (html: string): string[] => [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? '');

// The entry and every chunk it imports, statically or not: all of it is the player's weight.
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    withImports(join(dirname(file), match[1] ?? ''), seen);
  }
  return seen;
}

describe('player budget', () => {
  const page = narratedEssayPage();
  const html = readFileSync(page, 'utf8');
  const entries = scriptSources(html).filter((src) => PLAYER_ENTRY.test(src));

  it('loads the player as an external script, ready for a script-src \'self\' policy', () => {
    expect(entries, `${page} should load the player from /_astro/Player.astro_…js; Astro may have inlined it`).toHaveLength(1);
  });

  it('keeps all the player\'s JavaScript within 5 KB gzip', () => {
    const files = [...withImports(join(DIST, entries[0] ?? ''))];
    const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    console.info(`Player JS: ${files.map((file) => file.replace(`${DIST}/`, '')).join(', ')}: ${gzipped} bytes gzip`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
