// One accepted post as an essay file: links and images rewritten, placeholders filled and listed, its files to copy.
import { posix } from 'node:path';
import { essayUrl } from '../lib/site/urls.ts';
import type { AcceptedPost } from './accept-posts.ts';
import { firstSentence, plainSummary } from './description.ts';
import { essayFile } from './essay-file.ts';
import type { ReadArchive, ReadPost } from './imported-post.ts';
import { oldSitePath, pathKey, suffixOf } from './old-paths.ts';
import { rewriteBody } from './rewrite-body.ts';
import { slugify } from '../lib/essays/slug.ts';

export const PLACEHOLDER_CATEGORY = 'Uncategorised';
export const PLACEHOLDER_DESCRIPTION = 'Description to be written.';

export interface PlanContext {
  readonly archive: ReadArchive;
  /** Every file of the archive, for the images and downloads a post uses. */
  readonly files: ReadonlySet<string>;
  /** Old path keys (old-paths.ts pathKey) to the new essay URLs. */
  readonly newUrls: ReadonlyMap<string, string>;
  readonly essaysFolder: string;
  /** The old feed's id for this post, when the old feed is known; `false` when it is known and has none for it. */
  readonly guid: string | false | undefined;
}

export interface PlannedEssay {
  readonly file: string;
  readonly slug: string;
  /** Where the essay goes, relative to the site's root. */
  readonly path: string;
  readonly text: string;
  /** Archive path to the site path it is copied to. */
  readonly assets: ReadonlyMap<string, string>;
  /** Files made from the post (a notebook's plots), by the site path they are written to. */
  readonly generated: ReadonlyMap<string, Uint8Array>;
  readonly changes: readonly string[];
}

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

