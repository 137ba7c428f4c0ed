// Hugo: content/** with YAML or TOML front matter, page bundles, [permalinks], draft, aliases and shortcodes.
import { posix } from 'node:path';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { decodeUtf8 } from '../../lib/essays/frontmatter.ts';
import { slugify } from '../../lib/essays/slug.ts';
import type { ArchiveFiles, ReadArchive, SourceEntry } from '../imported-post.ts';
import { dateText } from '../post-date.ts';
import { textOf } from '../source-fields.ts';
import { readFrontMatterPosts } from './front-matter-posts.ts';

const CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'config.toml', 'config.yaml', 'config.yml'];

function config(archive: ArchiveFiles): Record<string, unknown> {
  const file = CONFIGS.find((name) => archive.files.includes(name));
  if (!file) return {};
  const text = decodeUtf8(archive.read(file), file);
  const data = file.endsWith('.toml') ? parseToml(text) : yaml.load(text, { schema: yaml.CORE_SCHEMA });
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** A bundle's name is its folder's; a single file's, its own. */
const nameOf = (file: string): string =>
  /\/index\.(md|markdown)$/.test(file)
    ? posix.basename(posix.dirname(file))
    : posix.basename(file).replace(/\.\w+$/, '');

function oldPath(
  file: string,
  fields: Record<string, unknown>,
  slug: string | undefined,
  permalinks: Record<string, unknown>,
): string {
  const explicit = textOf(fields.url);
  if (explicit) return explicit.startsWith('/') ? explicit : `/${explicit}`;
  const inside = file.replace(/^content\//, '');
  const section = inside.includes('/') ? (inside.split('/')[0] ?? '') : '';
  const name = slug ?? nameOf(file);
  const pattern = textOf(permalinks[section]);
  if (!pattern) return `/${section ? `${section}/` : ''}${slugify(name) === name ? name : name.toLowerCase()}/`;
  const date = fields.date === undefined ? '' : dateText(fields.date);
  const parts: Record<string, string> = {
    year: date.slice(0, 4),
    month: date.slice(5, 7),
    day: date.slice(8, 10),
    section,
    slug: slug ?? slugify(String(fields.title ?? name)),
    title: slugify(String(fields.title ?? name)),
    filename: nameOf(file),
    contentbasename: nameOf(file),
  };
  return pattern.replace(/:(\w+)/g, (whole, key: string) => parts[key] ?? whole);
}

/** {{< youtube id >}} and {{< vimeo id >}} as iframes (rewrite-body.ts makes them embeds); ref/relref resolved later. */
function plainBody(body: string, refs: Map<string, string>): { body: string; changes: string[] } {
  const changes: string[] = [];
  const text = body
    .replace(
      /\{\{<\s*youtube\s+(?:id=)?"?([\w-]+)"?\s*>\}\}/g,
      (_, id: string) => `<iframe src="https://www.youtube-nocookie.com/embed/${id}"></iframe>`,
    )
    .replace(
      /\{\{<\s*vimeo\s+(?:id=)?"?(\d+)"?\s*>\}\}/g,
      (_, id: string) => `<iframe src="https://player.vimeo.com/video/${id}"></iframe>`,
    )
    .replace(/\{\{<\s*(?:rel)?ref\s+"([^"]+)"\s*>\}\}/g, (whole, target: string) => {
      const found =
        refs.get(posix.basename(target).replace(/\.\w+$/, '')) ??
        refs.get(target.replace(/\/$/, '').split('/').at(-1) ?? '');
      if (!found) changes.push(`{{< ref "${target}" >}} found no post; kept as text`);
      return found ?? whole;
    });
  return { body: text, changes };
}

export function readHugo(archive: ArchiveFiles): ReadArchive {
  const settings = config(archive);
  const permalinks = (settings.permalinks ?? {}) as Record<string, unknown>;
  const all = archive.files.filter((file) => file.startsWith('content/') && /\.(md|markdown)$/i.test(file));
  const sections: SourceEntry[] = all
    .filter((file) => /(^|\/)_index\.\w+$/.test(file))
    .map((file) => ({ kind: 'skipped', file, reason: "a Hugo section's list page (_index), not a post" }));
  const files = all.filter((file) => !/(^|\/)_index\.\w+$/.test(file));
  const rules = {
    oldPaths: (file: string, fields: Record<string, unknown>, slug: string | undefined) => [
      oldPath(file, fields, slug, permalinks),
    ],
    consumed: ['layout', 'url', 'type', 'weight'],
  };
  const refs = new Map(
    readFrontMatterPosts(archive, files, rules).flatMap((e) =>
      e.kind === 'post' && e.oldPaths[0] ? [[nameOf(e.file), e.oldPaths[0]] as const] : [],
    ),
  );
  const entries = readFrontMatterPosts(archive, files, { ...rules, body: (body) => plainBody(body, refs) });
  return {
    source: 'hugo',
    entries: [...entries, ...sections],
    staticRoots: ['static'],
    siteUrl: textOf(settings.baseURL ?? settings.baseurl),
    timeZone: textOf(settings.timeZone ?? settings.timezone),
    feedCandidates: ['public/index.xml', 'public/posts/index.xml'],
  };
}
