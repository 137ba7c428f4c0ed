// The part of Pagefind's browser API (pagefind.js, written into the built site) that the search page uses.

export interface PagefindResultData {
  url: string;
  /** Text of the page around the matched words, with each match in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindApi {
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    debounceMs?: number,
  ): Promise<{
    results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
  } | null>;
}

/** Loads pagefind.js from the site; a variable URL, so the bundler leaves it to the browser. */
export const loadPagefind = (src: string): Promise<PagefindApi> =>
  import(/* @vite-ignore */ src) as Promise<PagefindApi>;
