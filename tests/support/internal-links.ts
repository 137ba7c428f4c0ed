// The link checker over the built site: finds every URL a page refers to on its own site, and says why one
// does not resolve to a file in dist/ or, for a #fragment, to an id in the page it names.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { pagePath } from '../../src/integrations/csp-headers.ts';
import { fragmentStartTime } from '../../src/lib/formats/media-time.ts';
import { PAGE_IDS } from '../../src/lib/site/page-ids.ts';

export interface Link {
  /** The page that links, as a file in dist/: essays/x/index.html. */
  page: string;
  /** How the link is written, for the report: <source src="/narration/x.mp3">. */
  written: string;
  target: URL;
}

/** The built site as links see it: the files it serves and, for each HTML page, its ids. */
export interface SiteIndex {
  files: ReadonlySet<string>;
  ids: ReadonlyMap<string, ReadonlySet<string>>;
}

// hast property names; srcSet is a comma-separated list of "url descriptor" candidates.
const URL_PROPERTIES = ['href', 'src', 'srcSet', 'poster'] as const;
// Open Graph tags that name a page or file of this site by absolute URL.
const OPEN_GRAPH_URLS = new Set(['og:url', 'og:image', 'og:audio']);

function urlsOf(node: Element): Array<{ attribute: string; url: string }> {
  const found = URL_PROPERTIES.flatMap((name) => {
    const value = node.properties[name];
    if (value === undefined || value === null) return [];
    const urls =
      name === 'srcSet'
        ? String(value)
            .split(',')
            .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
        : [String(value)];
    return urls.map((url) => ({ attribute: name.toLowerCase(), url }));
  });
  if (node.tagName === 'meta' && OPEN_GRAPH_URLS.has(String(node.properties.property))) {
    found.push({ attribute: 'content', url: String(node.properties.content) });
  }
  return found;
}

/** Every link from `page` (a file in dist/) to a URL on `origin`, resolved against the page's own URL. */
export function linksOf(tree: Root, page: string, origin: string): Link[] {
  const base = new URL(pagePath(page), origin);
  const links: Link[] = [];
  visit(tree, 'element', (node) => {
    for (const { attribute, url } of urlsOf(node)) {
      if (!URL.canParse(url, base)) continue;
      const target = new URL(url, base);
      if (target.origin === origin) links.push({ page, written: `<${node.tagName} ${attribute}="${url}">`, target });
    }
  });
  return links;
}

export function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  return ids;
}

/** Why a link does not resolve in the site, or undefined when it does. */
export function brokenBecause({ target }: Link, site: SiteIndex): string | undefined {
  const path = decodeURIComponent(target.pathname).slice(1);
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!site.files.has(file)) {
    // trailingSlash: 'always' (astro.config.mjs): /essays/x is not served, /essays/x/ is.
    return site.files.has(`${path}/index.html`) ? `${target.pathname} needs a trailing slash` : `dist has no ${file}`;
  }
  const ids = site.ids.get(file);
  // A fragment on a media file (#t=30) is a time, not an id.
  if (!target.hash || !ids) return undefined;
  // On a page with the player, #t=95 is where it starts (a chapter, a shared link), not an id.
  if (ids.has(PAGE_IDS.player) && fragmentStartTime(target.hash) !== undefined) return undefined;
  const id = decodeURIComponent(target.hash.slice(1));
  return ids.has(id) ? undefined : `${file} has no id "${id}"`;
}
