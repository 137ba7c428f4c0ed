// A saved feed (RSS 2.0, Atom, or a WordPress export): each post's full HTML as Markdown, and its guid kept.
import { decodeUtf8 } from '../../lib/essays/frontmatter.ts';
import { dropsScripts, htmlToMarkdown } from '../html-to-markdown.ts';
import type { ArchiveFiles, ReadArchive, ReadPost, SourceEntry } from '../imported-post.ts';
import { type FeedItem, readFeed } from '../old-feed.ts';

const pathOf = (link: string | undefined): string[] =>
  link && URL.canParse(link) && /^https?:$/.test(new URL(link).protocol) ? [new URL(link).pathname] : [];

function itemPost(item: FeedItem, label: string, format: string): ReadPost {
  const changes = ['converted from HTML to Markdown'];
  if (!item.fullText)
    changes.push(
      `body taken from the item's ${format === 'atom' ? 'summary' : 'description'}: check that it is the whole post`,
    );
  if (dropsScripts(item.html)) changes.push("script or style elements left out (the site's CSP blocks them)");
  return {
    kind: 'post',
    file: label,
    title: item.title,
    date: item.date,
    updated: item.updated,
    category: item.categories[0],
    description: item.summary,
    tags: [...item.categories.slice(1), ...item.tags],
    draft: item.draft,
    slug: item.slug,
    links: [],
    oldPaths: pathOf(item.link),
    // A reader that finds no guid identifies the item by its link (RSS 2.0), so that is its id.
    guid: item.guid ?? item.link,
    body: htmlToMarkdown(item.html),
    folder: '',
    changes,
    unknownFields: [],
  };
}

export function readFeedArchive(archive: ArchiveFiles): ReadArchive {
  const file = archive.files[0] ?? '';
  const feed = readFeed(decodeUtf8(archive.read(file), file), file);
  const entries: SourceEntry[] = feed.items
    // WordPress exports list each uploaded image and menu entry as an item too; they are no posts.
    .filter(
      (item) =>
        !['attachment', 'nav_menu_item', 'wp_navigation', 'custom_css', 'wp_global_styles'].includes(item.postType),
    )
    .map((item) => {
      const label = `${file} item ${item.index}${item.title ? ` ("${item.title}")` : ''}`;
      if (item.postType !== 'post')
        return {
          kind: 'skipped',
          file: label,
          reason: `a WordPress ${item.postType}, not a post: Lectern publishes essays only`,
        };
      return itemPost(item, label, feed.format);
    });
  return { source: 'feed', entries, staticRoots: [], siteUrl: feed.siteUrl, timeZone: undefined, feedCandidates: [] };
}
