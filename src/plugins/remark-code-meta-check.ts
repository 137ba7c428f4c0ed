// Fails the build on fence meta that cannot be honoured ({22-47} on a 20-line block, an unknown key, a lone quote),
// naming the essay's file and the fence's line: a highlight or a spoken description the author asked for must not
// vanish silently. remark-code-meta.ts honours what it can, for an archive that is measured rather than built.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { parseFenceMeta } from './code-fence-meta.ts';
import { failAt } from './fail-at.ts';

export default function remarkCodeMetaCheck() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'code', (code) => {
      if (!code.meta) return;
      const [problem] = parseFenceMeta(code.meta, code.value.split('\n').length).problems;
      if (problem !== undefined) failAt(file, `Code block: ${problem}`, code);
    });
  };
}
