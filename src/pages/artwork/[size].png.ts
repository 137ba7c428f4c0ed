// The cover art at each size, rendered at build time from SITE.artwork.
import { existsSync, readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { allArtworkSizes, renderArtwork } from '../../cards/artwork.ts';
import { sha256 } from '../../files/sha256.ts';
import { isPrepass } from '../../lib/site/build-flags.ts';
import { SITE } from '../../site.config.ts';

// Keyed by the SVG's bytes: an incremental build copies the last PNGs (the 3,000 px one takes ~0.7 s to draw).
// None in a narration pre-pass, which reads only its essay pages.
export const getStaticPaths = (() => {
  if (isPrepass()) return [];
  const svg = existsSync(SITE.artwork) ? sha256(readFileSync(SITE.artwork)) : 'missing';
  return allArtworkSizes().map((size) => ({ params: { size: String(size) }, cacheKey: svg }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  if (!existsSync(SITE.artwork)) throw new Error(`src/site.config.ts: artwork: there is no file ${SITE.artwork}`);
  const png = renderArtwork(readFileSync(SITE.artwork, 'utf8'), Number(params.size), SITE.artwork);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
