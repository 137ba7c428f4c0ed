// What a page needs to open, read and play offline, found in the page itself: the one list both the worker's shell
// and "Save for offline" store. Regular expressions, not a DOM: a service worker has no DOMParser, and the HTML is
// the site's own build output.
import { serviceWorkerUrl } from '../../lib/site/urls.ts';

const TAG = /<(script|link|img|source|track)\b[^>]*>/gi;
// A script written into the page (Astro inlines a small one), whose imports the page needs as much as its own files.
const INLINE_MODULE = /<script\b[^>]*\btype="module"[^>]*>([^<]+)<\/script>/gi;
const ATTRIBUTE = /\s([a-z-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
// Stylesheets, icons and the manifest; not canonical or alternate links, which name other pages and feeds.
const STORED_LINKS = /^(stylesheet|icon|manifest|modulepreload)$/i;
// A module's imports as the bundler writes them, `from"./x.js"` and `import("./x.js")`, and a script it loads by
// its site path (a separately bundled module, as the save control is): any quoted "/….js".
const MODULE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.js)["'`]|["'`](\/[^"'`\s]+\.js)["'`]/g;

const decode = (value: string): string =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<');

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = '', ...values] of tag.matchAll(ATTRIBUTE))
    found.set(name.toLowerCase(), decode(values.find((v) => v !== undefined) ?? ''));
  return found;
}

const srcsetUrls = (srcset: string): string[] =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

function referenced(tagName: string, attrs: Map<string, string>): string[] {
  if (tagName === 'link') {
    const href = attrs.get('href');
    return href && STORED_LINKS.test(attrs.get('rel') ?? '') ? [href] : [];
  }
  return [attrs.get('src'), ...srcsetUrls(attrs.get('srcset') ?? '')].filter((url): url is string => Boolean(url));
}

/** The page's own files, as absolute URLs of the page's origin, each once: scripts, cues, audio, images, styles. */
export function pageFiles(html: string, pageUrl: string): string[] {
  const { origin } = new URL(pageUrl);
  const urls = new Set<string>();
  for (const [tag, name = ''] of html.matchAll(TAG))
    for (const url of referenced(name.toLowerCase(), attributes(tag))) {
      const absolute = new URL(url, pageUrl);
      if (absolute.origin === origin) urls.add(absolute.origin + absolute.pathname + absolute.search);
    }
  for (const [, source = ''] of html.matchAll(INLINE_MODULE))
    for (const url of moduleImports(source, pageUrl)) urls.add(url);
  return [...urls];
}

/** The modules a module imports, statically or lazily, as absolute URLs: a script saved without them breaks. */
export const moduleImports = (source: string, moduleUrl: string): string[] =>
  [...source.matchAll(MODULE_IMPORT)]
    .map(([, imported, loaded]) => new URL(imported ?? loaded ?? '', moduleUrl).href)
    // The worker's own script is the browser's to fetch, never a saved file.
    .filter((url) => new URL(url).pathname !== serviceWorkerUrl());

/** The page's files and every module its scripts import, each fetched once by `read` (a module's text). */
export async function pageFilesWithImports(
  html: string,
  pageUrl: string,
  read: (url: string) => Promise<string>,
): Promise<string[]> {
  const all = new Set(pageFiles(html, pageUrl));
  const pending = [...all].filter((url) => url.endsWith('.js'));
  for (let url = pending.pop(); url !== undefined; url = pending.pop())
    for (const imported of moduleImports(await read(url), url))
      if (!all.has(imported)) {
        all.add(imported);
        pending.push(imported);
      }
  return [...all];
}
