// What a built page costs a reader, gzipped as a server sends it: its HTML, every script it loads (with each chunk
// those import) and every stylesheet, inline or linked. Shared by the page-weight and player budget tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Weight {
  /** gzip bytes */
  bytes: number;
  /** what was weighed: files relative to dist/, or "inline" */
  parts: string[];
}

export interface PageWeight {
  page: string;
  html: Weight;
  js: Weight;
  css: Weight;
}

export type Budget = Record<'html' | 'js' | 'css', number>;

const gzipBytes = (text: string | Buffer): number => gzipSync(text).length;
// JSON-LD and other data blocks are not code the browser runs.
const RUNS_AS_JS = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The entry and every chunk it imports, statically or not: all of it is the page's weight. */
export function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    withImports(join(dirname(file), match[1] ?? ''), seen);
  }
  return seen;
}

/** The src of every external script a page loads, as written in its HTML. */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  visit(fromHtml(html), 'element', (node) => {
    if (node.tagName === 'script' && typeof node.properties.src === 'string') sources.push(node.properties.src);
  });
  return sources;
}

/** Weighs one built page (a path relative to dist/); a file shared by two scripts is counted once, as it loads once. */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = { js: new Set<string>(), css: new Set<string>() };
  const inline = { js: [] as string[], css: [] as string[] };
  visit(fromHtml(html), 'element', (node) => {
    const { src, href, rel, type } = node.properties;
    if (node.tagName === 'script' && RUNS_AS_JS.has(String(type ?? ''))) {
      if (typeof src === 'string') withImports(join(dist, src), files.js);
      else inline.js.push(textOf(node));
    }
    if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('stylesheet') && typeof href === 'string')
      files.css.add(join(dist, href));
    if (node.tagName === 'style') inline.css.push(textOf(node));
  });
  const weigh = (kind: 'js' | 'css'): Weight => ({
    bytes:
      [...files[kind]].reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0) +
      inline[kind].reduce((sum, text) => sum + gzipBytes(text), 0),
    parts: [...[...files[kind]].map((file) => file.slice(dist.length + 1)), ...inline[kind].map(() => 'inline')],
  });
  return { page, html: { bytes: gzipBytes(html), parts: [page] }, js: weigh('js'), css: weigh('css') };
}

/** One line per budget the page breaks, naming the page, the measure and both figures; empty when all hold. */
export function overBudget(weight: PageWeight, budget: Partial<Budget>): string[] {
  return (['html', 'js', 'css'] as const)
    .filter((kind) => budget[kind] !== undefined && weight[kind].bytes > (budget[kind] ?? 0))
    .map(
      (kind) =>
        `${weight.page}: ${kind.toUpperCase()} is ${weight[kind].bytes} bytes gzip, over the budget of ${budget[kind]} (${weight[kind].parts.join(', ')})`,
    );
}
