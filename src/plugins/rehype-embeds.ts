// In a Markdown essay, <div data-embed="https://…" data-title="…"></div> becomes the click-to-load facade that MDX's
// <Embed> renders (src/lib/essay-body/embed-facade.ts); a bad address or a missing title fails, naming file and line.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { embedFacade, embedProblem } from '../lib/essay-body/embed-facade.ts';
import { failAt } from './fail-at.ts';

export default function rehypeEmbeds() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'element', (node, index, parent) => {
      const src = node.properties.dataEmbed;
      if (src === undefined || src === null || index === undefined || !parent) return undefined;
      const title = String(node.properties.dataTitle ?? '');
      const problem = embedProblem(String(src), title);
      if (problem) failAt(file, problem, node);
      parent.children[index] = embedFacade(String(src), title);
      return undefined;
    });
  };
}
