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

/** What the placeholder names: the file, or for an image held in the page (data:…) not its bytes, which a voice spells. */
const fileName = (url: string): string =>
  url.startsWith('data:') ? 'an image held in the page' : (url.split(/[?#]/)[0]?.split('/').at(-1) ?? '');

/** The raw <img>s given a placeholder so far in this body, to list once. */
interface Tally {
  described: number;
}

function withAltPlaceholders(html: string, tally: Tally): string {
  const out = html.replace(IMG_WITHOUT_ALT, (tag) => {
    tally.described++;
    const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '';
    return tag.replace(/^<img\b/i, `<img alt=${quote(ALT_PLACEHOLDER + fileName(src))}`);
  });
  return out;
}

/** The same placeholder for a Markdown image written without alt text, ![](mario.gif) or ![][ref]: the edit. */
function altPlaceholder(source: string, node: Nodes, definitions: ReadonlyMap<string, string>): Edit | undefined {
  if ((node.type !== 'image' && node.type !== 'imageReference') || node.alt) return undefined;
  const start = (node.position?.start.offset ?? 0) + 2;
  if (source.slice(start - 2, start + 1) !== '![]') return undefined;
  const url = node.type === 'image' ? node.url : (definitions.get(node.identifier) ?? '');
  return { start, end: start, text: (ALT_PLACEHOLDER + fileName(url)).replace(/[[\]\\]/g, '\\$&') };
}

function rewriteHtml(html: string, hooks: BodyHooks, changes: string[], styled: string[], tally: Tally): string {
  const embeds = replaceIframes(withAltPlaceholders(html, tally));
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

// TeX as pandoc reads it: $$…$$ or \[…\] for display, \(…\) or $…$ inline, where the opening $ is followed and the
// closing one preceded by a non-space, and no digit follows it ("$40,000 - $60,000" is money, not maths).
const TEX =
  /\$\$[\s\S]+?\$\$|\\\[[\s\S]+?\\\]|\\\(.+?\\\)|(?<![\\$\w])\$(?=[^\s$])[^$\n]*?[^\s\\$]\$(?![\d$])|(?<![\\$\w])\$[^\s$\\]\$(?![\d$])/g;

/** How many TeX expressions the prose holds (code and raw HTML aside): Lectern renders no maths, so they are listed. */
function texCount(source: string, nodes: readonly Nodes[]): number {
  let prose = source;
  for (const node of nodes)
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') {
      const [start, end] = [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
      prose = prose.slice(0, start) + ' '.repeat(end - start) + prose.slice(end);
    }
  return prose.match(TEX)?.length ?? 0;
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
  let described = 0;
  const raw: Tally = { described: 0 };
  const nodes = [...walk(parseMarkdown(source))];
  const definitions = new Map(nodes.flatMap((n) => (n.type === 'definition' ? [[n.identifier, n.url] as const] : [])));
  for (const node of nodes) {
    const edit = destinationEdit(source, node, hooks);
    if (edit) edits.push(edit);
    const alt = altPlaceholder(source, node, definitions);
    if (alt) {
      edits.push(alt);
      described++;
    }
    if (node.type === 'text') templateTags(node.value, tags);
    if (node.type === 'html') {
      // The source's own text, not node.value: inside a list or a quote, the value has lost its indent or "> ".
      const [start, end] = [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
      const html = rewriteHtml(source.slice(start, end), hooks, changes, styled, raw);
      if (html !== source.slice(start, end)) edits.push({ start, end, text: html });
    }
  }
  if (raw.described > 0)
    changes.push(`${raw.described} <img> without alt text given "${ALT_PLACEHOLDER}<file>": describe each`);
  for (const tag of tags)
    changes.push(`template tag ${tag} kept as text (the old generator expanded it; Lectern does not)`);
  if (styled.length > 0) changes.push(stylesKept(styled));
  const tex = texCount(source, nodes);
  if (tex > 0)
    changes.push(
      `${tex} TeX expression(s) kept as text ($…$, $$…$$): Lectern renders no maths, and the voice reads it as written`,
    );
  if (described > 0)
    changes.push(`${described} image(s) without alt text given "${ALT_PLACEHOLDER}<file>": describe each`);
  return { body: applyEdits(source, edits), changes };
}
