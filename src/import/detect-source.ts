// Which generator made an old site, from the files at its top level (when --from is not given).
import type { SourceName } from './imported-post.ts';

export const SOURCES: readonly SourceName[] = ['pelican', 'jekyll', 'hugo', 'eleventy', 'astro', 'feed'];

/** In order: a Hugo site can hold a _config.yml too, and an Astro one an old pelicanconf.py is unlikely but first. */
export function detectSource(files: readonly string[]): SourceName | undefined {
  const top = new Set(files.map((file) => file.split('/')[0] ?? ''));
  const has = (name: string): boolean => top.has(name);
  if (files.length === 1 && /\.(xml|atom|rss)$/i.test(files[0] ?? '')) return 'feed';
  if (has('pelicanconf.py')) return 'pelican';
  if (has('_config.yml') && has('_posts')) return 'jekyll';
  if ((has('hugo.toml') || has('hugo.yaml') || has('config.toml')) && has('content')) return 'hugo';
  if ([...top].some((name) => /^(\.eleventy\.js|eleventy\.config\.(js|cjs|mjs|ts))$/.test(name))) return 'eleventy';
  if ([...top].some((name) => /^astro\.config\.(mjs|js|ts|mts|cjs)$/.test(name))) return 'astro';
  return undefined;
}
