// Which requests the service worker answers, and the byte ranges it cuts from a saved MP3.
import { describe, expect, it } from 'vitest';
import { byteRange, routeOf } from '../../../src/client/offline/route.ts';

const ORIGIN = 'https://lectern.example.org';
const get = (path: string, mode = 'no-cors') => ({ method: 'GET', url: new URL(path, ORIGIN).href, mode });

describe('routeOf', () => {
  it('answers a navigation within the site as a page', () =>
    expect(routeOf(get('/essays/on-reading/', 'navigate'), ORIGIN)).toBe('page'));
  it.each(['/narration/on-reading.mp3', '/narration/on-reading.vtt', '/_astro/x.js', '/_astro/a.webp'])(
    'answers %s as a file',
    (path) => expect(routeOf(get(path), ORIGIN)).toBe('file'),
  );
  it('leaves another origin to the browser', () =>
    expect(routeOf({ ...get('/'), url: 'https://www.youtube-nocookie.com/embed/x' }, ORIGIN)).toBe('browser'));
  it('leaves a POST to the browser', () => expect(routeOf({ ...get('/'), method: 'POST' }, ORIGIN)).toBe('browser'));
  it("leaves the worker's own script to the browser, which checks it for updates", () =>
    expect(routeOf(get('/sw.js'), ORIGIN)).toBe('browser'));
});

describe('byteRange', () => {
  it('reads "bytes=0-", which a media element asks first, as the whole file', () =>
    expect(byteRange('bytes=0-', 1000)).toEqual({ start: 0, end: 999 }));
  it('reads a closed range', () => expect(byteRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 }));
  it('ends a range that runs past the file at its last byte', () =>
    expect(byteRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 }));
  it('reads a suffix range as the last bytes', () =>
    expect(byteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 }));
  it.each([null, '', 'bytes=-', 'bytes=1000-', 'bytes=5-2', 'items=0-1', 'bytes=0-1,5-6'])(
    'refuses %s, which asks for no part of a 1,000-byte file it can cut',
    (header) => expect(byteRange(header, 1000)).toBeUndefined(),
  );
});
