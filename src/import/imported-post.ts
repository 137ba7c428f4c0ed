// What a source reader hands on: each old post in Lectern's terms, or the reason it cannot come in.

export type SourceName = 'pelican' | 'jekyll' | 'hugo' | 'eleventy' | 'astro' | 'feed';

export interface OutLink {
  readonly label: string;
  readonly url: string;
}

export interface ReadPost {
  readonly kind: 'post';
  /** The post's file, relative to the archive (or the feed file and the item's number); named in every message. */
  readonly file: string;
  readonly title: string | undefined;
  /** As the source wrote it; src/import/post-date.ts reads it. */
  readonly date: unknown;
  readonly updated?: unknown;
  readonly category: string | undefined;
  readonly description: string | undefined;
  readonly tags: readonly string[];
  readonly draft: boolean;
  /** The slug the old site used, when it set one. */
  readonly slug: string | undefined;
  readonly links: readonly OutLink[];
  /** Site paths the post had on the old site ("/2013/08/fft.html"), from the source's URL rules. */
  readonly oldPaths: readonly string[];
  /** The old feed's id for the post, when the post came from a feed. */
  readonly guid?: string | undefined;
  /** Markdown, raw HTML allowed. */
  readonly body: string;
  /** The folder (relative to the archive) that the body's relative image paths start from. */
  readonly folder: string;
  /** What the reader changed or filled, in words. */
  readonly changes: readonly string[];
  /** Front-matter fields that Lectern has no place for. */
  readonly unknownFields: readonly string[];
  /** Files made from the post itself (a notebook's plots), by the name the body uses. */
  readonly generated?: ReadonlyMap<string, Uint8Array> | undefined;
}

export interface SkippedPost {
  readonly kind: 'skipped';
  readonly file: string;
  readonly reason: string;
}

export type SourceEntry = ReadPost | SkippedPost;

export interface ReadArchive {
  readonly source: SourceName;
  readonly entries: readonly SourceEntry[];
  /** Folders (relative to the archive) that a site-root path such as /images/a.png is looked up in, in order. */
  readonly staticRoots: readonly string[];
  /** The old site's address, so that absolute links to it count as internal. */
  readonly siteUrl: string | undefined;
  /** The old site's timezone, for dates written without an offset. */
  readonly timeZone: string | undefined;
  /** Where the old site's built feed would be, relative to the archive, most likely first. */
  readonly feedCandidates: readonly string[];
  /** Turns the source's own link syntax ({filename}, {% post_url %}, ref) into an old site path; undefined: leave it. */
  readonly sourceUrl?: (url: string, post: ReadPost) => string | undefined;
}

/** The old site's files as the readers see them: posix paths relative to the archive, and their bytes. */
export interface ArchiveFiles {
  readonly files: readonly string[];
  readonly read: (path: string) => Uint8Array;
}
