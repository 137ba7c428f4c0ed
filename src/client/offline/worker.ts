// The service worker (served at /sw.js by src/pages/sw.js.ts). Online, every request goes to the network as if the
// worker were not there; offline, a navigation gets the saved page or the offline message, and a file its saved copy.
// It stores only its small shell by itself (the Saved page and the offline message); essays only when asked.
import { offlineUrl, savedUrl } from '../../lib/site/urls.ts';
import { oldShells, SHELL_CACHE, UNIT_RECORD_PATH, unitOf } from './cache-names.ts';
import { pageFilesWithImports } from './page-files.ts';
import { byteRange, routeOf } from './route.ts';

// The worker's own globals, typed here: the project's TypeScript lib is the DOM's, not the WebWorker's.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const worker = self as unknown as WorkerScope;
const { origin } = worker.location;
const SHELL_PAGES = [savedUrl(), offlineUrl()].map((path) => new URL(path, origin).href);

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** The shell pages and what they load; a failure fails the install, and the site goes on without a worker. */
async function fillShell(): Promise<void> {
  const cache = await caches.open(SHELL_CACHE);
  for (const url of SHELL_PAGES) {
    const page = await fetched(url);
    const files = await pageFilesWithImports(await page.clone().text(), url, async (file) =>
      (await fetched(file)).text(),
    );
    await cache.addAll(files);
    await cache.put(url, page);
  }
}

/** A saved copy: the shell's, or a saved essay's whose save finished (it has its record). */
async function savedCopy(request: Request): Promise<Response | undefined> {
  const options = { ignoreSearch: true, ignoreVary: true };
  const shell = await (await caches.open(SHELL_CACHE)).match(request, options);
  if (shell) return shell;
  for (const name of await caches.keys()) {
    if (!unitOf(name)) continue;
    const unit = await caches.open(name);
    if (!(await unit.match(UNIT_RECORD_PATH))) continue;
    const copy = await unit.match(request, options);
    if (copy) return copy;
  }
  return undefined;
}

/** The stored file, or the part of it a media element's Range header asks for. */
async function ranged(request: Request, stored: Response): Promise<Response> {
  const header = request.headers.get('range');
  if (!header || stored.status !== 200) return stored;
  const body = await stored.blob();
  const range = byteRange(header, body.size);
  if (!range) return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${body.size}` } });
  const headers = new Headers(stored.headers);
  headers.set('Content-Range', `bytes ${range.start}-${range.end}/${body.size}`);
  headers.set('Content-Length', String(range.end - range.start + 1));
  return new Response(body.slice(range.start, range.end + 1), { status: 206, headers });
}

async function page(event: FetchEvent): Promise<Response> {
  try {
    const response = await fetch(event.request);
    // Online on a shell page: keep the shell as this build made it.
    if (response.ok && SHELL_PAGES.includes(event.request.url)) event.waitUntil(fillShell().catch(console.warn));
    return response;
  } catch {
    return (
      (await savedCopy(event.request)) ??
      (await caches.match(new URL(offlineUrl(), origin).href, { cacheName: SHELL_CACHE })) ??
      Response.error()
    );
  }
}

async function file(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const copy = await savedCopy(request);
    if (!copy) throw error;
    return ranged(request, copy);
  }
}

worker.addEventListener('install', (event) => event.waitUntil(fillShell().then(() => worker.skipWaiting())));
worker.addEventListener('activate', (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(oldShells(names).map((name) => caches.delete(name))))
      .then(() => worker.clients.claim()),
  ),
);
worker.addEventListener('fetch', (event) => {
  const route = routeOf(event.request, origin);
  if (route !== 'browser') event.respondWith(route === 'page' ? page(event) : file(event.request));
});
