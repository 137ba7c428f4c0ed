// A plugin's error for an essay, with its place. Astro prints an MDX error's place itself; a .md essay is rendered
// by the content layer, which logs only the message, so there the line goes into the message ("line 4: …"), counted
// from the end of the frontmatter, and the essay loader (src/collection/essay-loader.ts) makes it the file's line.
import type { Node, Point } from 'unist';
import type { VFile } from 'vfile';

export function failAt(file: VFile, reason: string, place: Node | Point | undefined): never {
  const plain = file.path?.endsWith('.md') === true;
  if (place === undefined) return file.fail(reason);
  if ('line' in place) return file.fail(plain ? `line ${place.line}: ${reason}` : reason, place);
  const line = place.position?.start.line;
  return file.fail(plain && line !== undefined ? `line ${line}: ${reason}` : reason, place);
}
