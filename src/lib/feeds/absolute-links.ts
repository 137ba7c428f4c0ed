// Feed readers show an essay away from its page, so every link, anchor and image in feed HTML must be absolute.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/** Each candidate of a srcset ("/a-400.webp 400w"), its URL made absolute and its descriptor kept. */
function absoluteSrcset(candidates: readonly string[], pageUrl: string): string[] {
  return candidates.map((candidate) => {
    const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
    return [new URL(url, pageUrl).href, ...descriptor].join(' ');
  });
}

/** Resolves every relative href/src/srcset (including "#fn-1" footnote anchors) against the essay's own absolute URL. */
export function absolutizeLinks(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string' && value !== '') node.properties[attribute] = new URL(value, pageUrl).href;
    }
    const srcset = node.properties.srcSet;
    if (typeof srcset === 'string' && srcset !== '')
      node.properties.srcSet = absoluteSrcset(srcset.split(','), pageUrl).join(', ');
  });
  return toHtml(tree);
}
