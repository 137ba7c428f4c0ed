// A feed's HTML as Markdown (turndown); what Markdown can't hold stays as raw HTML, which a .md essay allows.
import TurndownService from 'turndown';

// Tables (no GFM table can hold a merged cell), media and embeds are kept whole; rewrite-body.ts then handles them.
const KEPT = ['table', 'iframe', 'video', 'audio', 'figure', 'sup', 'sub', 'details'] as const;

const service = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
  emDelimiter: '_',
  hr: '---',
});
service.keep([...KEPT]);
service.remove(['script', 'style']);

export const htmlToMarkdown = (html: string): string => `${service.turndown(html).trim()}\n`;

/** Whether the HTML held a script or style element, which the conversion drops (the CSP would block them anyway). */
export const dropsScripts = (html: string): boolean => /<(script|style)\b/i.test(html);
