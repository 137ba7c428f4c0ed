// Fails on a component an MDX essay uses without importing it, naming the essay, the line and the component: MDX
// itself fails only when the page renders, as "Expected component `Client` to be defined", in a compiled chunk.
import type { Program } from 'estree';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The names an essay's own import and export statements define. */
function definedNames(program: Program): string[] {
  return program.body.flatMap((statement) => {
    if (statement.type === 'ImportDeclaration') return statement.specifiers.map((s) => s.local.name);
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'VariableDeclaration')
      return declaration.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
    if (declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration')
      return declaration.id ? [declaration.id.name] : [];
    return [];
  });
}

export default function remarkMdxComponentsCheck() {
  return (tree: Root, file: VFile): void => {
    const defined = new Set<string>();
    visit(tree, 'mdxjsEsm', (node) => {
      const program = node.data?.estree;
      if (program) for (const name of definedNames(program)) defined.add(name);
    });
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      // <Chart>, <Chart.Legend>: a component (capitalised, or a member); <details>, <span> are HTML.
      const name = node.name ?? '';
      const root = name.split('.')[0] ?? '';
      if (!/^[A-Z]/.test(root) && !name.includes('.')) return;
      if (defined.has(root)) return;
      file.fail(`<${name}> is used but never imported: add \`import ${root} from '…'\` below the frontmatter`, node);
    });
  };
}
