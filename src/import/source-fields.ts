// Field values as sources write them: tag lists, booleans, and the discussion links ("bluesky:") that become `links`.
import type { OutLink } from './imported-post.ts';

/** Labels for the fields that name a place to discuss or watch the post. */
export const LINK_FIELDS: Readonly<Record<string, string>> = {
  bluesky: 'Discuss on Bluesky',
  mastodon: 'Discuss on Mastodon',
  hackernews: 'Discuss on Hacker News',
  hn: 'Discuss on Hacker News',
  discuss: 'Discuss',
  reddit: 'Discuss on Reddit',
  lobsters: 'Discuss on Lobsters',
  youtube: 'Watch on YouTube',
};

/** A list field: YAML/TOML arrays, or Pelican's "a, b; c" text. */
export function listOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[,;]/) : [];
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export const truthy = (value: unknown): boolean =>
  value === true || (typeof value === 'string' && /^(true|yes|1)$/i.test(value.trim()));

export const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined;

/** The link fields of a post; a value that is not a URL stays unknown, so the report names it. */
export function outLinks(fields: Record<string, unknown>): { links: OutLink[]; used: string[] } {
  const links: OutLink[] = [];
  const used: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const label = LINK_FIELDS[name.toLowerCase()];
    const url = textOf(value);
    if (!label || !url || !/^https?:\/\//.test(url)) continue;
    links.push({ label, url });
    used.push(name);
  }
  return { links, used };
}
