// The one table from a source's name to its reader.
import type { ArchiveFiles, ReadArchive, SourceName } from './imported-post.ts';
import { readFeedArchive } from './sources/feed.ts';
import { readAstro, readEleventy } from './sources/eleventy-astro.ts';
import { readHugo } from './sources/hugo.ts';
import { readJekyll } from './sources/jekyll.ts';
import { readPelican } from './sources/pelican.ts';

const READERS: Record<SourceName, (archive: ArchiveFiles) => ReadArchive> = {
  pelican: readPelican,
  feed: readFeedArchive,
  jekyll: readJekyll,
  hugo: readHugo,
  eleventy: readEleventy,
  astro: readAstro,
};

export const readSource = (source: SourceName, archive: ArchiveFiles): ReadArchive => READERS[source](archive);
