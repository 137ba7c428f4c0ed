// An essay's own cover for podcast apps: its `cover` image, cropped square at the smallest size Apple Podcasts takes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getPublishedEssays } from '../../../collection/published-essays.ts';
import { sha256 } from '../../../files/sha256.ts';

// 1,400 px: Apple's floor; a cover is a photograph, and its JPEG at 3,000 px would weigh ~1 MB for no visible gain.
const EPISODE_ARTWORK_PX = 1400;

export const getStaticPaths = (async () =>
  (await getPublishedEssays()).flatMap((essay) => {
    const { cover } = essay.data;
    if (!cover) return [];
    const file = essay.filePath ?? essay.id;
    const source = join(dirname(file), cover);
    // Keyed by the image's bytes, so an incremental build copies an unchanged cover instead of cropping it again.
    const cacheKey = existsSync(source) ? sha256(readFileSync(source)) : 'missing';
    return [{ params: { slug: essay.id }, props: { file, cover }, cacheKey }];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string; cover: string }> = async ({ props: { file, cover } }) => {
  const source = join(dirname(file), cover);
  if (!existsSync(source)) throw new Error(`${file}: cover: there is no file ${source}`);
  const jpeg = await sharp(source)
    .resize(EPISODE_ARTWORK_PX, EPISODE_ARTWORK_PX, { fit: 'cover' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
