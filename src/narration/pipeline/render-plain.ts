// The spoken blocks of a plain-Markdown essay (src/lib/essay-body/plain-markdown.ts), rendered by the site's own
// Markdown processor in this process: a pre-pass build of one essay is ~5 s, most of it Astro's start-up.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { EssayData } from '../../lib/essays/essay-schema.ts';
import { withoutRenderErrorDumps } from '../../lib/essays/render-error-dumps.ts';
import { isPlainMarkdown } from '../../lib/essay-body/plain-markdown.ts';
import { prepareEssayBody, segmentOptionsFor } from '../../lib/essay-body/prepare.ts';
import type { SpokenBlock } from '../../lib/essay-body/spoken-blocks.ts';
import { SITE_MARKDOWN, SYNTAX_HIGHLIGHT } from '../../plugins/site-markdown.ts';
import { SITE } from '../../site.config.ts';

type Renderer = Awaited<ReturnType<ReturnType<typeof unified>['createRenderer']>>;
let renderer: Promise<Renderer> | undefined;

/** What the content layer renders a .md essay with (astro.config.mjs gives Astro the same processor and options). */
const siteRenderer = (): Promise<Renderer> => {
  renderer ??= unified(SITE_MARKDOWN).createRenderer({ syntaxHighlight: SYNTAX_HIGHLIGHT });
  return renderer;
};

/**
 * The blocks the essay's page will carry, as EssayArticle.astro segments them; undefined where only a build can
 * render the essay as its page shows it: MDX that is not plain Markdown, an image, or a body a plugin refuses (the
 * build then names the problem, file and line).
 */
export async function plainEssayBlocks(file: string, data: EssayData): Promise<SpokenBlock[] | undefined> {
  const { content, frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
  if (!isPlainMarkdown(content, file.endsWith('.md') ? 'md' : 'mdx')) return undefined;
  let html: string;
  try {
    const render = await siteRenderer();
    ({ code: html } = await withoutRenderErrorDumps(() =>
      render.render(content, { frontmatter, fileURL: pathToFileURL(resolve(file)) }),
    ));
  } catch (error) {
    if (error instanceof Error) return undefined;
    throw error;
  }
  return prepareEssayBody(html, segmentOptionsFor(data.narration, SITE.narration.footnotes)).blocks;
}
