// A throwaway working directory for the narration modules, which read content/ and .cache/ relative to it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** Runs the file's tests in a fresh empty folder; returns a writer of files relative to it. */
export function inTempSiteFolder(name: string): (path: string, data: string | Uint8Array) => void {
  const cwd = process.cwd();
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `lectern-${name}-`));
    process.chdir(dir);
  });
  afterAll(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });
  return (path, data) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  };
}
