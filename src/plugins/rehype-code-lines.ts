// Marks the lines a fence asks for ({3-5}, carried as data-code-lines by remark-code-meta.ts) in Prism's output: each
// such line in a <mark class="code-line">, a class and no inline style, as the CSP allows (src/styles/code.css).
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** The nodes split at each newline, a token that spans lines (a comment, a string) cloned into each of its lines. */
export function splitLines(nodes: readonly ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  const current = (): ElementContent[] => lines[lines.length - 1] as ElementContent[];
  for (const node of nodes) {
    if (node.type === 'text') {
      node.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) current().push({ type: 'text', value: part });
      });
    } else if (isElement(node)) {
      splitLines(node.children).forEach((children, i) => {
        if (i > 0) lines.push([]);
        if (children.length) current().push({ ...node, children });
      });
    } else current().push(node);
  }
  return lines;
}

function markLines(code: Element, marked: ReadonlySet<number>): void {
  code.children = splitLines(code.children).flatMap((line, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'text' as const, value: '\n' }] : []),
    ...(marked.has(i + 1)
      ? [{ type: 'element' as const, tagName: 'mark', properties: { className: ['code-line'] }, children: line }]
      : line),
  ]);
}

export default function rehypeCodeLines() {
  return (tree: Root): void => {
    visit(tree, 'element', (sample) => {
      const lines = sample.properties.dataCodeLines;
      if (typeof lines !== 'string') return;
      const marked = new Set(lines.split(' ').map(Number));
      visit(sample, 'element', (code, _index, parent) => {
        if (code.tagName === 'code' && parent?.type === 'element' && parent.tagName === 'pre') markLines(code, marked);
      });
    });
  };
}
