// What `npm run import` promises beyond the fixtures' text: bad input named and nothing written for it, old guids kept,
// --dry-run writing nothing, and the exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/essays/frontmatter.ts';
import { importArchive } from '../../src/import/import-archive.ts';
import { readFeed } from '../../src/import/old-feed.ts';
import { formatReport } from '../../src/import/report.ts';
import { FIXTURES, type FixtureRun, runFixture } from './support/run-fixture.ts';

const runs: FixtureRun[] = [];
const run = (name: string, options: Parameters<typeof runFixture>[1] = {}): FixtureRun => {
  const result = runFixture(name, options);
  runs.push(result);
  return result;
};
const temps: string[] = [];
const tempFolder = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'lectern-import-'));
  temps.push(folder);
  return folder;
};
afterAll(() => {
  for (const r of runs) r.remove();
  for (const folder of temps) rmSync(folder, { recursive: true, force: true });
});

const reasonFor = (result: FixtureRun, file: string): string => {
  const entry = result.report.entries.find((e) => e.file === file);
  return entry?.status === 'skipped' ? entry.reason : `(not refused: ${entry?.status})`;
};

describe('bad input: a clear message naming the file, and nothing written for that post', () => {
  const pelican = run('pelican');
  const essays = [...pelican.written.keys()];
  test.each([
    ['content/no-date.md', /^no date/, 'a-post-without-a-date'],
    [
      'content/notes/same-slug.md',
      /has the slug "first-light", as content\/essays-cat\/first-light\.md does/,
      'first-light-again',
    ],
    [
      'content/clash.md',
      /^content\/essays\/existing-essay\.mdx already has the slug "existing-essay"/,
      'existing-essay.md',
    ],
    ['content/latin1.md', /not valid UTF-8/, 'caf'],
    ['content/legacy.rst', /reStructuredText/, 'legacy'],
  ])('%s', (file, reason, slug) => {
    expect(reasonFor(pelican, file)).toMatch(reason);
    expect(formatReport(pelican.report)).toContain(`- ${file}: `);
    expect(essays.filter((path) => path.includes(slug))).toEqual([]);
  });
  test('two posts with one slug: the first keeps it, whole', () => {
    const first = readFileSync(join(pelican.siteRoot, 'content/essays/first-light/index.md'), 'utf8');
    expect(readFrontmatter(first, 'first-light').title).toBe('First Light');
  });
  test('a post with no title', () => {
    expect(reasonFor(run('feed-rss'), 'input.xml item 3')).toMatch(/^no title/);
  });
  test('an unreadable feed stops the import, naming the file and line, and writes nothing', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'broken.xml'), '<rss><channel><item><title>A</title></channel></rss>');
    const request = { from: undefined, dryRun: false, siteRoot: folder, siteZone: 'UTC', reportFolder: folder };
    expect(() => importArchive({ ...request, path: join(folder, 'broken.xml'), feed: undefined })).toThrow(
      /broken\.xml:1: the feed is not well-formed XML/,
    );
    expect(() =>
      importArchive({ ...request, path: join(FIXTURES, 'pelican/input'), feed: join(folder, 'broken.xml') }),
    ).toThrow(/broken\.xml:1: the feed is not well-formed XML/);
    expect(readdirSync(folder)).toEqual(['broken.xml']);
  });
});

describe("old subscribers: every imported essay keeps the old feed's guid", () => {
  test.each([
    ['pelican', 'output/feeds/all.atom.xml'],
    ['jekyll', '_site/feed.xml'],
  ])('%s', (name, feedFile) => {
    const result = run(name);
    const feed = readFeed(readFileSync(join(FIXTURES, name, 'input', feedFile), 'utf8'), feedFile);
    const essays = [...result.written]
      .filter(([path]) => path.endsWith('.md') && path.startsWith('content/'))
      .map(([path, bytes]) => readFrontmatter(bytes.toString('utf8'), path));
    const byAlias = new Map(
      essays.flatMap((e) => ((e.aliases as string[] | undefined) ?? []).map((a) => [a, e.guid] as const)),
    );
    const kept = feed.items.map((item) => [item.guid, byAlias.get(new URL(item.link ?? '').pathname)]);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    for (const [old, now] of kept) expect(now).toBe(old);
  });
});

describe('--dry-run and the exit status', () => {
  test('--dry-run reports every post and writes nothing', () => {
    const result = run('pelican', { dryRun: true });
    expect(result.report.entries).toHaveLength(10);
    expect([...result.written.keys()]).toEqual([]);
  });
  const cli = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/import.ts'), ...args], {
      cwd,
      encoding: 'utf8',
    });
  test('exits non-zero when nothing could be imported, naming why', () => {
    const folder = tempFolder();
    writeFileSync(
      join(folder, 'one.xml'),
      '<rss><channel><item><description>No title.</description></item></channel></rss>',
    );
    const result = cli([join(folder, 'one.xml')], folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('one.xml item 1: no title');
    expect(result.stderr).toContain('no post could be imported');
  });
  test('exits zero when some posts came in and others did not', () => {
    const result = cli([join(FIXTURES, 'feed-rss/input.xml'), '--dry-run'], tempFolder());
    expect(result.stdout).toContain('3 posts: 0 imported, 2 imported with changes, 1 not imported.');
    expect(result.status).toBe(0);
  });
});
