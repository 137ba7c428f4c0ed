// `npm run dev` tells the truth: an essay whose narration is missing or stale says so in the player slot, with the
// command that fixes it; a production build never shows that notice (it narrates, or fails).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';
import { createFixtureSite, removeFixtureSite, startInSite } from '../support/fixture-site.ts';

const PORT = 4397;
const ESSAY =
  '---\ntitle: Unnarrated\ndate: 2026-01-05\ncategory: Craft\ndescription: Not narrated yet.\n---\n\nA paragraph nobody has narrated yet.\n';
const dir = createFixtureSite({ 'content/essays/unnarrated.mdx': ESSAY });
afterAll(() => removeFixtureSite(dir));

async function fetchWhenUp(url: string, child: { exitCode: number | null }): Promise<string> {
  for (let tries = 0; tries < 240; tries++) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with code ${child.exitCode}`);
    const response = await fetch(url).catch((error: Error) => error);
    if (response instanceof Response && response.ok) return response.text();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not serve ${url}`);
}

test('the dev server shows why an essay has no player, and the command that makes its narration', async () => {
  const dev = startInSite(dir, 'astro', ['dev', '--port', String(PORT), '--host', '127.0.0.1']);
  try {
    // The dev server marks each element with its source file and line: not what the reader sees.
    const html = (await fetchWhenUp(`http://127.0.0.1:${PORT}/essays/unnarrated/`, dev)).replace(
      / data-astro-source-\w+="[^"]*"/g,
      '',
    );
    expect(html).toContain('This essay has no narration yet.');
    expect(html).toContain('<code>npm run narrate unnarrated</code>');
    expect(html).not.toContain('<lectern-player');
  } finally {
    dev.kill();
  }
}, 180_000);

test('no page of the production build carries the dev notice', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(5);
  expect(pages.filter((page) => readFileSync(join(DIST, page), 'utf8').includes('class="narration-notice"'))).toEqual(
    [],
  );
});
