// Python-Markdown (Pelican's) keeps a block of HTML that starts at the line's start whole, up to its matching closing
// tag, blank lines and all. CommonMark ends such a block at the first blank line, so what follows it becomes Markdown:
// an indented line a code block, a line of base64 from an <img src="data:…"> a paragraph that the voice spells out
// letter by letter (jakevdp.github.io's static-interactive-widgets: 120 blocks, hours of audio). The blank lines inside
// are dropped so the block stays one block, as the old site showed it.

// <pre>, <script>, <style> and <textarea> are whole in CommonMark too, and their blank lines are content.
const OPENING = /^<(?!(?:pre|script|style|textarea)\b)([a-z][a-z0-9-]*)\b[^>]*>/i;
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/** How deep in `tag` a line leaves the block: its opening tags counted against its closing ones. */
function depthChange(line: string, tag: string): number {
  const opens = line.match(new RegExp(`<${tag}\\b(?![^>]*/>)`, 'gi'))?.length ?? 0;
  const closes = line.match(new RegExp(`</${tag}\\s*>`, 'gi'))?.length ?? 0;
  return opens - closes;
}

/** Where the block opened at `start` ends (the line of its closing tag), or undefined if it never closes. */
function blockEnd(lines: readonly string[], start: number, tag: string): number | undefined {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    depth += depthChange(lines[i] ?? '', tag);
    if (depth <= 0) return i;
  }
  return undefined;
}

export function keepHtmlBlocksWhole(markdown: string): { body: string; joined: number } {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let joined = 0;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fenceMark = /^(```+|~~~+)/.exec(line)?.[1];
    if (fenceMark && (fence === undefined || fenceMark.startsWith(fence))) fence = fence ? undefined : fenceMark;
    const tag = fence ? undefined : OPENING.exec(line)?.[1];
    const end = tag && !VOID.test(tag) ? blockEnd(lines, i, tag) : undefined;
    if (end === undefined || end === i) {
      out.push(line);
      continue;
    }
    const block = lines.slice(i, end + 1);
    const kept = block.filter((l) => l.trim() !== '');
    if (kept.length < block.length) joined++;
    out.push(...kept);
    i = end;
  }
  return { body: out.join('\n'), joined };
}
