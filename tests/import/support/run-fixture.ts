// Runs one import fixture (tests/fixtures/import/<case>/) into a throwaway site folder and lists what it wrote.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { importArchive } from '../../../src/import/import-archive.ts';
import type { SourceName } from '../../../src/import/imported-post.ts';
import type { Report } from '../../../src/import/report.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

export interface FixtureRun {
  readonly report: Report;
  /** Each file written, relative to the site, with its bytes. */
  readonly written: Map<string, Buffer>;
  readonly siteRoot: string;
  readonly remove: () => void;
}

const filesUnder = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));

/** The input is `input/` (an old site's folder) or `input.xml` (a saved feed); `site/` seeds the Lectern site. */
export function runFixture(name: string, options: { dryRun?: boolean; from?: SourceName } = {}): FixtureRun {
  const folder = join(FIXTURES, name);
  const siteRoot = mkdtempSync(join(tmpdir(), `lectern-import-${name}-`));
  const seed = join(folder, 'site');
  if (existsSync(seed)) cpSync(seed, siteRoot, { recursive: true });
  const seeded = new Set(filesUnder(siteRoot));
  const input = existsSync(join(folder, 'input')) ? join(folder, 'input') : join(folder, 'input.xml');
  const { report } = importArchive({
    path: input,
    from: options.from,
    dryRun: options.dryRun ?? false,
    feed: undefined,
    siteRoot,
    siteZone: 'Europe/London',
    reportFolder: siteRoot,
  });
  const written = new Map(
    filesUnder(siteRoot)
      .filter((file) => !seeded.has(file))
      .sort()
      .map((file) => [file, readFileSync(join(siteRoot, file))] as const),
  );
  return { report, written, siteRoot, remove: () => rmSync(siteRoot, { recursive: true, force: true }) };
}
