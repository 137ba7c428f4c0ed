// Every narration file is written whole or not at all: a killed run must never leave half a file where the site reads it.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const PARTIAL_SUFFIX = '.partial';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  // The temp file sits beside the target: rename is atomic only within one file system.
  const temp = `${path}.${process.pid}${PARTIAL_SUFFIX}`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}
