// The import report: each post imported, imported with changes (which), or not imported (why), with totals.
import type { SourceName } from './imported-post.ts';

export type ReportEntry =
  | { readonly file: string; readonly status: 'imported'; readonly essay: string }
  | { readonly file: string; readonly status: 'changed'; readonly essay: string; readonly changes: readonly string[] }
  | { readonly file: string; readonly status: 'skipped'; readonly reason: string };

export interface Report {
  readonly source: SourceName;
  readonly entries: readonly ReportEntry[];
  /** Notes about the archive as a whole: the old feed found or not, the settings read. */
  readonly notes: readonly string[];
  readonly dryRun: boolean;
}

export const importedCount = (report: Report): number => report.entries.filter((e) => e.status !== 'skipped').length;

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`## ${title}`, '', ...lines, ''];
}

/** Markdown, so that import-report.md reads well; the same text is printed. */
export function formatReport(report: Report): string {
  const of = (status: ReportEntry['status']) => report.entries.filter((e) => e.status === status);
  const changed = of('changed').flatMap((e) =>
    e.status === 'changed' ? [`- ${e.file} → ${e.essay}`, ...e.changes.map((c) => `  - ${c}`)] : [],
  );
  const skipped = of('skipped').flatMap((e) => (e.status === 'skipped' ? [`- ${e.file}: ${e.reason}`] : []));
  const imported = of('imported').flatMap((e) => (e.status === 'imported' ? [`- ${e.file} → ${e.essay}`] : []));
  return [
    `# Import report (${report.source})${report.dryRun ? ': dry run, nothing written' : ''}`,
    '',
    `${report.entries.length} posts: ${of('imported').length} imported, ${of('changed').length} imported with changes, ${of('skipped').length} not imported.`,
    '',
    ...report.notes.map((note) => `- ${note}`),
    ...(report.notes.length > 0 ? [''] : []),
    ...section('Not imported', skipped),
    ...section('Imported with changes', changed),
    ...section('Imported', imported),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}
