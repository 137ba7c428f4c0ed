// Each generated narration's transcript as Podcasting 2.0 JSON, from its kept WebVTT cues (one per sentence) and,
// where its engine gave them, the words its manifest keeps by cue; the podcast feed announces it beside the WebVTT.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import webvtt from 'webvtt-parser';
import { getPublishedEssays } from '../../collection/published-essays.ts';
import { feedEssays } from '../../feeds/feed-essays.ts';
import { jsonTranscript } from '../../lib/feeds/json-transcript.ts';
import { unescapeCueText } from '../../lib/formats/cue-text.ts';
import { essayNarrationPath, readManifest } from '../../narration/pipeline/manifest.ts';
import { narrationCacheKey } from '../../narration/for-essay.ts';
import { narrationFileKey } from '../../lib/site/cache-keys.ts';

export const getStaticPaths = (async () =>
  (await feedEssays(await getPublishedEssays())).flatMap(({ essay, narration }) =>
    narration?.cuesSrc
      ? [
          {
            params: { slug: essay.id },
            props: { narrator: narration.narrator },
            cacheKey: narrationFileKey(essay.digest, narrationCacheKey(essay)),
          },
        ]
      : [],
  )) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ params, props }) => {
  const file = essayNarrationPath(params.slug ?? '', 'vtt');
  const { cues, errors } = new webvtt.WebVTTParser().parse(readFileSync(file, 'utf8'), 'metadata');
  if (errors.length) throw new Error(`${file}: the cues do not parse: ${errors[0]?.message}`);
  const words = Map.groupBy(readManifest(params.slug ?? '')?.words ?? [], ([cue]) => cue);
  const transcript = jsonTranscript(
    props.narrator,
    cues.map((cue, i) => ({
      start: cue.startTime,
      end: cue.endTime,
      text: unescapeCueText(cue.text),
      words: (words.get(i) ?? []).map(([, start, end, text]) => ({ start, end, text })),
    })),
  );
  return new Response(JSON.stringify(transcript), { headers: { 'Content-Type': 'application/json' } });
};
