// Structured data (schema.org Article with its narration, BreadcrumbList), serialized safely for a <script> element.
import { isoDuration } from './media-time.ts';

/** The narration as schema.org's AudioObject describes it. */
export interface AudioFacts {
  url: string;
  mimeType: string;
  durationSeconds: number;
  narrator: string;
}

export interface ArticleFacts {
  title: string;
  description: string;
  url: string;
  published: Date;
  modified?: Date | undefined;
  author: string;
  section: string;
  keywords: readonly string[];
  audio?: AudioFacts | undefined;
  /** The essay's Open Graph image, an absolute URL. */
  image?: string | undefined;
}

const audioObject = (audio: AudioFacts): Record<string, unknown> => ({
  '@type': 'AudioObject',
  contentUrl: audio.url,
  encodingFormat: audio.mimeType,
  duration: isoDuration(audio.durationSeconds),
  creator: { '@type': 'Person', name: audio.narrator },
});

export function articleJsonLd(facts: ArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: facts.title,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    datePublished: facts.published.toISOString(),
    dateModified: (facts.modified ?? facts.published).toISOString(),
    author: { '@type': 'Person', name: facts.author },
    articleSection: facts.section,
    keywords: facts.keywords.join(', '),
    ...(facts.image ? { image: facts.image } : {}),
    ...(facts.audio ? { audio: audioObject(facts.audio) } : {}),
  };
}

/** A page's place in the site, from the home page down to the page itself (absolute URLs). */
export function breadcrumbJsonLd(trail: ReadonlyArray<{ name: string; url: string }>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(({ name, url }, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name,
      item: url,
    })),
  };
}

// "</script>" in a title would end the element early; < > & and the JS line separators are escaped as \uXXXX.
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
