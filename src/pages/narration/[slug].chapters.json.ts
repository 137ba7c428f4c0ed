// Each narration's chapters (JSON Chapters 1.2), beside its kept files, which the narration-files integration links
// into dist/narration/ under other names (.mp3, .vtt, .json): generated narration's, or a recording's alignment's.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedEssays } from '../../collection/published-essays.ts';
import { feedEssays } from '../../feeds/feed-essays.ts';
import { prepareEssayBody, segmentOptionsFor } from '../../lib/essay-body/prepare.ts';
import { narrationChapters } from '../../narration/chapters-for-essay.ts';
import { SITE } from '../../site.config.ts';
import { narrationFileKey } from '../../lib/site/cache-keys.ts';
import { narrationCacheKey } from '../../narration/for-essay.ts';

export const getStaticPaths = (async () =>
  (await feedEssays(await getPublishedEssays()))
    .filter(({ narration }) => narration?.cuesSrc)
    .map(({ essay, bodyHtml }) => ({
      params: { slug: essay.id },
      props: { essay, bodyHtml },
      cacheKey: narrationFileKey(essay.digest, narrationCacheKey(essay)),
    }))) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({
  props: { essay, bodyHtml },
}) => {
  // The same pipeline on the same HTML as the page (rendered once for the feeds, before their links are made
  // absolute), so the headings' ids are the ids of the narration's cues.
  const body = prepareEssayBody(bodyHtml, segmentOptionsFor(essay.data.narration, SITE.narration.footnotes));
  const chapters = narrationChapters(essay, body);
  return new Response(JSON.stringify(chapters), { headers: { 'Content-Type': 'application/json+chapters' } });
};