function findFile(url: string, post: ReadPost, context: PlanContext): string | undefined {
  if (EXTERNAL.test(url) || url.startsWith('#') || url === '') return undefined;
  const bare = url.replace(/[?#].*$/, '');
  const path = /%[0-9a-f]{2}/i.test(bare) ? decodeURI(bare) : bare;
  const inArchive = (candidate: string): string | undefined => {
    const normal = posix.normalize(candidate).replace(/^(\.\/|\/)+/, '');
    return context.files.has(normal) ? normal : undefined;
  };
  if (!path.startsWith('/')) {
    const beside = inArchive(posix.join(post.folder, path));
    if (beside) return beside;
  }
  const sitePath = new URL(path, `http://old.invalid${post.oldPaths[0] ?? '/'}`).pathname;
  for (const root of context.archive.staticRoots) {
    const found = inArchive(posix.join(root, decodeURI(sitePath)));
    if (found) return found;
  }
  return undefined;
}

/** Copies keep their file name; two different files with one name get -2, -3… */
function assetName(from: string, assets: Map<string, string>): string {
  const known = assets.get(from);
  if (known) return known;
  const ext = posix.extname(from);
  const stem = posix.basename(from, ext);
  const taken = new Set(assets.values());
  let name = `${stem}${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${ext}`;
  assets.set(from, name);
  return name;
}

interface Rewritten {
  readonly body: string;
  readonly assets: Map<string, string>;
  readonly changes: string[];
}

function rewrite(accepted: AcceptedPost, context: PlanContext): Rewritten {
  const { post } = accepted;
  const assets = new Map<string, string>();
  const changes: string[] = [];
  const counts = { links: 0, missing: new Set<string>(), oldPages: new Set<string>() };
  const source = (url: string): string => context.archive.sourceUrl?.(url, post) ?? url;
  const image = (raw: string): string | undefined => {
    if (post.generated?.has(raw.replace(/^\.\//, ''))) return undefined;
    const url = source(raw);
    const found = findFile(url, post, context);
    if (found) return `./${assetName(found, assets)}`;
    if (!EXTERNAL.test(url) && !url.startsWith('data:')) counts.missing.add(raw);
    return url === raw ? undefined : url;
  };
  const link = (raw: string): string | undefined => {
    const url = source(raw);
    const path = oldSitePath(url, post.oldPaths[0] ?? '/', context.archive.siteUrl);
    const next = path === undefined ? undefined : context.newUrls.get(pathKey(path));
    if (next) {
      counts.links++;
      return `${next}${suffixOf(url)}`;
    }
    // The site path, so that an absolute link to a download on the old site finds the file too.
    const file = path === undefined ? undefined : findFile(EXTERNAL.test(url) ? path : url, post, context);
    if (file && !/\.(md|markdown|html?|rst)$/i.test(file)) return `./${assetName(file, assets)}`;
    if (path !== undefined && !url.startsWith('#') && !/^(\/essays|\/tags|\/category)\//.test(url))
      counts.oldPages.add(raw);
    return url === raw ? undefined : url;
  };
  const result = rewriteBody(post.body, { link, image });
  if (counts.links > 0) changes.push(`${counts.links} link(s) to old posts rewritten to their new URLs`);
  for (const raw of counts.oldPages) changes.push(`link to ${raw} kept: it is no imported post`);
  for (const raw of counts.missing) changes.push(`image ${raw} not found in the archive; its path kept`);
  if (assets.size > 0)
    changes.push(`${assets.size} file(s) copied beside the essay: ${[...assets.values()].join(', ')}`);
  return { body: result.body, assets, changes: [...result.changes, ...changes] };
}

function describe(post: ReadPost, body: string, changes: string[]): string {
  if (post.description) return plainSummary(post.description);
  const sentence = firstSentence(body);
  changes.push(
    sentence
      ? 'description: none in the source; its first sentence put in, to check'
      : `description: none in the source, nor a sentence to take; the placeholder "${PLACEHOLDER_DESCRIPTION}" put in`,
  );
  return sentence ?? PLACEHOLDER_DESCRIPTION;
}

export function planEssay(accepted: AcceptedPost, context: PlanContext): PlannedEssay {
  const { post, slug } = accepted;
  const { body, assets, changes } = rewrite(accepted, context);
  const early = [...post.changes];
  if (accepted.date.note) early.push(`date: ${accepted.date.note}`);
  const category = post.category?.trim() || PLACEHOLDER_CATEGORY;
  if (!post.category?.trim())
    early.push(`category: none in the source; the placeholder "${PLACEHOLDER_CATEGORY}" put in`);
  const description = describe(post, body, early);
  const tags = post.tags.filter((tag) => slugify(tag) !== '');
  for (const tag of post.tags) if (slugify(tag) === '') early.push(`tag "${tag}" left out: it has no letter or digit`);
  for (const field of post.unknownFields) early.push(`field "${field}" not kept: Lectern has no such field`);
  if (context.guid === false && !post.draft)
    early.push("guid: no item of the old feed links to this post; its feeds' guid will be new");
  const url = essayUrl(slug);
  // The site's redirects take site paths, each starting with /.
  const aliases = [...new Set(post.oldPaths.map((path) => (path.startsWith('/') ? path : `/${path}`)))].filter(
    (path) => pathKey(path) !== pathKey(url),
  );
  const generated = post.generated ?? new Map<string, Uint8Array>();
  const bundle = assets.size + generated.size > 0;
  const folder = bundle ? `${context.essaysFolder}/${slug}` : context.essaysFolder;
  const path = bundle ? `${folder}/index.md` : `${folder}/${slug}.md`;
  const fields = {
    title: accepted.title,
    date: accepted.date.text,
    updated: accepted.updated?.text,
    category,
    description,
    tags,
    draft: post.draft,
    aliases,
    guid: post.guid ?? (context.guid || undefined),
    links: post.links,
  };
  const copies = new Map([...assets].map(([from, name]) => [from, `${folder}/${name}`]));
  return {
    file: post.file,
    slug,
    path,
    text: essayFile(fields, body),
    assets: copies,
    generated: new Map([...generated].map(([name, bytes]) => [`${folder}/${name}`, bytes])),
    changes: [...early, ...changes],
  };
}
