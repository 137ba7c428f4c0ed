// RSS 2.0 with each essay's full text, footnotes included, and every URL absolute.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absolutizeLinks } from '../lib/absolute-links.ts';
import { getPublishedEssays } from '../collection/published-essays.ts';
import { renderEssayHtml } from '../collection/render-essay.ts';
import { absoluteUrl, essayUrl, rssUrl } from '../lib/urls.ts';
import { xmlElement } from '../lib/xml.ts';
import { SITE } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const essays = await getPublishedEssays();
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: SITE.url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      xmlElement('language', {}, SITE.lang),
      xmlElement('atom:link', { href: absoluteUrl(rssUrl()), rel: 'self', type: 'application/rss+xml' }),
    ].join(''),
    items: await Promise.all(essays.map(async (essay) => {
      const link = absoluteUrl(essayUrl(essay.id));
      return {
        title: essay.data.title,
        link,
        pubDate: essay.data.date,
        description: essay.data.description,
        categories: [essay.data.category],
        content: absolutizeLinks(await renderEssayHtml(essay), link),
      };
    })),
  });
};
