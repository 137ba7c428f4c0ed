// Image files in a built site whose bytes are the same: a copy made for nothing (57 SVGs, six copies each: 16 MB became 99 MB).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

const IMAGE = new Set(['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif']);

/** Each set of two or more byte-identical images of more than `minBytes` under `dist`, as paths relative to it. */
export function duplicateImages(dist: string, minBytes = 4096): string[][] {
  const byHash = new Map<string, string[]>();
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const path = join(dist, name);
    if (!IMAGE.has(extname(name).toLowerCase()) || !statSync(path).isFile() || statSync(path).size <= minBytes)
      continue;
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), relative(dist, path)]);
  }
  return [...byHash.values()].filter((paths) => paths.length > 1).map((paths) => paths.sort());
}
