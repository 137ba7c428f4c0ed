// The one form of a link that plays the narration from a block or a sentence: "#say=<id>" on the essay's address.

/** The id a "#say=p-3f2a1b" or "#say=s-9c8d7e" fragment names, or ''. */
export const sayTarget = (hash: string): string => new URLSearchParams(hash.slice(1)).get('say') ?? '';

/** This page's address with a fragment that plays from `id`. */
export const sayLink = (page: Location, id: string): string =>
  `${page.origin}${page.pathname}#${new URLSearchParams({ say: id })}`;
