// Which posts can come in: each needs a title, a real date and a slug of its own, free in content/essays/.
import { slugify } from '../lib/essays/slug.ts';
import type { ReadPost, SourceEntry } from './imported-post.ts';
import { type PostDate, readPostDate } from './post-date.ts';

export interface AcceptedPost {
  readonly post: ReadPost;
  readonly slug: string;
  readonly title: string;
  readonly date: PostDate;
  readonly updated: PostDate | undefined;
}

export type Verdict =
  | { readonly ok: true; readonly accepted: AcceptedPost }
  | { readonly ok: false; readonly file: string; readonly reason: string };

export interface AcceptContext {
  readonly oldZone: string | undefined;
  readonly siteZone: string;
  /** The slugs of the essays already in content/essays/, with their files. */
  readonly existing: ReadonlyMap<string, string>;
}

function readOne(post: ReadPost, context: AcceptContext): Verdict {
  const fail = (reason: string): Verdict => ({ ok: false, file: post.file, reason });
  const title = post.title?.trim();
  if (!title) return fail('no title; give it one in its front matter (Title: or title:)');
  if (post.date === undefined || post.date === '')
    return fail('no date; give it one in its front matter (Date: or date:)');
  let date: PostDate;
  let updated: PostDate | undefined;
  try {
    date = readPostDate(post.date, context.oldZone, context.siteZone);
  } catch (error) {
    return fail((error as Error).message);
  }
  try {
    updated = post.updated === undefined ? undefined : readPostDate(post.updated, context.oldZone, context.siteZone);
  } catch (error) {
    return fail(`updated: ${(error as Error).message}`);
  }
  const slug = slugify(post.slug ?? title);
  if (slug === '') return fail(`the title "${title}" has no letter or digit to make a slug from; give it a Slug`);
  const clash = context.existing.get(slug);
  if (clash) return fail(`${clash} already has the slug "${slug}"; nothing written (rename one, or remove the other)`);
  return { ok: true, accepted: { post, slug, title, date, updated } };
}

/** In file order: of two posts with one slug the first comes in and the second is refused, naming both. */
export function acceptPosts(entries: readonly SourceEntry[], context: AcceptContext): Verdict[] {
  const taken = new Map<string, string>();
  return entries.map((entry) => {
    if (entry.kind === 'skipped') return { ok: false, file: entry.file, reason: entry.reason };
    const verdict = readOne(entry, context);
    if (!verdict.ok) return verdict;
    const other = taken.get(verdict.accepted.slug);
    if (other)
      return {
        ok: false,
        file: entry.file,
        reason: `has the slug "${verdict.accepted.slug}", as ${other} does; nothing written for it (give one of them another slug)`,
      };
    taken.set(verdict.accepted.slug, entry.file);
    return verdict;
  });
}
