import { describe, expect, test } from 'vitest';
import { lineOf, linkLine, unresolvedBecause } from '../../../src/lib/site/site-links.ts';

const SITE_URL = 'https://example.org';
const FILES = new Set(['index.html', 'essays/a/index.html', 'essays/b/index.html', 'rss.xml', '_astro/x.webp']);
const check = (href: string) => unresolvedBecause(href, '/essays/a/', SITE_URL, FILES);

describe('unresolvedBecause', () => {
  test('accepts a link to a page or file of the site, however it is written', () => {
    for (const href of ['/essays/b/', '../b/', '/', '/rss.xml', `${SITE_URL}/essays/b/`, '/essays/b/#part-2', '#x'])
      expect(check(href), href).toBeUndefined();
  });
  test('leaves other sites and schemes alone', () => {
    for (const href of ['https://elsewhere.example/x/', 'mailto:a@example.org', 'tel:+441234'])
      expect(check(href), href).toBeUndefined();
  });
  test('rejects an old path that no page has', () => {
    expect(check('/my-old-post/')).toBe('/my-old-post/ is no page of this site');
    expect(check('../../2019/01/c.html')).toBe('/2019/01/c.html is no page of this site');
  });
  test('rejects a page address without its trailing slash', () => {
    expect(check('/essays/b')).toBe('/essays/b needs a trailing slash: /essays/b/');
  });
});

describe('lineOf', () => {
  test('is the line the text is written on, counting from 1', () => {
    expect(lineOf('---\ntitle: x\n---\n\nSee [b](/essays/b/).\n', '/essays/b/')).toBe(5);
    expect(lineOf('one line', 'one')).toBe(1);
    expect(lineOf('one line', 'two')).toBeUndefined();
  });
});

describe('linkLine', () => {
  const source =
    '---\ntitle: x\n---\n\n[new](/essays/b/)\n\n[old](/essays/b "Old")\n\n<a href="/x.html">x</a> and <https://example.org/y>\n';
  test('finds a link as Markdown or HTML writes it, not inside a longer one', () => {
    expect(linkLine(source, '/essays/b')).toBe(7);
    expect(linkLine(source, '/essays/b/')).toBe(5);
    expect(linkLine(source, '/x.html')).toBe(9);
    expect(linkLine(source, 'https://example.org/y')).toBe(9);
  });
});
