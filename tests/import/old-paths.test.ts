import { describe, expect, test } from 'vitest';
import { oldSitePath, pathKey } from '../../src/import/old-paths.ts';

describe('oldSitePath: a link is to the old site when it is relative or on its host, however the host is written', () => {
  test.each([
    ['/images/a.png', '/images/a.png'],
    ['../b/', '/blog/b/'],
    ['https://old.example/images/a.png', '/images/a.png'],
    ['http://www.old.example/x.html', '/x.html'],
    ['https://elsewhere.example/x.html', undefined],
    ['mailto:a@old.example', undefined],
    ['#part', undefined],
  ])('%s', (url, path) => {
    expect(oldSitePath(url, '/blog/a/', 'https://old.example')).toBe(path);
  });
  test("GitHub Pages' old <user>.github.com is the same site as <user>.github.io", () => {
    // jakevdp.github.io's posts link to jakevdp.github.com 16 times.
    expect(oldSitePath('http://jakevdp.github.com/images/sudoku.png', '/', 'http://jakevdp.github.io')).toBe(
      '/images/sudoku.png',
    );
    expect(oldSitePath('http://someone.github.com/a/', '/', 'http://jakevdp.github.io')).toBeUndefined();
  });
});

test('pathKey: one key for the ways one path is written', () => {
  for (const path of ['/a/b/', '/a/b', '/a/b/index.html', '/a/%62/']) expect(pathKey(path)).toBe('/a/b');
});
