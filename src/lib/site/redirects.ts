// Old addresses kept alive: an essay's `aliases:` and the site's old feeds, as a page at each old path (any host,
// GitHub Pages included) and as 301s in _redirects (Netlify, Cloudflare). Pure: the integration brings the files.
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

export interface Redirect {
  /** The old site path: /my-post.html, /2019/01/my-post/. */
  from: string;
  /** The site path it now lives at: /essays/my-post/. */
  to: string;
  /** Who asked for it, for the errors: content/essays/my-post.md, or the setting in src/site.config.ts. */
  owner: string;
  /** A page is published at `from` (an essay's alias); an old feed gets only its _redirects line. */
  page: boolean;
}

/** The file in dist/ that a host serves at a site path: /x.html -> x.html, /x/ and /x -> x/index.html. */
export function servedFile(path: string): string {
  const file = decodeURIComponent(path).replace(/^\/+/, '');
  if (file === '' || file.endsWith('/')) return `${file}index.html`;
  // Hosts answer /2019/my-post with the folder's index (GitHub Pages redirects it to /2019/my-post/ first).
  return /\.html?$/.test(file) ? file : `${file}/index.html`;
}

/**
 * Every old address that cannot be published, in one list: one that is a real page's or file's (`published` maps
 * each file of dist/ to what made it, such as the essay's file), and one that two owners claim.
 */
export function redirectProblems(redirects: readonly Redirect[], published: ReadonlyMap<string, string>): string[] {
  const claimed = new Map<string, Redirect>();
  return redirects.flatMap((redirect) => {
    const file = redirect.page ? servedFile(redirect.from) : redirect.from.replace(/^\/+/, '');
    const real = published.get(file);
    if (real !== undefined)
      return [`${redirect.owner}: the old address ${redirect.from} is a page of this site (${real}); remove it`];
    const other = claimed.get(file);
    claimed.set(file, other ?? redirect);
    if (other === undefined) return [];
    return [`${other.owner} and ${redirect.owner} both claim the old address ${redirect.from}; keep it in one of them`];
  });
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The page at an old address: a refresh for browsers, a canonical link for search engines, a link for everyone. */
export function redirectPage(to: string, canonicalUrl: string, title: string, lang: string): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      element('html', { lang }, [
        element('head', {}, [
          element('meta', { charSet: 'utf-8' }),
          element('title', {}, [{ type: 'text', value: `Moved: ${title}` }]),
          // It loads nothing: no script, style or image, and the host's _headers adds frame-ancestors.
          element('meta', { httpEquiv: ['Content-Security-Policy'], content: "default-src 'none'; base-uri 'none'" }),
          element('meta', { name: 'robots', content: 'noindex' }),
          element('link', { rel: ['canonical'], href: canonicalUrl }),
          element('meta', { httpEquiv: ['refresh'], content: `0; url=${to}` }),
        ]),
        element('body', {}, [
          element('p', {}, [
            { type: 'text', value: 'This page has moved to ' },
            element('a', { href: to }, [{ type: 'text', value: title }]),
            { type: 'text', value: '.' },
          ]),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree, { upperDoctype: true })}\n`;
}

/**
 * dist/_redirects: the rules already there (public/_redirects, written by hand) first, since the first rule for a
 * path wins on both hosts, then a permanent redirect per old address. `301!` because Netlify otherwise serves the
 * page at the old address instead ("shadowing"); Cloudflare reads the status with parseInt, so it sees 301.
 */
export function redirectsFile(redirects: readonly Redirect[], existing = ''): string {
  const ours = redirects.map(({ from, to }) => `${from} ${to} 301!`);
  const theirs = existing.trimEnd();
  return `${[...(theirs ? [theirs] : []), ...ours].join('\n')}\n`;
}
