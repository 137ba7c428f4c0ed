// Fails the build on footnotes that would publish broken: remark leaves a reference with no definition as literal "[^x]".
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const LITERAL_REFERENCE = /\[\^([^\]\s]+)\]/;

export default function remarkFootnoteCheck() {
  return (tree: Root, file: VFile): void => {
    const defined = new Map<string, number>();
    const referenced = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'footnoteDefinition') {
        const label = node.label ?? node.identifier;
        if (defined.has(node.identifier)) file.fail(`Footnote [^${label}] is defined twice; keep one definition`, node);
        defined.set(node.identifier, 1);
      } else if (node.type === 'footnoteReference') {
        referenced.add(node.identifier);
      } else if (node.type === 'text') {
        const dangling = LITERAL_REFERENCE.exec(node.value);
        if (dangling) file.fail(`Footnote reference [^${dangling[1]}] has no definition; add "[^${dangling[1]}]: …"`, node);
      }
    });
    visit(tree, 'footnoteDefinition', (node) => {
      if (!referenced.has(node.identifier)) {
        file.fail(`Footnote [^${node.label ?? node.identifier}] is defined but never referenced`, node);
      }
    });
  };
}
