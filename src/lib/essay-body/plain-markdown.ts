// Whether an essay's body is plain Markdown: then the site's Markdown processor alone renders it as the page shows it,
// with no MDX module, no component and no Astro image (src/narration/pipeline/render-plain.ts relies on this).
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

const markdownTree = (body: string): Root =>
  fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** MDX's reading of the body, or undefined where MDX cannot read it (a bare "<" or "{", say). */
function mdxTree(body: string): Root | undefined {
  try {
    return fromMarkdown(body, {
      extensions: [gfm(), mdxjs()],
      mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()],
    });
  } catch (error) {
    if (error instanceof Error) return undefined;
    throw error;
  }
}

const withoutPositions = (tree: Root): string =>
  JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));

// Astro replaces a Markdown image with its optimized copy after the processor has run.
function hasImages(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'image' || node.type === 'imageReference') found = true;
  });
  return found;
}

/**
 * A .md body with no image, or an .mdx body that MDX reads exactly as Markdown does (no JSX, expression, import,
 * indented code or HTML, each of which MDX reads otherwise) and with no image. The body is the file less its
 * frontmatter.
 */
export function isPlainMarkdown(body: string, format: 'md' | 'mdx'): boolean {
  const markdown = markdownTree(body);
  if (hasImages(markdown)) return false;
  if (format === 'md') return true;
  const mdx = mdxTree(body);
  return mdx !== undefined && withoutPositions(mdx) === withoutPositions(markdown);
}
