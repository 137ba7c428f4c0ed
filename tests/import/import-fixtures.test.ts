// Fixture folders: tests/fixtures/import/<case>/input(.xml) [+ site/] -> expected/ (the essays, their files and
// import-report.md, as written into a throwaway site). Regenerate with UPDATE=1 and review the diff.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURES, type FixtureRun, runFixture } from './support/run-fixture.ts';

const CASES = readdirSync(FIXTURES).filter((name) =>
  readdirSync(join(FIXTURES, name)).some((f) => f.startsWith('input')),
);

const expectedFiles = (folder: string): Map<string, Buffer> =>
  new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(folder, path).split(sep).join('/'), readFileSync(path)] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );

const runs: FixtureRun[] = [];
afterAll(() => {
  for (const run of runs) run.remove();
});

describe('import fixtures', () => {
  test('there are fixtures to check', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(3);
  });
  for (const name of CASES) {
    test(name, () => {
      const run = runFixture(name);
      runs.push(run);
      const expected = join(FIXTURES, name, 'expected');
      if (process.env.UPDATE) {
        rmSync(expected, { recursive: true, force: true });
        for (const [file, bytes] of run.written) {
          mkdirSync(dirname(join(expected, file)), { recursive: true });
          writeFileSync(join(expected, file), bytes);
        }
      }
      const asText = (files: Map<string, Buffer>) =>
        Object.fromEntries([...files].map(([f, b]) => [f, b.toString('utf8')]));
      expect(asText(run.written)).toEqual(asText(expectedFiles(expected)));
    });
  }
});
