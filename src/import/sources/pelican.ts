// Pelican: content/**/*.md with metadata headers, pelicanconf.py's URL rules, and {filename}/{static} links.
import { posix } from 'node:path';
import { decodeUtf8 } from '../../lib/essays/frontmatter.ts';
import { slugify } from '../../lib/essays/slug.ts';
import { categoryUrl, tagUrl } from '../../lib/site/urls.ts';
import type { ArchiveFiles, ReadArchive, ReadPost, SourceEntry } from '../imported-post.ts';
import { readPostDate } from '../post-date.ts';
import { listOf, outLinks, truthy } from '../source-fields.ts';
import { expandLiquidTags } from './liquid-tags.ts';
import { notebookMarkdown } from './notebook.ts';
import { readPelicanFile } from './pelican-metadata.ts';
import { type PelicanSettings, pelicanSettings } from './pelican-settings.ts';
import { expandPelicanUrl } from './pelican-url.ts';

const MARKDOWN = /\.(md|markdown|mkd|mdown)$/i;
const KNOWN = ['title', 'date', 'modified', 'category', 'tags', 'slug', 'summary', 'status', 'url', 'save_as', 'lang'];
const RST_REASON =
  'reStructuredText: no well-kept reStructuredText converter runs under npm, so it was not converted; convert it to Markdown (pandoc -f rst -t gfm) and import again';

interface Context {
  readonly settings: PelicanSettings;
  readonly content: string;
  readonly code: (path: string) => string | undefined;
  /** A file's text, by its path under the content folder, or undefined when it is not in the archive. */
  readonly text: (path: string) => string | undefined;
  readonly notebookDir: string;
}

const NOTEBOOK_TAG = /^\{%\s*notebook\s+(\S+)(?:\s+(cells\[[^\]]*\]))?\s*%\}[ \t]*$/m;

/** liquid_tags' {% notebook path cells[a:b] %}: the notebook's cells in place of the tag; throws why it can't be. */
function expandNotebook(body: string, file: string, context: Context) {
  const m = NOTEBOOK_TAG.exec(body);
  if (!m) return { body, changes: [] as string[], generated: undefined };
  const path = m[1] ?? '';
  const json = context.text(path) ?? context.text(posix.join(context.notebookDir, path));
  if (json === undefined) throw new Error(`${file}: its body is the notebook ${path}, which is not in the archive`);
  const converted = notebookMarkdown(json, posix.basename(path, '.ipynb'), m[2]);
  if (!converted)
    throw new Error(
      `${file}: its body is the notebook ${path}, in an nbformat older than 4: open and save it in Jupyter, then import again`,
    );
  const changes = [`{% notebook ${path} %} made Markdown: its cells, and their outputs as code blocks`];
  if (converted.images.size > 0)
    changes.push(
      `${converted.images.size} plot(s) from the notebook written beside the essay, with the alt text "Output of the code above": describe each`,
    );
  return { body: body.replace(m[0], () => converted.markdown), changes, generated: converted.images };
}

function sitePathPrefix(siteUrl: string | undefined): string {
  const path = siteUrl && URL.canParse(siteUrl) ? new URL(siteUrl).pathname : '/';
  return path.endsWith('/') ? path : `${path}/`;
}

function oldPaths(
  fields: Record<string, string>,
  slug: string,
  context: Context,
): { paths: string[]; changes: string[] } {
  if (fields.date === undefined) return { paths: [], changes: [] };
  let date: ReturnType<typeof readPostDate>;
  try {
    date = readPostDate(fields.date, context.settings.timeZone, 'UTC');
  } catch {
    return { paths: [], changes: [] }; // accept-posts.ts refuses the post, naming the date.
  }
  const parts = {
    ...date,
    slug,
    category: fields.category ?? '',
    lang: fields.lang ?? context.settings.lang,
    author: fields.author ?? listOf(fields.authors)[0] ?? '',
  };
  const prefix = sitePathPrefix(context.settings.siteUrl);
  try {
    const url = fields.url ?? expandPelicanUrl(context.settings.articleUrl, parts);
    const saveAs = fields.save_as ?? expandPelicanUrl(context.settings.articleSaveAs, parts);
    return { paths: [...new Set([url, saveAs])].map((path) => `${prefix}${path.replace(/^\//, '')}`), changes: [] };
  } catch (error) {
    return { paths: [], changes: [`aliases: none, since ${(error as Error).message}`] };
  }
}

function category(fields: Record<string, string>, file: string, context: Context): { name: string; change?: string } {
  if (fields.category) return { name: fields.category };
  const folder = posix.dirname(file);
  if (context.settings.useFolderAsCategory && folder !== context.content && folder !== '.')
    return { name: posix.basename(folder) };
  return {
    name: context.settings.defaultCategory,
    change: `category: none; the old site's default, "${context.settings.defaultCategory}", put in`,
  };
}

