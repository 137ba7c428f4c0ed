// Eleventy and Astro: Markdown posts with front matter, mapped field by field; the URL is the file's path.
import { posix } from 'node:path';
import type { ArchiveFiles, ReadArchive, SourceEntry, SourceName } from '../imported-post.ts';
import { textOf } from '../source-fields.ts';
import { readFrontMatterPosts } from './front-matter-posts.ts';

// The built site and installed packages hold no posts; a README is no post either.
const NOT_POSTS = /^(_site|dist|public|node_modules|\.astro)\/|(^|\/)(README|CHANGELOG|LICENSE)\.md$/i;

/** Eleventy's default: the path without its extension, as a folder (index.md is its folder's own page). */
const pathUrl = (inside: string): string =>
  `/${inside.replace(/\.\w+$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/{2,}/g, '/');

function eleventyInput(archive: ArchiveFiles): string {
  const config = archive.files.find((file) => /^(\.eleventy\.js|eleventy\.config\.\w+)$/.test(file));
  const text = config ? new TextDecoder().decode(archive.read(config)) : '';
  return (
    /input\s*:\s*["'`]([^"'`]+)["'`]/
      .exec(text)?.[1]
      ?.replace(/^\.\/?/, '')
      .replace(/\/$/, '') ?? ''
  );
}

function readSite(
  archive: ArchiveFiles,
  source: SourceName,
  root: string,
  url: (inside: string) => string,
): SourceEntry[] {
  const files = archive.files.filter(
    (file) =>
      (root === '' || file.startsWith(`${root}/`)) && /\.(md|markdown|mdx)$/i.test(file) && !NOT_POSTS.test(file),
  );
  const entries = readFrontMatterPosts(archive, files, {
    oldPaths: (file, fields) => {
      const permalink = textOf(fields.permalink);
      if (fields.permalink === false) return [];
      return [permalink ? `/${permalink.replace(/^\//, '')}` : url(root === '' ? file : file.slice(root.length + 1))];
    },
    consumed: source === 'eleventy' ? ['layout', 'permalink', 'eleventyExcludeFromCollections'] : ['layout'],
  });
  return entries.map((entry) => {
    // An MDX post can import and call components, which a .md essay can't hold.
    if (entry.kind === 'post' && entry.file.endsWith('.mdx') && /^(import|export)\s|<[A-Z]/m.test(entry.body))
      return {
        kind: 'skipped',
        file: entry.file,
        reason: 'MDX with imports or components: not plain Markdown; copy it in as an .mdx essay by hand',
      };
    // Eleventy's collection tags ("post", "posts") sort pages; they are no subject.
    if (entry.kind === 'post' && source === 'eleventy')
      return { ...entry, tags: entry.tags.filter((tag) => !/^posts?$/.test(tag)) };
    return entry;
  });
}

export function readEleventy(archive: ArchiveFiles): ReadArchive {
  const input = eleventyInput(archive);
  return {
    source: 'eleventy',
    entries: readSite(archive, 'eleventy', input, pathUrl),
    staticRoots: [input, posix.join(input, 'public')],
    siteUrl: undefined,
    timeZone: undefined,
    feedCandidates: ['_site/feed.xml', '_site/feed/feed.xml', '_site/atom.xml'],
  };
}

/** Astro's blog starter serves src/content/blog/<id>.md at /blog/<id>/. */
export function readAstro(archive: ArchiveFiles): ReadArchive {
  const url = (inside: string): string => `/${inside.replace(/\.\w+$/, '').replace(/\/index$/, '')}/`;
  const content = readSite(archive, 'astro', 'src/content', url);
  const pages = readSite(archive, 'astro', 'src/pages', pathUrl);
  return {
    source: 'astro',
    entries: [...content, ...pages],
    staticRoots: ['public'],
    siteUrl: undefined,
    timeZone: undefined,
    feedCandidates: ['dist/rss.xml', 'dist/feed.xml'],
  };
}
