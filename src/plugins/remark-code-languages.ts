// A code fence in a language Prism lacks (```lean, ```fish) is shown as plain code, and the build says so once per
// language, naming the essays: Prism alone printed two lines per block (a 57-essay archive: hundreds of lines).
import type { Root } from 'mdast';
import components from 'prismjs/components.json' with { type: 'json' };
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type Component = { alias?: string | string[] };
// Prism's own list of its grammars and their aliases, the plain-text names its core defines, and the two that
// Astro's highlighter adds (@astrojs/prism: ts for typescript, and astro).
const KNOWN = new Set([
  ...Object.entries(components.languages as Record<string, Component>)
    .filter(([name]) => name !== 'meta')
    .flatMap(([name, { alias = [] }]) => [name, ...[alias].flat()]),
  'plain',
  'plaintext',
  'text',
  'txt',
  'astro',
  'ts',
]);
/** The essays that used each missing language in this build, until the build reports them (takeUnknownLanguages). */
const unknown = new Map<string, Set<string>>();

export default function remarkCodeLanguages() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'code', (node) => {
      const language = node.lang?.toLowerCase();
      if (!language) return;
      // Prism's names are lower case: ```Python is python, not a language of its own.
      if (KNOWN.has(language)) node.lang = language;
      else {
        unknown.set(language, (unknown.get(language) ?? new Set()).add(file.path));
        node.lang = null;
      }
    });
  };
}

/** One line per missing language with the essays that use it, and forgets them, for the next build in this process. */
export function takeUnknownLanguages(root: string): string[] {
  const lines = [...unknown]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, files]) => {
      const essays = [...files].map((path) => path.replace(`${root}/`, '')).sort();
      return `code in "${language}" is shown as plain code (Prism has no such language): ${essays.join(', ')}`;
    });
  unknown.clear();
  return lines;
}
