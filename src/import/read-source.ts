// The one table from a source's name to its reader.
import type { ArchiveFiles, ReadArchive, SourceName } from './imported-post.ts';
import { readFeedArchive } from './sources/feed.ts';
import { readPelican } from './sources/pelican.ts';

const READERS: Record<SourceName, (archive: ArchiveFiles) => ReadArchive> = {
  pelican: readPelican,
  feed: readFeedArchive,
  jekyll: readPelican,
  hugo: readPelican,
  eleventy: readPelican,
  astro: readPelican,
};

export const readSource = (source: SourceName, archive: ArchiveFiles): ReadArchive => READERS[source](archive);
