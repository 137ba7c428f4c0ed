// A description for a post that had none: its first sentence, which the report marks for the author to check.
import type { Nodes } from 'mdast';
import { parseMarkdown, walk } from './markdown-edits.ts';

const MAX = 300;

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html' || node.type === 'image' || node.type === 'footnoteReference') return '';
  return 'children' in node ? node.children.map(plainText).join('') : '';
}

/** The first sentence of the first paragraph with words in it, or undefined for a body without one. */
export function firstSentence(markdown: string): string | undefined {
  for (const node of walk(parseMarkdown(markdown))) {
    if (node.type !== 'paragraph') continue;
    const text = plainText(node).replace(/\s+/g, ' ').trim();
    if (!/\p{L}/u.test(text) || /^\{[%{]/.test(text)) continue;
    const sentence = /^.*?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
    return sentence.length <= MAX ? sentence : `${sentence.slice(0, MAX - 1).replace(/\s+\S*$/, '')}…`;
  }
  return undefined;
}

/** A summary written in HTML or Markdown, as one line of plain text. */
export function plainSummary(summary: string): string {
  const text = summary
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
  return text.trim();
}
