// The essay pages as built, before narration exists: narration speaks the blocks the reader sees on them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { SegmentOptions } from '../lib/spoken-blocks.ts';

const PREPASS = join('.cache', 'prepass');

interface EssayToNarrate {
  slug: string;
  body: Element;
  options: SegmentOptions;
}

export function buildPages(): void {
  rmSync(PREPASS, { recursive: true, force: true });
  execFileSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', PREPASS, '--silent'], {
    env: { ...process.env, LECTERN_NARRATION: 'off' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The essay bodies that ask for generated narration (EssayArticle marks them). */
export function essaysToNarrate(): EssayToNarrate[] {
  const dir = join(PREPASS, 'essays');
  return readdirSync(dir).flatMap((slug) => {
    let body: Element | undefined;
    visit(fromHtml(readFileSync(join(dir, slug, 'index.html'), 'utf8')), 'element', (node) => {
      if (node.properties.dataEssayBody !== undefined) body = node;
    });
    const footnotes = body?.properties.dataNarrate;
    return body && (footnotes === 'read' || footnotes === 'skip') ? [{ slug, body, options: { footnotes } }] : [];
  });
}
