// A video or interactive page in an essay, as a facade: a link that works without script, and a button that loads
// the frame only when the reader asks, so the page makes no request to another site until then. One definition for
// both forms: `<Embed src title>` in MDX (src/components/Embed.astro) and `<div data-embed data-title>` in Markdown.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Why `src` cannot be embedded, or undefined: only https pages, so the CSP can name exactly their origin. */
export function embedProblem(src: string, title: string): string | undefined {
  if (!URL.canParse(src) || new URL(src).protocol !== 'https:') return `embed "${src}" must be an https:// address`;
  if (title.trim() === '')
    return `embed ${src} needs a title (data-title="…"), which names the frame for a screen reader`;
  return undefined;
}

/** The origin the page's frame-src must allow once the reader loads the frame. */
export const embedOrigin = (src: string): string => new URL(src).origin;

export function embedFacade(src: string, title: string): Element {
  const host = new URL(src).host;
  const text = (value: string) => ({ type: 'text' as const, value });
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['embed'], dataEmbedSrc: src, dataEmbedTitle: title },
    children: [
      {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        // What the listener hears of it too, as a caption speaks for its figure: the title, and where it lives.
        children: [
          text(`${title}, on `),
          {
            type: 'element',
            tagName: 'a',
            properties: { href: src, className: ['embed-link'] },
            children: [text(host)],
          },
        ],
      },
    ],
  };
}

/** The origins of the embeds in a prepared body, each once, for the page's frame-src. */
export function embedOrigins(tree: Root): string[] {
  const origins = new Set<string>();
  visit(tree, 'element', (node) => {
    if (typeof node.properties.dataEmbedSrc === 'string') origins.add(embedOrigin(node.properties.dataEmbedSrc));
  });
  return [...origins].sort();
}
