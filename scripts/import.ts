// npm run import -- <path>: brings an old site's posts in as essays (the work is in src/import/; README: "Move an archive in").
import { parseArgs } from 'node:util';
import { SOURCES } from '../src/import/detect-source.ts';
import { importArchive, REPORT_FILE } from '../src/import/import-archive.ts';
import type { SourceName } from '../src/import/imported-post.ts';
import { importedCount } from '../src/import/report.ts';
import { SITE } from '../src/site.config.ts';

const USAGE = `Usage: npm run import -- <path> [--from ${SOURCES.join('|')}] [--dry-run] [--feed <file>]

Writes each post of the old site at <path> (a folder, or a saved feed file) into content/essays/, never over an
existing file, and the report to ${REPORT_FILE}.
  --from     the generator that made the old site (default: found from its files)
  --dry-run  print the report and write nothing
  --feed     the old site's feed, to keep its guids, when it is not in the old site's output folder`;

function request(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      'dry-run': { type: 'boolean' },
      feed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  if (positionals.length !== 1) throw new Error(`give the old site's folder or feed file as one argument\n\n${USAGE}`);
  if (values.from !== undefined && !SOURCES.includes(values.from as SourceName))
    throw new Error(`--from ${values.from}: not a source; one of ${SOURCES.join(', ')}\n\n${USAGE}`);
  return {
    path: positionals[0] ?? '',
    from: values.from as SourceName | undefined,
    dryRun: values['dry-run'] === true,
    feed: values.feed,
  };
}

function main(args: string[]): void {
  const wanted = request(args);
  if (!wanted) {
    console.log(USAGE);
    return;
  }
  const cwd = process.cwd();
  const { report, text } = importArchive({ ...wanted, siteRoot: cwd, siteZone: SITE.timezone, reportFolder: cwd });
  console.log(text);
  if (!report.dryRun) console.log(`import: the report is in ${REPORT_FILE}`);
  // Non-zero only when nothing could come in: a partial import is a success with a list of what to fix.
  if (importedCount(report) === 0) {
    console.error('import: no post could be imported');
    process.exitCode = 1;
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`import: ${(error as Error).message}`);
  process.exitCode = 1;
}