function readPost(file: string, source: string, context: Context): ReadPost {
  const { fields, body: written } = readPelicanFile(source);
  const liquid = expandLiquidTags(written, context);
  const notebook = expandNotebook(liquid.body, file, context);
  const { body } = notebook;
  const changes = [...liquid.changes, ...notebook.changes];
  const slug = fields.slug ?? slugify(fields.title ?? '');
  const paths = oldPaths(fields, slug, context);
  const cat = category(fields, file, context);
  if (cat.change) changes.push(cat.change);
  const status = fields.status?.toLowerCase();
  if (status === 'hidden') changes.push('status: hidden on the old site; imported as a draft');
  const links = outLinks(fields);
  for (const name of ['author', 'authors'])
    if (fields[name]) changes.push(`${name} "${fields[name]}" not kept: Lectern names the site's author`);
  const handled = new Set([...KNOWN, ...links.used, 'author', 'authors']);
  return {
    kind: 'post',
    file,
    title: fields.title,
    date: fields.date,
    updated: fields.modified,
    category: cat.name,
    description: fields.summary,
    tags: listOf(fields.tags),
    draft: status === 'draft' || status === 'hidden' || truthy(fields.draft),
    slug: fields.slug,
    links: links.links,
    oldPaths: status === 'draft' ? [] : paths.paths,
    body,
    folder: posix.dirname(file),
    changes: [...changes, ...paths.changes],
    generated: notebook.generated,
    unknownFields: Object.keys(fields).filter((key) => !handled.has(key)),
  };
}

function entryOf(file: string, archive: ArchiveFiles, context: Context): SourceEntry | undefined {
  const inside = context.content === '' ? file : file.slice(context.content.length + 1);
  const isPage = context.settings.pagePaths.some((page) => inside === page || inside.startsWith(`${page}/`));
  if (/\.rst$/i.test(file)) return { kind: 'skipped', file, reason: RST_REASON };
  if (/\.ipynb-meta$/i.test(file))
    return {
      kind: 'skipped',
      file,
      reason:
        'a Jupyter notebook post (pelican-ipynb): not converted; export the notebook to Markdown and import again',
    };
  if (!MARKDOWN.test(file)) return undefined;
  if (isPage) return { kind: 'skipped', file, reason: 'a Pelican page, not an article: Lectern publishes essays only' };
  try {
    const source = decodeUtf8(archive.read(file), file);
    return readPost(file, source, context);
  } catch (error) {
    return { kind: 'skipped', file, reason: (error as Error).message.replace(`${file}: `, '') };
  }
}

/** {filename}, {static}, {attach}, {tag} and {category} links (and the older |filename| form). */
function pelicanUrl(posts: readonly ReadPost[], context: Context) {
  const byFile = new Map(posts.map((post) => [post.file, post]));
  return (url: string, post: ReadPost): string | undefined => {
    const m = /^(?:\{(\w+)\}|\|(\w+)\|)(.*)$/.exec(url);
    if (!m) return undefined;
    const kind = m[1] ?? m[2];
    const [target = '', hash = ''] = (m[3] ?? '').split(/(?=#)/);
    if (kind === 'tag') return tagUrl(target);
    if (kind === 'category') return categoryUrl(target);
    if (kind === 'index' || kind === 'author') return '/';
    const file = target.startsWith('/') ? posix.join(context.content, target) : posix.join(post.folder, target);
    if (kind === 'filename') {
      const linked = byFile.get(posix.normalize(file));
      return linked?.oldPaths[0] ? `${linked.oldPaths[0]}${hash}` : undefined;
    }
    if (kind === 'static' || kind === 'attach') return `/${posix.relative(context.content, posix.normalize(file))}`;
    return undefined;
  };
}

export function readPelican(archive: ArchiveFiles): ReadArchive {
  const configs = ['pelicanconf.py', 'publishconf.py'].filter((name) => archive.files.includes(name));
  const settings = pelicanSettings(configs.map((name) => decodeUtf8(archive.read(name), name)));
  // Without pelicanconf.py the folder given is taken as the content folder itself.
  const content = configs.length > 0 ? settings.contentPath : '';
  const codeFile = (path: string): string => posix.join(content, settings.codeDir, path);
  const code = (path: string): string | undefined =>
    archive.files.includes(codeFile(path)) ? decodeUtf8(archive.read(codeFile(path)), codeFile(path)) : undefined;
  const text = (path: string): string | undefined => {
    const inContent = posix.join(content, path);
    return archive.files.includes(inContent) ? decodeUtf8(archive.read(inContent), inContent) : undefined;
  };
  const context = { settings, content, code, text, notebookDir: settings.notebookDir };
  const files = archive.files.filter((file) => content === '' || file.startsWith(`${content}/`)).sort();
  const entries = files.flatMap((file) => entryOf(file, archive, context) ?? []);
  const posts = entries.filter((entry): entry is ReadPost => entry.kind === 'post');
  const output = settings.outputPath;
  return {
    source: 'pelican',
    entries,
    staticRoots: [content],
    siteUrl: settings.siteUrl,
    // Pelican assumes UTC when TIMEZONE is unset; with no settings at all, the time zone is unknown.
    timeZone: configs.length > 0 ? (settings.timeZone ?? 'UTC') : undefined,
    feedCandidates: [...settings.feeds, 'feeds/all.atom.xml', 'feeds/all.rss.xml'].map((feed) =>
      posix.join(output, feed),
    ),
    sourceUrl: pelicanUrl(posts, context),
  };
}
