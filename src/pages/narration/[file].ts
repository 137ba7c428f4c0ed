// Serves each essay's generated narration (MP3, WebVTT cues, manifest) from the narration cache.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { essayNarrationPath, readManifest } from '../../narration/manifest.ts';
import { generatedNarrationEnabled } from '../../narration/mode.ts';
import { wantsGeneratedNarration } from '../../narration/for-essay.ts';
import { getPublishedEssays } from '../../collection/published-essays.ts';
import type { NarrationFile } from '../../lib/urls.ts';

const TYPES: Record<NarrationFile, string> = { mp3: 'audio/mpeg', vtt: 'text/vtt; charset=utf-8', json: 'application/json' };

export const getStaticPaths = (async () => {
  if (!generatedNarrationEnabled()) return [];
  // Essay pages check that each narration matches its text; here we only publish what exists.
  const essays = (await getPublishedEssays()).filter((e) => wantsGeneratedNarration(e.data) && readManifest(e.id));
  return essays.flatMap((essay) =>
    (Object.keys(TYPES) as NarrationFile[]).map((kind) => ({ params: { file: `${essay.id}.${kind}` }, props: { slug: essay.id, kind } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { slug, kind } = props as { slug: string; kind: NarrationFile };
  return new Response(readFileSync(essayNarrationPath(slug, kind)), { headers: { 'Content-Type': TYPES[kind] } });
};
