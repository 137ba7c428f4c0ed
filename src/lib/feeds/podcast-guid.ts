// The Podcasting 2.0 <podcast:guid>: a UUIDv5 of the feed's URL, so any app can derive a feed's identity from its address.
import { createHash } from 'node:crypto';

/** The namespace the Podcasting 2.0 spec fixes for feed guids (podcast-namespace, docs/tags/guid.md). */
const PODCAST_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

const bytesOf = (uuid: string): Buffer => Buffer.from(uuid.replace(/-/g, ''), 'hex');

/** RFC 9562 UUIDv5: SHA-1 of namespace and name, with the version and variant bits set. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest().subarray(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

/** The spec's rule: the feed URL without its scheme (https://) and without trailing slashes. */
export const podcastGuid = (feedUrl: string): string =>
  uuidV5(feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, ''), PODCAST_NAMESPACE);
