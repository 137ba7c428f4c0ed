// Each essay's Open Graph image at /og/<slug>.png, made at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedEssays } from '../../collection/published-essays.ts';
import { ogCardFacts } from '../../cards/og-card-facts.ts';
import { cardHash, renderOgImage } from '../../cards/render-og-image.ts';

export const getStaticPaths = (async () =>
  (await getPublishedEssays()).map((essay) => {
    const facts = ogCardFacts(essay);
    return { params: { slug: essay.id }, props: { facts }, cacheKey: cardHash(facts) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { png } = await renderOgImage(props.facts);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
