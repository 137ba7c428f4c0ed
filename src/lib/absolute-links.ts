// Feed readers show an essay away from its page, so every link and anchor in feed HTML must be absolute.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/** Resolves every relative href/src (including "#fn-1" footnote anchors) against the essay's own absolute URL. */
export function absolutizeLinks(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string' && value !== '') node.properties[attribute] = new URL(value, pageUrl).href;
    }
  });
  return toHtml(tree);
}
