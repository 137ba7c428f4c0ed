// The site's Markdown pipeline, once: astro.config.mjs renders .md essays with it (and, through @astrojs/mdx, which
// extends it, .mdx essays), and the prose benchmark renders a fetched archive with it, so the benchmark hears what
// the site would say.
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { PAGE_IDS } from '../lib/site/page-ids.ts';
import rehypeCodeLines from './rehype-code-lines.ts';
import rehypeEmbeds from './rehype-embeds.ts';
import rehypeEssayImages from './rehype-essay-images.ts';
import rehypeRawHtml from './rehype-raw-html.ts';
import rehypeRawImageAltCheck from './rehype-raw-image-alt-check.ts';
import rehypeSay from './rehype-say.ts';
import rehypeUniqueIds from './rehype-unique-ids.ts';
import remarkCodeLanguages from './remark-code-languages.ts';
import remarkCodeMeta from './remark-code-meta.ts';
import remarkCodeMetaCheck from './remark-code-meta-check.ts';
import remarkFootnoteCheck from './remark-footnote-check.ts';
import remarkImageAltCheck from './remark-image-alt-check.ts';
import remarkImageFilesCheck from './remark-image-files-check.ts';
import remarkMdxComponentsCheck from './remark-mdx-components-check.ts';

/** Prism marks tokens with classes (coloured by src/styles/code.css); Shiki's inline styles break the CSP. */
export const SYNTAX_HIGHLIGHT = 'prism';

/** The plugins that only check an essay (and stop the build on a fault): a fetched archive is not held to them. */
export const MARKDOWN_CHECKS: readonly unknown[] = [
  remarkFootnoteCheck,
  remarkImageAltCheck,
  remarkImageFilesCheck,
  remarkMdxComponentsCheck,
  remarkCodeMetaCheck,
  rehypeRawImageAltCheck,
];

export const SITE_MARKDOWN: {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  remarkRehype: { footnoteBackContent: string };
} = {
  remarkPlugins: [
    remarkGfm,
    remarkFootnoteCheck,
    remarkImageAltCheck,
    remarkImageFilesCheck,
    remarkMdxComponentsCheck,
    remarkCodeLanguages,
    remarkCodeMetaCheck,
    remarkCodeMeta,
  ],
  rehypePlugins: [
    rehypeRawHtml,
    rehypeRawImageAltCheck,
    rehypeSay,
    rehypeEmbeds,
    rehypeEssayImages,
    rehypeCodeLines,
    rehypeSlug,
    [rehypeUniqueIds, { reserved: Object.values(PAGE_IDS) }],
  ],
  // U+FE0E keeps iOS from drawing the back-link arrow as an emoji.
  remarkRehype: { footnoteBackContent: '\u21A9\uFE0E' },
};
