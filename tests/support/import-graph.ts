// Reads the import arrows of a tree of source files, so that a test can hold the house's layers and forbid circles.
import { dirname, join, normalize } from 'node:path';

/** Sources by their path from the project root (src/lib/formats/dates.ts → its text). */
export type SourceTree = ReadonlyMap<string, string>;

// Static imports and re-exports (type-only ones too: a type import is an arrow a reader follows) and dynamic import().
const SPECIFIERS = [
  /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];
// Comments name files in examples; a `//` after a colon is a URL, not a comment.
const COMMENTS = /\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm;

/**
 * The files each file imports, resolved within the tree; package imports are not arrows in the house, nor are imports
 * of files under the `leaves` folders (test support a script borrows), which are outside the tree read.
 */
export function importArrows(tree: SourceTree, leaves: readonly string[] = []): Map<string, string[]> {
  const arrows = new Map<string, string[]>();
  for (const [file, source] of tree) {
    const targets = new Set<string>();
    const code = source.replace(COMMENTS, '$1');
    for (const pattern of SPECIFIERS) {
      for (const [, specifier = ''] of code.matchAll(pattern)) {
        if (!specifier.startsWith('.')) continue;
        const target = normalize(join(dirname(file), specifier.replace(/\?.*$/, '')));
        if (leaves.some((folder) => target.startsWith(folder))) continue;
        if (!tree.has(target)) throw new Error(`${file} imports ${specifier}, which is not in the tree`);
        targets.add(target);
      }
    }
    arrows.set(file, [...targets].sort());
  }
  return arrows;
}

/** Each import circle, as the files in it (Tarjan's strongly connected components of more than one file, or a self-import). */
export function importCircles(arrows: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) as number);
    stack.push(file);
    onStack.add(file);
    for (const next of arrows.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) as number, low.get(next) as number));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file) as number, index.get(next) as number));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || arrows.get(file)?.includes(file)) circles.push(component.sort());
  };
  for (const file of [...arrows.keys()].sort()) if (!index.has(file)) visit(file);
  return circles;
}

/** Arrows from a file under `from` to a file under `to`, as "a → b". */
export function arrowsBetween(arrows: ReadonlyMap<string, readonly string[]>, from: string, to: string): string[] {
  return [...arrows].flatMap(([file, targets]) =>
    file.startsWith(from)
      ? targets.filter((target) => target.startsWith(to)).map((target) => `${file} → ${target}`)
      : [],
  );
}
