// The whole import decided without disk: which posts come in, as which essay files, and the report.
import { essayUrl } from '../lib/site/urls.ts';
import { type AcceptedPost, acceptPosts } from './accept-posts.ts';
import type { ReadArchive } from './imported-post.ts';
import type { Feed } from './old-feed.ts';
import { pathKey } from './old-paths.ts';
import { type PlannedEssay, planEssay } from './plan-essay.ts';
import type { Report, ReportEntry } from './report.ts';

export interface ImportInput {
  readonly archive: ReadArchive;
  readonly files: readonly string[];
  readonly siteZone: string;
  /** Slugs of the essays already in content/essays/, to their files. */
  readonly existing: ReadonlyMap<string, string>;
  readonly essaysFolder: string;
  /** The old site's feed, when found or given, for the guids its subscribers have. */
  readonly oldFeed: { readonly file: string; readonly feed: Feed } | undefined;
  readonly dryRun: boolean;
}

export interface ImportPlan {
  readonly essays: readonly PlannedEssay[];
  readonly report: Report;
}

/** The feed's guids by the path of each item's link: the old site linked each item to the post's page. */
function guidsByPath(feed: Feed): Map<string, string> {
  const guids = new Map<string, string>();
  for (const item of feed.items)
    if (item.guid && item.link && URL.canParse(item.link, 'http://old.invalid/'))
      guids.set(pathKey(new URL(item.link, 'http://old.invalid/').pathname), item.guid);
  return guids;
}

function guidOf(accepted: AcceptedPost, guids: Map<string, string> | undefined): string | false | undefined {
  if (accepted.post.guid || !guids) return undefined;
  for (const path of accepted.post.oldPaths) {
    const guid = guids.get(pathKey(path));
    if (guid) return guid;
  }
  return false;
}

function feedNotes(input: ImportInput, essays: readonly PlannedEssay[]): string[] {
  if (input.archive.source === 'feed') return [];
  if (!input.oldFeed)
    return [
      'no old feed found (give one with --feed <file>): the essays get new guids, so readers of the old feed see them again as new',
    ];
  const kept = essays.filter((essay) => /^guid: /m.test(essay.text)).length;
  return [
    `old feed ${input.oldFeed.file}: ${input.oldFeed.feed.items.length} items; ${kept} of ${essays.length} essays keep their guid`,
  ];
}

export function planImport(input: ImportInput): ImportPlan {
  const verdicts = acceptPosts(input.archive.entries, {
    oldZone: input.archive.timeZone,
    siteZone: input.siteZone,
    existing: input.existing,
  });
  const accepted = verdicts.flatMap((v) => (v.ok ? [v.accepted] : []));
  const newUrls = new Map(
    accepted.flatMap((a) => a.post.oldPaths.map((path) => [pathKey(path), essayUrl(a.slug)] as const)),
  );
  const guids = input.oldFeed ? guidsByPath(input.oldFeed.feed) : undefined;
  const files = new Set(input.files);
  const essays: PlannedEssay[] = [];
  const entries: ReportEntry[] = verdicts.map((verdict) => {
    if (!verdict.ok) return { file: verdict.file, status: 'skipped', reason: verdict.reason };
    const guid = guidOf(verdict.accepted, guids);
    const essay = planEssay(verdict.accepted, {
      archive: input.archive,
      files,
      newUrls,
      essaysFolder: input.essaysFolder,
      guid,
    });
    essays.push(essay);
    return essay.changes.length === 0
      ? { file: essay.file, status: 'imported', essay: essay.path }
      : { file: essay.file, status: 'changed', essay: essay.path, changes: essay.changes };
  });
  const notes = feedNotes(input, essays);
  return { essays, report: { source: input.archive.source, entries, notes, dryRun: input.dryRun } };
}
