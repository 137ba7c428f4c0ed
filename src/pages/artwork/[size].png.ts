// The cover art at each size, rendered at build time from SITE.artwork.
import { existsSync, readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { allArtworkSizes, renderArtwork } from '../../lib/artwork.ts';
import { SITE } from '../../site.config.ts';

export const getStaticPaths = (() => allArtworkSizes().map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  if (!existsSync(SITE.artwork)) throw new Error(`src/site.config.ts: artwork: there is no file ${SITE.artwork}`);
  const png = renderArtwork(readFileSync(SITE.artwork, 'utf8'), Number(params.size), SITE.artwork);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
