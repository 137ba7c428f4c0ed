// The site's Markdown pipeline, once: astro.config.mjs renders essays with it, and the prose benchmark renders a
// fetched archive with it, so the benchmark hears what the site would say.
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { PAGE_IDS } from '../lib/site/page-ids.ts';
import rehypeCodeLines from './rehype-code-lines.ts';
import rehypeEssayImages from './rehype-essay-images.ts';
import rehypeUniqueIds from './rehype-unique-ids.ts';
import remarkCodeMeta from './remark-code-meta.ts';
import remarkFootnoteCheck from './remark-footnote-check.ts';
import remarkImageAltCheck from './remark-image-alt-check.ts';

/** The plugins that only check an essay (and stop the build on a fault): a fetched archive is not held to them. */
export const MARKDOWN_CHECKS: readonly unknown[] = [remarkFootnoteCheck, remarkImageAltCheck];

export const SITE_MARKDOWN: {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  remarkRehype: { footnoteBackContent: string };
} = {
  remarkPlugins: [remarkGfm, remarkFootnoteCheck, remarkImageAltCheck, remarkCodeMeta],
  rehypePlugins: [
    rehypeEssayImages,
    rehypeCodeLines,
    rehypeSlug,
    [rehypeUniqueIds, { reserved: Object.values(PAGE_IDS) }],
  ],
  // U+FE0E keeps iOS from drawing the back-link arrow as an emoji.
  remarkRehype: { footnoteBackContent: '\u21A9\uFE0E' },
};
