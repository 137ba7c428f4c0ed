import { describe, expect, test } from 'vitest';
import { absolutizeLinks } from '../../../src/lib/feeds/absolute-links.ts';

const PAGE = 'https://lectern.example.org/essays/a/';

describe('absolutizeLinks', () => {
  test('makes footnote anchors point into the essay page', () => {
    expect(absolutizeLinks('<a href="#user-content-fn-1">1</a>', PAGE)).toBe(
      '<a href="https://lectern.example.org/essays/a/#user-content-fn-1">1</a>',
    );
  });
  test('resolves root-relative and page-relative links and sources', () => {
    const html = absolutizeLinks('<a href="/essays/b/">b</a><img src="cover.png" alt="">', PAGE);
    expect(html).toContain('href="https://lectern.example.org/essays/b/"');
    expect(html).toContain('src="https://lectern.example.org/essays/a/cover.png"');
  });
  test('leaves absolute links alone and keeps text escaped', () => {
    expect(absolutizeLinks('<a href="https://w3.org/">&lt;b&gt;</a>', PAGE)).toBe(
      '<a href="https://w3.org/">&#x3C;b></a>',
    );
  });
  test('resolves every candidate of a srcset, keeping its width', () => {
    const html = absolutizeLinks(
      '<img src="/_astro/a.webp" srcset="/_astro/a-400.webp 400w, /_astro/a-800.webp 800w" alt="A heron">',
      PAGE,
    );
    expect(html).toContain(
      'srcset="https://lectern.example.org/_astro/a-400.webp 400w, https://lectern.example.org/_astro/a-800.webp 800w"',
    );
  });
});
