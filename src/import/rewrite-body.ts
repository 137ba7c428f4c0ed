// One pass over an imported body: link and image targets, embeds, and what the site's CSP or Markdown can't keep.
import type { Nodes } from 'mdast';
import { replaceIframes } from './embeds.ts';
import {
  applyEdits,
  definitionDestination,
  type Edit,
  inlineDestination,
  parseMarkdown,
  walk,
} from './markdown-edits.ts';

export interface BodyHooks {
  /** The new target of a link, or undefined to leave it. */
  readonly link: (url: string) => string | undefined;
  /** The new path of an image or media file, or undefined to leave it. */
  readonly image: (url: string) => string | undefined;
}

export interface RewrittenBody {
  readonly body: string;
  readonly changes: readonly string[];
}

const ATTRIBUTE = /(\s)(src|href|poster)(\s*=\s*)("[^"]*"|'[^']*'|[^\s>'"]+)/gi;
const TEMPLATE_TAG = /\{%-?\s*(\w+)|\{\{[<%]\s*\/?\s*([\w-]+)/g;

const unquote = (value: string): string => value.replace(/^["']|["']$/g, '').replace(/&amp;/g, '&');
const quote = (value: string): string => `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

// Lectern's build refuses an image without alt text (a Jekyll build does not): the importer cannot describe it, so
// it gives a placeholder that says what to do, and the report lists each post that has one.
const IMG_WITHOUT_ALT = /<img\b(?![^>]*\salt\s*=)[^>]*>/gi;
const ALT_PLACEHOLDER = 'Image to describe: ';

function withAltPlaceholders(html: string, changes: string[]): string {
  let count = 0;
  const out = html.replace(IMG_WITHOUT_ALT, (tag) => {
    count++;
    const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '';
    const name = src.split('/').at(-1) ?? '';
    return tag.replace(/^<img\b/i, `<img alt=${quote(ALT_PLACEHOLDER + name)}`);
  });
  if (count > 0) changes.push(`${count} <img> without alt text given "${ALT_PLACEHOLDER}<file>": describe each`);
  return out;
}

function rewriteHtml(html: string, hooks: BodyHooks, changes: string[], styled: string[]): string {
  const embeds = replaceIframes(withAltPlaceholders(html, changes));
  for (const src of embeds.sources) changes.push(`embed ${src} made a click-to-load embed`);
  for (const tag of embeds.html.match(/<[a-z][\w-]*\b[^>]*\sstyle\s*=/gi) ?? [])
    styled.push(`<${/<([\w-]+)/.exec(tag)?.[1]}>`);
  if (/<script\b/i.test(embeds.html)) changes.push("script kept (the site's CSP blocks it)");
  return embeds.html.replace(ATTRIBUTE, (whole, space: string, name: string, equals: string, value: string) => {
    const url = unquote(value);
    const next = name.toLowerCase() === 'href' ? hooks.link(url) : hooks.image(url);
    return next === undefined ? whole : `${space}${name}${equals}${quote(next)}`;
  });
}

function destinationEdit(source: string, node: Nodes, hooks: BodyHooks): Edit | undefined {
  if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return undefined;
  const { start, end } = { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
  const at =
    node.type === 'definition' ? definitionDestination(source, start, end) : inlineDestination(source, start, end);
  if (!at) return undefined;
  const next = node.type === 'image' ? hooks.image(node.url) : hooks.link(node.url);
  if (next === undefined) return undefined;
  // A destination with a space or a parenthesis needs the angle-bracket form.
  return { ...at, text: /[\s()<>]/.test(next) ? `<${next}>` : next };
}

/** Template tags the old generator expanded (Liquid, Hugo shortcodes): kept as text, and each kind listed once. */
function templateTags(text: string, seen: Set<string>): void {
  for (const m of text.matchAll(TEMPLATE_TAG)) seen.add(m[1] ? `{% ${m[1]} %}` : `{{< ${m[2]} >}}`);
}

/** One line per post: "inline styles kept on 3 elements: <img> ×2, <div>". */
function stylesKept(tags: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const list = [...counts].map(([tag, n]) => (n > 1 ? `${tag} ×${n}` : tag)).join(', ');
  return `inline styles kept on ${tags.length} element(s): ${list} (the site's CSP blocks them; restyle or remove them)`;
}

export function rewriteBody(source: string, hooks: BodyHooks): RewrittenBody {
  const edits: Edit[] = [];
  const changes: string[] = [];
  const tags = new Set<string>();
  const styled: string[] = [];
  for (const node of walk(parseMarkdown(source))) {
    const edit = destinationEdit(source, node, hooks);
    if (edit) edits.push(edit);
    if (node.type === 'text') templateTags(node.value, tags);
    if (node.type === 'html') {
      // The source's own text, not node.value: inside a list or a quote, the value has lost its indent or "> ".
      const [start, end] = [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
      const html = rewriteHtml(source.slice(start, end), hooks, changes, styled);
      if (html !== source.slice(start, end)) edits.push({ start, end, text: html });
    }
  }
  for (const tag of tags)
    changes.push(`template tag ${tag} kept as text (the old generator expanded it; Lectern does not)`);
  if (styled.length > 0) changes.push(stylesKept(styled));
  return { body: applyEdits(source, edits), changes };
}
