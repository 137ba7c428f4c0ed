// Posts with YAML or TOML front matter (Jekyll, Hugo, Eleventy, Astro), mapped field by field to Lectern's.
import { posix } from 'node:path';
import { decodeUtf8 } from '../../lib/essays/frontmatter.ts';
import { splitFrontMatter } from '../front-matter.ts';
import type { ArchiveFiles, ReadPost, SourceEntry } from '../imported-post.ts';
import { listOf, outLinks, textOf, truthy } from '../source-fields.ts';

/** Each Lectern field and the names the generators give it, first found wins. */
const ROLES = {
  title: ['title'],
  date: ['date', 'pubDate', 'pubdate', 'publishDate', 'published', 'created'],
  updated: ['updated', 'lastmod', 'modified', 'updatedDate', 'last_modified_at', 'lastModified'],
  description: ['description', 'summary', 'excerpt'],
  slug: ['slug'],
  category: ['category'],
  categories: ['categories'],
  tags: ['tags', 'keywords'],
  draft: ['draft'],
  published: ['published'],
  aliases: ['aliases', 'redirect_from'],
} as const;

export interface PostRules {
  /** The post's old site paths, from its fields and file (the source's URL rules). */
  readonly oldPaths: (file: string, fields: Record<string, unknown>, slug: string | undefined) => string[];
  /** Fields the source itself uses that carry nothing for an essay (layout, permalink), read but not reported. */
  readonly consumed: readonly string[];
  /** Source-specific body syntax made plain (Liquid highlight blocks, shortcodes); lists what it did. */
  readonly body?: (body: string, file: string) => { body: string; changes: string[] };
  /** Fields the file name gives (Jekyll's date and slug). */
  readonly fromName?: (file: string) => { date?: string; slug?: string };
}

const pick = (fields: Record<string, unknown>, names: readonly string[]): unknown =>
  names.map((name) => fields[name]).find((value) => value !== undefined && value !== null && value !== '');

function readPost(file: string, source: string, rules: PostRules): ReadPost {
  const { fields, body: written } = splitFrontMatter(source, file);
  const named = rules.fromName?.(file) ?? {};
  // Jekyll allows "categories: essays drafts", words apart.
  const rawCategories = pick(fields, ROLES.categories);
  const categories =
    typeof rawCategories === 'string' ? rawCategories.split(/[\s,]+/).filter(Boolean) : listOf(rawCategories);
  const category = textOf(pick(fields, ROLES.category)) ?? categories[0];
  const links = outLinks(fields);
  const handled = new Set<string>([...Object.values(ROLES).flat(), ...links.used, ...rules.consumed]);
  const slug = textOf(pick(fields, ROLES.slug)) ?? named.slug;
  const { body, changes } = rules.body?.(written, file) ?? { body: written, changes: [] };
  const publishedFalse = fields.published === false || fields.published === 'false';
  const aliases = listOf(pick(fields, ROLES.aliases)).map((alias) => (alias.startsWith('/') ? alias : `/${alias}`));
  return {
    kind: 'post',
    file,
    title: textOf(pick(fields, ROLES.title)),
    date: pick(fields, ROLES.date) ?? named.date,
    updated: pick(fields, ROLES.updated),
    category,
    description: textOf(pick(fields, ROLES.description)),
    tags: [...categories.filter((c) => c !== category), ...listOf(pick(fields, ROLES.tags))],
    draft: truthy(pick(fields, ROLES.draft)) || publishedFalse,
    slug,
    links: links.links,
    oldPaths: [...new Set([...rules.oldPaths(file, fields, slug), ...aliases])],
    body,
    folder: posix.dirname(file),
    changes,
    unknownFields: Object.keys(fields).filter((key) => !handled.has(key)),
  };
}

/** Each file read on its own, so that one bad file is named and skipped while the others come in. */
export function readFrontMatterPosts(archive: ArchiveFiles, files: readonly string[], rules: PostRules): SourceEntry[] {
  return files.map((file) => {
    try {
      return readPost(file, decodeUtf8(archive.read(file), file), rules);
    } catch (error) {
      return { kind: 'skipped', file, reason: (error as Error).message.replace(`${file}: `, '') };
    }
  });
}
