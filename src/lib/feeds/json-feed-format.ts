// JSON Feed 1.1 (jsonfeed.org/version/1.1): the same essays as the RSS, for readers that prefer JSON.

export interface JsonFeedAttachment {
  url: string;
  mime_type: string;
  size_in_bytes: number;
  duration_in_seconds: number;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  date_published: string;
  date_modified?: string;
  tags: string[];
  attachments?: JsonFeedAttachment[];
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  icon: string;
  language: string;
  authors: Array<{ name: string }>;
  items: JsonFeedItem[];
}

export interface JsonFeedEssay {
  /** The same guid as in the RSS: the old feed's id for an essay that moved in, else its permalink. */
  id: string;
  url: string;
  title: string;
  description: string;
  html: string;
  published: Date;
  updated?: Date | undefined;
  tags: readonly string[];
  narration?: { url: string; mimeType: string; bytes: number; durationSeconds: number } | undefined;
}

export function jsonFeedItem(essay: JsonFeedEssay): JsonFeedItem {
  const { narration } = essay;
  return {
    id: essay.id,
    url: essay.url,
    title: essay.title,
    summary: essay.description,
    content_html: essay.html,
    // RFC 3339, as the spec asks.
    date_published: essay.published.toISOString(),
    ...(essay.updated ? { date_modified: essay.updated.toISOString() } : {}),
    tags: [...essay.tags],
    ...(narration
      ? {
          attachments: [
            {
              url: narration.url,
              mime_type: narration.mimeType,
              size_in_bytes: narration.bytes,
              duration_in_seconds: Math.round(narration.durationSeconds),
            },
          ],
        }
      : {}),
  };
}
