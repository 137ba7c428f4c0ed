// The built site in dist/, for the tests that check what `npm run build` published.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** Every file in dist/, relative to it: essays/x/index.html, narration/x.mp3… */
export function builtFiles(dist: string = DIST): string[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` before the tests over the built site.`);
  }
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .sort();
}

export const builtPages = (dist: string = DIST): string[] => builtFiles(dist).filter((file) => file.endsWith('.html'));
