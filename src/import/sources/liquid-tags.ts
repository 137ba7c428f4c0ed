// Pelican's liquid_tags plugin (img, video, include_code) as the Markdown and HTML those tags stood for.
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { applyEdits, type Edit, parseMarkdown, walk } from '../markdown-edits.ts';

export interface LiquidContext {
  /** The text of a file under the plugin's code folder, or undefined when it is not in the archive. */
  readonly code: (path: string) => string | undefined;
}

const TAG = /^\{%\s*(img|video|include_code)\s+(.*?)\s*%\}$/;

/** `{% img [class] /path.png [width [height]] [title] ["alt"] %}`. */
function image(args: string): string {
  const tokens = args.match(/\[[^\]]*\]|"[^"]*"|'[^']*'|\S+/g) ?? [];
  const at = tokens.findIndex((t) => /^(\/|https?:)/.test(t) || /\.\w{2,4}$/.test(t));
  const src = tokens[at] ?? '';
  const words = tokens.slice(at + 1).filter((t) => !/^\d+(px|%)?$/.test(t));
  const alt = (words.at(-1) ?? '').replace(/^[["']|[\]"']$/g, '').trim();
  return `![${alt.replace(/[[\]]/g, '\\$&')}](${src})`;
}

/** `{% video /path.mp4 [width height] [poster] %}`, as a native player (the page works without script). */
function video(args: string): string {
  const [src = '', ...rest] = args.split(/\s+/);
  const poster = rest.find((token) => !/^\d+$/.test(token));
  const element: Element = {
    type: 'element',
    tagName: 'video',
    properties: { controls: true, src, ...(poster ? { poster } : {}) },
    children: [],
  };
  return toHtml(element);
}

function code(args: string, context: LiquidContext): string | undefined {
  const [path = '', ...rest] = args.split(/\s+/);
  const text = context.code(path);
  if (text === undefined) return undefined;
  const lang = /^lang:(\S+)$/.exec(rest.find((t) => t.startsWith('lang:')) ?? '')?.[1] ?? '';
  // A fence longer than any run of backticks in the code, so that the code cannot close it.
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}

/** Each tag that stands alone in its paragraph is replaced; the rest stay, and rewrite-body.ts lists them. */
export function expandLiquidTags(body: string, context: LiquidContext): { body: string; changes: string[] } {
  const edits: Edit[] = [];
  const changes: string[] = [];
  for (const node of walk(parseMarkdown(body))) {
    if (node.type !== 'paragraph') continue;
    const [start, end] = [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
    const m = TAG.exec(body.slice(start, end).trim());
    if (!m) continue;
    const [name, args = ''] = [m[1], m[2]];
    const text = name === 'img' ? image(args) : name === 'video' ? video(args) : code(args, context);
    if (text === undefined) continue;
    edits.push({ start, end, text });
    changes.push(
      `{% ${name} ${args.split(/\s+/)[0]} %} made ${name === 'include_code' ? 'a code block' : name === 'img' ? 'an image' : 'a <video>'}`,
    );
  }
  return { body: applyEdits(body, edits), changes };
}
