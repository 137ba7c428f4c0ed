// Writes the synthetic essays in each peer's own format: the same frontmatter and Markdown body, in .mdx or .md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { SyntheticEssay } from './synthetic-essays.ts';

export type EssayFormat = 'mdx' | 'md';

/** The essay as a file: YAML frontmatter with Lectern's fields (the peers read the same ones), then the Markdown. */
export function essayFile(essay: SyntheticEssay): string {
  const { title, date, category, description, tags } = essay;
  const frontmatter = yaml.dump({ title, date, category, description, tags: [...tags] }, { lineWidth: -1 });
  return [
    '---',
    frontmatter.trimEnd(),
    '---',
    '',
    toMarkdown(essay.body, { extensions: [gfmFootnoteToMarkdown()] }),
  ].join('\n');
}

export function writeEssays(dir: string, essays: readonly SyntheticEssay[], format: EssayFormat): void {
  mkdirSync(dir, { recursive: true });
  for (const essay of essays) writeFileSync(join(dir, `${essay.slug}.${format}`), essayFile(essay));
}
