// Whether a link in an essay leads to a page of this site, decided from the files the build wrote: an archive that
// moved in links to its old /slug/ paths, and each one would be a published 404.

/** Why `href`, written on the page at `pagePath`, leads to no file of the site; undefined when it does or is external. */
export function unresolvedBecause(
  href: string,
  pagePath: string,
  siteUrl: string,
  files: ReadonlySet<string>,
): string | undefined {
  const base = new URL(pagePath, siteUrl);
  if (!URL.canParse(href, base)) return `"${href}" is not a URL`;
  const target = new URL(href, base);
  if (target.origin !== base.origin) return undefined;
  const path = decodeURIComponent(target.pathname).slice(1);
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (files.has(file)) return undefined;
  // trailingSlash: 'always' (astro.config.mjs): /essays/x is not a page, /essays/x/ is.
  if (files.has(`${path}/index.html`)) return `${target.pathname} needs a trailing slash: ${target.pathname}/`;
  return `${target.pathname} is no page of this site`;
}

/** The 1-based line of `source` where `written` first appears, for the error; undefined when it is not written so. */
export function lineOf(source: string, written: string): number | undefined {
  const at = source.indexOf(written);
  return at < 0 ? undefined : source.slice(0, at).split('\n').length;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line of a link to `href`: written as Markdown's (href) or <href>, or an HTML attribute, before the bare text,
 * so /essays/x is not found inside /essays/x/.
 */
export function linkLine(source: string, href: string): number | undefined {
  const h = escapeRegExp(href);
  for (const written of [new RegExp(`\\(${h}[\\s)]`), new RegExp(`<${h}>`), new RegExp(`=["']${h}["']`)]) {
    const found = written.exec(source);
    if (found) return lineOf(source, found[0]);
  }
  return lineOf(source, href);
}
