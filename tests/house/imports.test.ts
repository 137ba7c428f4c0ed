import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrowsBetween, importArrows, importCircles, type SourceTree } from '../support/import-graph.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE = /\.(ts|mjs|astro)$/;

function readTree(dirs: readonly string[]): SourceTree {
  const tree = new Map<string, string>();
  for (const entry of readdirSync(ROOT, { withFileTypes: true })) {
    if (entry.isFile() && SOURCE.test(entry.name)) tree.set(entry.name, readFileSync(join(ROOT, entry.name), 'utf8'));
  }
  for (const dir of dirs) {
    for (const file of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      // Styles and images are imported too: leaves of the graph, with no arrows of their own.
      const path = join(ROOT, dir, file);
      if (statSync(path).isFile()) tree.set(join(dir, file), SOURCE.test(file) ? readFileSync(path, 'utf8') : '');
    }
  }
  return tree;
}

describe('the import checker, on a made-up tree', () => {
  const madeUp: SourceTree = new Map([
    ['src/lib/a.ts', "import { b } from './b.ts';\nimport type { N } from '../narration/n.ts';"],
    ['src/lib/b.ts', "export const b = () => import('./c.ts');"],
    ['src/lib/c.ts', "export { a } from './a.ts';\nimport { z } from 'astro/zod';"],
    ['src/narration/n.ts', "import { b } from '../lib/b.ts';"],
    ['src/narration/self.ts', "import { self } from './self.ts';"],
  ]);
  const arrows = importArrows(madeUp);

  it('finds a circle through a dynamic import and a re-export, and a file that imports itself', () => {
    expect(importCircles(arrows)).toEqual([
      ['src/lib/a.ts', 'src/lib/b.ts', 'src/lib/c.ts', 'src/narration/n.ts'],
      ['src/narration/self.ts'],
    ]);
  });

  it('finds a type-only import from src/lib into src/narration', () => {
    expect(arrowsBetween(arrows, 'src/lib/', 'src/narration/')).toEqual(['src/lib/a.ts → src/narration/n.ts']);
  });

  it('refuses an import of a file that is not there, naming both', () => {
    expect(() => importArrows(new Map([['src/x.ts', "import './gone.ts';\nimport { y } from './gone.ts';"]]))).toThrow(
      'src/x.ts imports ./gone.ts, which is not in the tree',
    );
  });
});

describe("Lectern's own imports", () => {
  const arrows = importArrows(readTree(['src', 'scripts']), ['tests/']);

  it('reads the whole house, not an empty tree', () => {
    expect(arrows.size).toBeGreaterThan(150);
    expect(arrows.get('src/narration/pipeline/narrate-essay.ts')?.length).toBeGreaterThan(3);
  });

  it('have no import circle', () => {
    expect(importCircles(arrows)).toEqual([]);
  });

  it('never run from src/lib (pure library code) up into src/narration', () => {
    expect(arrowsBetween(arrows, 'src/lib/', 'src/narration/')).toEqual([]);
  });
});
