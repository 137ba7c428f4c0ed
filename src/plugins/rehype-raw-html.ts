// In a plain Markdown essay, raw HTML (<details>, <span data-say>) reaches rehype as strings, which Astro parses only
// after every plugin: parsed here first, the plugins after this one see elements, as they do in an MDX essay.
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

// MDX has no raw HTML; should a tree mix both, its JSX and expressions pass through untouched.
const MDX_NODES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'];

export default function rehypeRawHtml() {
  return (tree: Root, file: VFile): Root => {
    let hasRaw = false;
    visit(tree, 'raw', () => {
      hasRaw = true;
      return EXIT;
    });
    return hasRaw ? (raw(tree, { file, passThrough: MDX_NODES }) as Root) : tree;
  };
}
