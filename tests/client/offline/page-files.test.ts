// The list of what a page needs offline, read from the page and its scripts: one list for the shell and for a save.
import { describe, expect, it } from 'vitest';
import { moduleImports, pageFiles, pageFilesWithImports } from '../../../src/client/offline/page-files.ts';

const PAGE = 'https://lectern.example.org/essays/on-reading/';
const at = (path: string) => new URL(path, PAGE).href;

const HTML = `<!doctype html><html><head>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="canonical" href="https://lectern.example.org/essays/on-reading/">
<link rel="alternate" type="application/rss+xml" href="https://lectern.example.org/rss.xml">
<script type="module" src="/_astro/Player.abc.js"></script>
<script type="module">import(\`/_astro/inline-loaded.js\`).catch(console.warn);</script>
<script type="application/ld+json">{"@type":"Article"}</script>
</head><body>
<audio controls preload="none"><source src="/narration/on-reading.mp3" type="audio/mpeg"><track kind="metadata" src="/narration/on-reading.vtt"></audio>
<img src="/_astro/a_2000.webp" srcset="/_astro/a_400.webp 400w, /_astro/a_2000.webp 2000w" alt="">
<picture><source srcset="/_astro/b.avif?x=1&amp;y=2 1x"><img src='https://cdn.example.net/b.jpg' alt=""></picture>
<a href="/essays/other/">Other</a>
</body></html>`;

describe('pageFiles', () => {
  it("lists the page's own scripts, cues, audio, images, icon and manifest, each once, on the page's origin", () =>
    expect(pageFiles(HTML, PAGE).sort()).toEqual(
      [
        '/favicon.svg',
        '/manifest.webmanifest',
        '/_astro/Player.abc.js',
        '/_astro/inline-loaded.js',
        '/narration/on-reading.mp3',
        '/narration/on-reading.vtt',
        '/_astro/a_2000.webp',
        '/_astro/a_400.webp',
        '/_astro/b.avif?x=1&y=2',
      ]
        .map(at)
        .sort(),
    ));
  it('leaves out links to other pages and feeds, and files of other origins', () => {
    const files = pageFiles(HTML, PAGE);
    expect(files.some((url) => url.includes('rss.xml') || url.includes('/essays/') || url.includes('cdn.'))).toBe(
      false,
    );
  });
});

describe('moduleImports', () => {
  it('finds static and lazy imports as the bundler writes them, and a module loaded by its site path', () =>
    expect(
      moduleImports(
        'import{a as e}from"./shared.1.js";import("./lazy.2.js");var n=`/_astro/own-bundle.3.js`;',
        at('/_astro/entry.js'),
      ),
    ).toEqual(['/_astro/shared.1.js', '/_astro/lazy.2.js', '/_astro/own-bundle.3.js'].map(at)));
  it("never lists the worker's own script", () =>
    expect(moduleImports('navigator.serviceWorker.register(`/sw.js`)', at('/_astro/entry.js'))).toEqual([]));
});

describe('pageFilesWithImports', () => {
  it('follows each script to what it imports, reading each module once, cycles included', async () => {
    const modules: Record<string, string> = {
      [at('/_astro/Player.abc.js')]: 'import{x}from"./shared.js";',
      [at('/_astro/inline-loaded.js')]: 'import{x}from"./shared.js";',
      [at('/_astro/shared.js')]: 'import("./Player.abc.js");',
    };
    const read: string[] = [];
    const files = await pageFilesWithImports(HTML, PAGE, async (url) => {
      read.push(url);
      return modules[url] ?? '';
    });
    expect(files).toContain(at('/_astro/shared.js'));
    expect(read.sort()).toEqual(Object.keys(modules).sort());
  });
});
