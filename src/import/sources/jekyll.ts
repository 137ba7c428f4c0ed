// Jekyll: _posts/YYYY-MM-DD-slug.md with front matter, _config.yml's permalink, categories and tags.
import { posix } from 'node:path';
import yaml from 'js-yaml';
import { decodeUtf8 } from '../../lib/essays/frontmatter.ts';
import { slugify } from '../../lib/essays/slug.ts';
import type { ArchiveFiles, ReadArchive, ReadPost } from '../imported-post.ts';
import { dateText } from '../post-date.ts';
import { textOf } from '../source-fields.ts';
import { readFrontMatterPosts } from './front-matter-posts.ts';

const POST = /(?:^|\/)_(posts|drafts)\/(?:.*\/)?(?:(\d{4})-(\d{2})-(\d{2})-)?([^/]+)\.(md|markdown|mkd|mkdn)$/i;
// jekyllrb.com/docs/permalinks: the built-in styles.
const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

function config(archive: ArchiveFiles): Record<string, unknown> {
  if (!archive.files.includes('_config.yml')) return {};
  const data = yaml.load(decodeUtf8(archive.read('_config.yml'), '_config.yml'), { schema: yaml.CORE_SCHEMA });
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

function permalink(pattern: string, file: string, fields: Record<string, unknown>, slug: string | undefined): string {
  const m = POST.exec(file);
  const date = fields.date === undefined ? `${m?.[2]}-${m?.[3]}-${m?.[4]}` : dateText(fields.date);
  const [year = '', month = '', day = ''] = date.slice(0, 10).split('-');
  const raw = fields.categories ?? fields.category ?? [];
  const categories = (Array.isArray(raw) ? raw.map(String) : String(raw).split(/\s+/))
    .filter(Boolean)
    .map((c) => c.toLowerCase());
  const title = slug ?? m?.[5] ?? '';
  const parts: Record<string, string> = {
    year,
    month,
    day,
    title,
    slug: slugify(title),
    categories: categories.join('/'),
    output_ext: '.html',
    short_year: year.slice(2),
    i_month: String(Number(month)),
    i_day: String(Number(day)),
  };
  const path = pattern.replace(/:(\w+)/g, (whole, name: string) => parts[name] ?? whole);
  return path.replace(/\/{2,}/g, '/');
}

/** {% highlight x %} blocks as fences, site variables dropped, {% post_url %} as the old path of that post. */
function plainBody(body: string, urls: Map<string, string>): { body: string; changes: string[] } {
  const changes: string[] = [];
  let text = body.replace(
    /\{%-?\s*highlight\s+(\w+)[^%]*%\}\n?([\s\S]*?)\n?\{%-?\s*endhighlight\s*-?%\}/g,
    (_, lang: string, code: string) => {
      changes.push(`{% highlight ${lang} %} made a fenced code block`);
      return `\`\`\`${lang}\n${code}\n\`\`\``;
    },
  );
  text = text.replace(/\{\{\s*site\.(baseurl|url)\s*\}\}/g, '');
  text = text.replace(
    /\{%\s*post_url\s+(\S+)\s*%\}/g,
    (whole, name: string) => urls.get(posix.basename(name)) ?? whole,
  );
  text = text.replace(/\{%-?\s*(raw|endraw)\s*-?%\}/g, '');
  return { body: text, changes: [...new Set(changes)] };
}

export function readJekyll(archive: ArchiveFiles): ReadArchive {
  const settings = config(archive);
  const setting = textOf(settings.permalink) ?? 'date';
  const pattern = STYLES[setting] ?? setting;
  const files = archive.files.filter((file) => POST.test(file) && !file.startsWith('_site/'));
  const base = (textOf(settings.baseurl) ?? '').replace(/\/$/, '');
  const oldPaths = (file: string, fields: Record<string, unknown>, slug: string | undefined): string[] =>
    /(^|\/)_drafts\//.test(file)
      ? []
      : [`${base}${textOf(fields.permalink) ?? permalink(pattern, file, fields, slug)}`];
  // Two passes: {% post_url %} needs every post's old path first.
  const first = readFrontMatterPosts(archive, files, { oldPaths, consumed: ['layout', 'permalink', 'comments'] });
  const urls = new Map(
    first.flatMap((e) =>
      e.kind === 'post' && e.oldPaths[0]
        ? [[posix.basename(e.file).replace(/\.\w+$/, ''), e.oldPaths[0]] as const]
        : [],
    ),
  );
  const entries = readFrontMatterPosts(archive, files, {
    oldPaths,
    consumed: ['layout', 'permalink', 'comments'],
    body: (body) => plainBody(body, urls),
    fromName: (file) => {
      const m = POST.exec(file);
      return { ...(m?.[2] ? { date: `${m[2]}-${m[3]}-${m[4]}` } : {}), ...(m?.[5] ? { slug: m[5] } : {}) };
    },
  }).map((entry) =>
    entry.kind === 'post' && /(^|\/)_drafts\//.test(entry.file) ? ({ ...entry, draft: true } as ReadPost) : entry,
  );
  return {
    source: 'jekyll',
    entries,
    staticRoots: [''],
    siteUrl: textOf(settings.url) ? `${textOf(settings.url)}${base}` : undefined,
    timeZone: textOf(settings.timezone),
    feedCandidates: ['_site/feed.xml', '_site/atom.xml', '_site/rss.xml'],
  };
}
