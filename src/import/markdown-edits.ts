// Edits a Markdown body in place, at the positions its parse gives, so that the rest keeps the author's own text.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export const parseMarkdown = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** Every node, depth first, without entering code (whose text is the author's, never a link). */
export function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** Later edits first, so that earlier offsets stay right; overlapping edits keep the first. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let text = source;
  let floor = Number.POSITIVE_INFINITY;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    if (edit.end > floor) continue;
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    floor = edit.start;
  }
  return text;
}

/** Where a destination ends: at white space, or at a ")" that closes no "(" inside it (CommonMark's rule). */
function destinationLength(text: string): number {
  if (text.startsWith('<')) return text.indexOf('>') + 1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) return i;
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) return i;
  }
  return text.length;
}

/** The raw destination of an inline link or image, `[text](dest "title")`, as offsets into the source. */
export function inlineDestination(
  source: string,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  const slice = source.slice(start, end);
  if (!slice.endsWith(')')) return undefined;
  const open = slice.lastIndexOf('](');
  if (open < 0) return undefined;
  const after = slice.slice(open + 2);
  const lead = after.length - after.trimStart().length;
  const length = destinationLength(after.slice(lead));
  if (length <= 0) return undefined;
  const from = start + open + 2 + lead;
  return { start: from, end: from + length };
}

/** The raw destination of a definition, `[id]: dest "title"`. */
export function definitionDestination(
  source: string,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  const m = /^\[(?:[^\]\\]|\\.)*\]:\s*/.exec(source.slice(start, end));
  if (!m) return undefined;
  const length = destinationLength(source.slice(start + m[0].length, end));
  return length > 0 ? { start: start + m[0].length, end: start + m[0].length + length } : undefined;
}
