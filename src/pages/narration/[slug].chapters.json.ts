// Each generated narration's chapters (JSON Chapters 1.2), beside its kept files, which the narration-files
// integration links into dist/narration/ under other names (.mp3, .vtt, .json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { getPublishedEssays } from '../../collection/published-essays.ts';
import { feedEssays } from '../../feeds/feed-essays.ts';
import { chapterHeadings, essayChapters } from '../../lib/feeds/chapters.ts';
import { narrateCommand } from '../../narration/for-essay.ts';
import { readManifest } from '../../narration/pipeline/manifest.ts';

export const getStaticPaths = (async () =>
  (await feedEssays(await getPublishedEssays()))
    .filter(({ narration }) => narration?.kind === 'generated')
    .map(({ essay, html }) => ({
      params: { slug: essay.id },
      props: { title: essay.data.title, file: essay.filePath ?? essay.id, html },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ params, props }) => {
  // A heading's block id hashes its own text, so it is the same whether the footnotes are read or skipped.
  const headings = chapterHeadings(fromHtml(props.html, { fragment: true }), { footnotes: 'skip' });
  try {
    const chapters = essayChapters(props.title, headings, readManifest(params.slug ?? '')?.cues ?? []);
    return new Response(JSON.stringify(chapters), { headers: { 'Content-Type': 'application/json+chapters' } });
  } catch (error) {
    throw new Error(`${props.file}: ${(error as Error).message}; run "${narrateCommand(params.slug ?? '')}"`, {
      cause: error,
    });
  }
};
