// Fails the build on a Markdown image whose file is not beside the essay, naming the essay and the line: Astro's own
// error ("Could not find requested image `images/x.png`") names neither, and comes one build at a time. An imported
// post whose image the old archive lacked is the usual case.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from './fail-at.ts';

/** A path Astro resolves against the essay's folder: not a URL, not /public's "/x.png", not a data: URI. */
const isRelativeFile = (url: string): boolean => !/^(?:[a-z][a-z\d+.-]*:|\/|#)/i.test(url);

export default function remarkImageFilesCheck() {
  return (tree: Root, file: VFile): void => {
    if (!file.path) return;
    visit(tree, 'image', (node) => {
      if (!isRelativeFile(node.url)) return;
      const path = decodeURI(node.url.split(/[?#]/)[0] ?? '');
      if (existsSync(resolve(dirname(file.path), path))) return;
      failAt(file, `Image ${node.url} is not there: no such file beside the essay; add it, or correct the path`, node);
    });
  };
}
