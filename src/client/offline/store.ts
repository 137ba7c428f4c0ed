// Saving an essay for offline listening, listing what is saved, and removing it: one cache per essay (cache-names.ts).
import { staleUnits, UNIT_RECORD_PATH, type UnitRecord, unitCacheName, unitOf } from './cache-names.ts';
import { pageFilesWithImports } from './page-files.ts';

/** What the page's save control carries: which narration it is, and how big its audio is. */
export interface OfflineFacts {
  slug: string;
  version: string;
  title: string;
  bytes: number;
}

export function factsOf(root: ParentNode): OfflineFacts | undefined {
  const { slug, version, title, bytes } = root.querySelector<HTMLElement>('[data-save-offline]')?.dataset ?? {};
  return slug && version && title && bytes ? { slug, version, title, bytes: Number(bytes) } : undefined;
}

export type Progress = (done: number, total: number) => void;

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${new URL(url).pathname} answered ${response.status}`);
  return response;
}

/** The response as the cache keeps it, its body read here to count the bytes as they come. */
async function counted(response: Response, onBytes: (bytes: number) => void): Promise<Response> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    chunks.push(part.value);
    onBytes(part.value.byteLength);
  }
  // The body is stored as read (decoded): the host's encoding and length no longer describe it.
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(new Blob(chunks), { status: response.status, headers });
}

const isAudio = (url: string): boolean => /\.(mp3|m4a|ogg|opus|wav)$/i.test(new URL(url).pathname);

async function unitNames(): Promise<string[]> {
  return (await caches.keys()).filter((name) => unitOf(name) !== undefined);
}

/**
 * Stores the page at `pageUrl` with everything it loads, as the network has them now, under its narration's
 * version; then, and only then, its record (which makes it servable), and removes any other copy of the essay.
 */
export async function saveEssay(pageUrl: string, progress: Progress): Promise<UnitRecord> {
  const page = await fetched(pageUrl);
  const html = await page.clone().text();
  const facts = factsOf(new DOMParser().parseFromString(html, 'text/html'));
  if (!facts) throw new Error('the page has no narration to save');
  // The audio last: it is most of the bytes, and known (from the build) before it comes.
  const files = (await pageFilesWithImports(html, pageUrl, async (url) => (await fetched(url)).text())).sort(
    (a, b) => Number(isAudio(a)) - Number(isAudio(b)),
  );
  const name = unitCacheName(facts);
  await caches.delete(name);
  const cache = await caches.open(name);
  let done = 0;
  let total = facts.bytes;
  const count = (audio: boolean) => (bytes: number) => {
    done += bytes;
    if (!audio) total += bytes;
    progress(done, Math.max(done, total));
  };
  await cache.put(pageUrl, await counted(page, count(false)));
  for (const url of files) await cache.put(url, await counted(await fetched(url), count(isAudio(url))));
  const record: UnitRecord = { ...facts, url: pageUrl, bytes: done, savedAt: new Date().toISOString() };
  await cache.put(UNIT_RECORD_PATH, Response.json(record));
  for (const other of await unitNames())
    if (other !== name && unitOf(other)?.slug === facts.slug) await caches.delete(other);
  return record;
}

export interface Saved {
  cacheName: string;
  record: UnitRecord;
}

/** Every essay whose save finished, newest first. */
export async function savedEssays(): Promise<Saved[]> {
  const saved: Saved[] = [];
  for (const cacheName of await unitNames()) {
    const stored = await (await caches.open(cacheName)).match(UNIT_RECORD_PATH);
    if (stored) saved.push({ cacheName, record: (await stored.json()) as UnitRecord });
  }
  return saved.sort((a, b) => b.record.savedAt.localeCompare(a.record.savedAt));
}

export const removeSaved = (cacheName: string): Promise<boolean> => caches.delete(cacheName);

/** Removes the copies of this essay made from another narration; whether there were any. */
export async function removeStale(facts: OfflineFacts): Promise<boolean> {
  const stale = staleUnits(await caches.keys(), facts);
  await Promise.all(stale.map((name) => caches.delete(name)));
  return stale.length > 0;
}

/** The active worker, which serves what is saved; a save without one could not be opened offline. */
export function workerReady(timeoutMs = 15_000): Promise<unknown> {
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise((_, reject) => setTimeout(() => reject(new Error('the offline worker did not start')), timeoutMs)),
  ]);
}
