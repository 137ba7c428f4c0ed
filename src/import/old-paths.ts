// Old site paths: a link or an old URL reduced to the one key under which an imported essay is found.

/** A path that the old site served, from a link in a post (resolved against the post's own old URL) or a feed link. */
export function oldSitePath(url: string, base: string, siteUrl: string | undefined): string | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(url) || url.startsWith('#')) return undefined;
  const site = siteUrl && URL.canParse(siteUrl) ? new URL(siteUrl) : undefined;
  const origin = site?.origin ?? 'http://old.site.invalid';
  if (!URL.canParse(url, `${origin}${base}`)) return undefined;
  const target = new URL(url, `${origin}${base}`);
  if (target.origin !== origin && target.hostname.replace(/^www\./, '') !== site?.hostname.replace(/^www\./, ''))
    return undefined;
  return target.pathname;
}

/** One key for /a/b/, /a/b, /a/b/index.html and /a/%62/ alike. */
export function pathKey(path: string): string {
  let decoded = path;
  if (/%[0-9a-f]{2}/i.test(path)) decoded = decodeURI(path);
  const key = decoded.replace(/\/index\.html?$/, '/').replace(/\/+$/, '');
  return key === '' ? '/' : key;
}

/** The fragment and query of a link, kept when its path is rewritten. */
export const suffixOf = (url: string): string => /[?#].*$/.exec(url)?.[0] ?? '';
