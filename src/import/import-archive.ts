// `npm run import` end to end: read the old site, find its old feed, plan, write the essays and the report.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8 } from '../lib/essays/frontmatter.ts';
import { existingEssays, openArchive } from './archive-folder.ts';
import { detectSource } from './detect-source.ts';
import type { SourceName } from './imported-post.ts';
import { type Feed, readFeed } from './old-feed.ts';
import { planImport } from './plan-import.ts';
import { readSource } from './read-source.ts';
import { formatReport, type Report, type ReportEntry } from './report.ts';
import { writeEssays } from './write-essays.ts';

export const ESSAYS_FOLDER = 'content/essays';
export const REPORT_FILE = 'import-report.md';

export interface ImportRequest {
  readonly path: string;
  readonly from: SourceName | undefined;
  readonly dryRun: boolean;
  /** The old site's feed, when it is not in the old site's output folder. */
  readonly feed: string | undefined;
  /** The Lectern site's folder: essays go to its content/essays/. */
  readonly siteRoot: string;
  readonly siteZone: string;
  /** Where import-report.md is written (the current directory). */
  readonly reportFolder: string;
}

function oldFeed(request: ImportRequest, candidates: readonly string[], archive: ReturnType<typeof openArchive>) {
  const load = (file: string, bytes: Uint8Array): { file: string; feed: Feed } => ({
    file,
    feed: readFeed(decodeUtf8(bytes, file), file),
  });
  if (request.feed) {
    const given = openArchive(request.feed);
    return load(request.feed, given.read(given.files[0] ?? ''));
  }
  const found = candidates.find((candidate) => archive.files.includes(candidate));
  return found ? load(found, archive.read(found)) : undefined;
}

/** Throws (naming the file) on what stops the whole import: an unknown source, an unreadable feed. */
export function importArchive(request: ImportRequest): { report: Report; text: string } {
  const archive = openArchive(request.path);
  const source = request.from ?? detectSource(archive.files);
  if (!source)
    throw new Error(
      `${request.path}: can't tell which generator made this site; say it with --from pelican|jekyll|hugo|eleventy|astro|feed`,
    );
  const read = readSource(source, archive);
  const plan = planImport({
    archive: read,
    files: archive.files,
    siteZone: request.siteZone,
    existing: existingEssays(request.siteRoot, ESSAYS_FOLDER),
    essaysFolder: ESSAYS_FOLDER,
    oldFeed: source === 'feed' ? undefined : oldFeed(request, read.feedCandidates, archive),
    dryRun: request.dryRun,
  });
  let report = plan.report;
  if (!request.dryRun) {
    const failures = new Map(writeEssays(plan.essays, archive.root, request.siteRoot).map((f) => [f.file, f.reason]));
    const entries = report.entries.map((entry): ReportEntry => {
      const reason = failures.get(entry.file);
      return reason ? { file: entry.file, status: 'skipped', reason } : entry;
    });
    report = { ...report, entries };
  }
  const text = formatReport(report);
  if (!request.dryRun) writeFileSync(join(request.reportFolder, REPORT_FILE), text);
  return { report, text };
}
