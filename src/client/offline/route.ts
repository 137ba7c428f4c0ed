// Which requests the service worker answers, and how: what it may serve from a cache when the network fails.
import { serviceWorkerUrl } from '../../lib/site/urls.ts';

/**
 * browser: left alone (another origin, a POST, the worker's own script).
 * page: a navigation: the network first, then a saved copy, then the offline message.
 * file: anything else of this site: the network first, then a saved copy.
 */
export type Route = 'browser' | 'page' | 'file';

export interface RequestFacts {
  method: string;
  url: string;
  mode: string;
}

export function routeOf({ method, url, mode }: RequestFacts, origin: string): Route {
  if (method !== 'GET') return 'browser';
  const target = new URL(url);
  if (target.origin !== origin || target.pathname === serviceWorkerUrl()) return 'browser';
  return mode === 'navigate' ? 'page' : 'file';
}

/** The part of a stored file a Range header asks for (media elements ask for "bytes=0-" and seek with ranges). */
export function byteRange(header: string | null, size: number): { start: number; end: number } | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [, from = '', to = ''] = match;
  // "bytes=-500" is the last 500 bytes.
  const start = from === '' ? Math.max(0, size - Number(to)) : Number(from);
  const end = from === '' || to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start <= end && start < size ? { start, end } : undefined;
}
