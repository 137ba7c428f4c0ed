// A Markdown SVG goes through Astro's image transform, which for a vector copies the bytes to a second name, while
// Vite still emits the original that no page links: remove such unlinked copies (57 SVGs made 16 MB into 99 MB).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatBytes } from '../lib/site/host-limits.ts';

const ASSETS = '_astro';
const LINKING = /\.(?:html|xml|json|css|js|txt)$/;

/** The SVGs in dist/_astro that repeat another one's bytes and that no page, feed, style or script names. */
function unlinkedCopies(dist: string): string[] {
  const byHash = new Map<string, string[]>();
  for (const name of readdirSync(join(dist, ASSETS)).filter((n) => n.endsWith('.svg'))) {
    const hash = createHash('sha256')
      .update(readFileSync(join(dist, ASSETS, name)))
      .digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), name]);
  }
  const repeated = [...byHash.values()].filter((names) => names.length > 1).flat();
  if (repeated.length === 0) return [];
  const linked = new Set<string>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => LINKING.test(f))) {
    const text = readFileSync(join(dist, file), 'utf8');
    for (const name of repeated) if (text.includes(`/${ASSETS}/${name}`)) linked.add(name);
  }
  return repeated.filter((name) => !linked.has(name));
}

export default function vectorOriginals(): AstroIntegration {
  return {
    name: 'lectern-vector-originals',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const copies = unlinkedCopies(dist);
        let bytes = 0;
        for (const name of copies) {
          bytes += readFileSync(join(dist, ASSETS, name)).length;
          rmSync(join(dist, ASSETS, name));
        }
        if (copies.length) logger.info(`removed ${copies.length} unlinked copies of SVGs (${formatBytes(bytes)})`);
      },
    },
  };
}
