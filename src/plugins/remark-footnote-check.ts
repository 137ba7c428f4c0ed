// Fails the build on footnotes that would publish broken: remark leaves a reference with no definition as literal "[^x]".
import type { Root, Text } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { failAt } from './fail-at.ts';

// Any label, spaces included: GFM takes no space in a label, so "[^x y]" would otherwise publish as literal text.
const LITERAL_REFERENCE = /\[\^([^\]]+)\]/;

/** Where `index` in a text node's value sits: a paragraph's text node spans lines, and the error must name the right one. */
function pointAt(node: Text, index: number): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, index).split('\n');
  const column = before.length === 1 ? start.column + index : (before.at(-1)?.length ?? 0) + 1;
  return { line: start.line + before.length - 1, column };
}

export default function remarkFootnoteCheck() {
  return (tree: Root, file: VFile): void => {
    const defined = new Map<string, number>();
    const referenced = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'footnoteDefinition') {
        const label = node.label ?? node.identifier;
        if (defined.has(node.identifier))
          failAt(file, `Footnote [^${label}] is defined twice; keep one definition`, node);
        defined.set(node.identifier, 1);
      } else if (node.type === 'footnoteReference') {
        referenced.add(node.identifier);
      } else if (node.type === 'text') {
        const dangling = LITERAL_REFERENCE.exec(node.value);
        const label = dangling?.[1];
        if (label === undefined) return;
        const where = pointAt(node, dangling?.index ?? 0);
        if (/\s/.test(label))
          failAt(
            file,
            `Footnote label [^${label}] has a space; a label is one word, such as [^${label.trim().split(/\s+/).join('-')}]`,
            where,
          );
        failAt(file, `Footnote reference [^${label}] has no definition; add "[^${label}]: …"`, where);
      }
    });
    visit(tree, 'footnoteDefinition', (node) => {
      if (!referenced.has(node.identifier)) {
        failAt(file, `Footnote [^${node.label ?? node.identifier}] is defined but never referenced`, node);
      }
    });
  };
}
