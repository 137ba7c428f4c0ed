// Known embeds become the site's click-to-load form, <div data-embed="<src>" data-title="…">, which keeps the CSP strict.
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** The one embed form the site's helper expects (coordinated by this exact shape). */
export function embedMarkup(src: string, title: string): string {
  const element: Element = {
    type: 'element',
    tagName: 'div',
    properties: { dataEmbed: src, dataTitle: title },
    children: [],
  };
  return toHtml(element);
}

/** A title for an embed that has none: the reader's button must say what it loads. */
export function embedTitle(src: string, title: string | undefined): string {
  if (title?.trim()) return title.trim();
  if (/youtube(-nocookie)?\.com|youtu\.be/.test(src)) return 'YouTube video';
  if (/vimeo\.com/.test(src)) return 'Vimeo video';
  return URL.canParse(src) ? `Embedded page from ${new URL(src).hostname}` : 'Embedded page';
}

/** Protocol-relative sources (//www.youtube.com/…) are loaded over https. */
const absoluteSrc = (src: string): string => (src.startsWith('//') ? `https:${src}` : src);

/** Replaces each <iframe …>…</iframe> in an HTML fragment; returns the new text and the sources replaced. */
export function replaceIframes(html: string): { html: string; sources: string[] } {
  const sources: string[] = [];
  const replaced = html.replace(/<iframe\b[^>]*>(?:[\s\S]*?<\/iframe\s*>)?/gi, (tag) => {
    const element = fromHtml(tag, { fragment: true }).children.find(
      (node): node is Element => node.type === 'element' && node.tagName === 'iframe',
    );
    const src = element?.properties.src;
    if (typeof src !== 'string' || src === '') return tag;
    const title = element?.properties.title;
    sources.push(absoluteSrc(src));
    return embedMarkup(absoluteSrc(src), embedTitle(absoluteSrc(src), typeof title === 'string' ? title : undefined));
  });
  return { html: replaced.replace(/<\/iframe\s*>/gi, ''), sources };
}
