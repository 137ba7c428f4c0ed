// Every narration file is written whole or not at all: a killed run must never leave half a file where the site reads it.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const PARTIAL_SUFFIX = '.partial';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  // The temp file sits beside the target: rename is atomic only within one file system.
  const temp = `${path}.${process.pid}${PARTIAL_SUFFIX}`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** Kept narration is committed: rewriting a file with the bytes it already holds would still touch it, so don't. */
export function writeFileIfChanged(path: string, data: string | Uint8Array): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  if (existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0) return false;
  writeFileAtomic(path, bytes);
  return true;
}

/** A killed run leaves its temp files behind; nothing reads them, so the next run sweeps them away. */
export function removePartialFiles(dirs: readonly string[]): void {
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith(PARTIAL_SUFFIX)) rmSync(join(dir, file));
    }
  }
}
