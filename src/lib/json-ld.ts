// Structured data for an essay (schema.org Article), serialized safely for a <script> element.

export interface ArticleFacts {
  title: string;
  description: string;
  url: string;
  published: Date;
  modified?: Date | undefined;
  author: string;
  section: string;
  keywords: readonly string[];
  audioUrl?: string | undefined;
}

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
    ...(facts.audioUrl ? { audio: { '@type': 'AudioObject', contentUrl: facts.audioUrl } } : {}),
  };
}

// "</script>" in a title would end the element early; < > & and the JS line separators are escaped as \uXXXX.
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
