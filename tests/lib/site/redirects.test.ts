import { describe, expect, test } from 'vitest';
import {
  type Redirect,
  redirectPage,
  redirectProblems,
  redirectsFile,
  servedFile,
} from '../../../src/lib/site/redirects.ts';

const alias = (from: string, owner = 'content/essays/a.md', to = '/essays/a/'): Redirect => ({
  from,
  to,
  owner,
  page: true,
});

describe('servedFile', () => {
  test.each([
    ['/my-post.html', 'my-post.html'],
    ['/old/page.htm', 'old/page.htm'],
    ['/2019/01/my-post/', '2019/01/my-post/index.html'],
    ['/2019/01/my-post', '2019/01/my-post/index.html'],
    ['/caf%C3%A9/', 'café/index.html'],
    ['/', 'index.html'],
  ])('%s is served from %s', (path, file) => {
    expect(servedFile(path)).toBe(file);
  });
});

describe('redirectProblems', () => {
  const published = new Map([
    ['essays/b/index.html', 'content/essays/b.mdx'],
    ['rss.xml', 'dist/rss.xml'],
  ]);
  test('accepts old addresses that no page and no other essay has', () => {
    expect(redirectProblems([alias('/a.html'), alias('/2019/a/')], published)).toEqual([]);
  });
  test("rejects an old address that is a real essay's page, naming both files", () => {
    expect(redirectProblems([alias('/essays/b/')], published)).toEqual([
      'content/essays/a.md: the old address /essays/b/ is a page of this site (content/essays/b.mdx); remove it',
    ]);
  });
  test('rejects an old feed path that is a file the build wrote', () => {
    const feed = { from: '/rss.xml', to: '/rss.xml', owner: 'oldFeeds in src/site.config.ts', page: false };
    expect(redirectProblems([feed], published)).toEqual([
      'oldFeeds in src/site.config.ts: the old address /rss.xml is a page of this site (dist/rss.xml); remove it',
    ]);
  });
  test('rejects one old address claimed twice, also when written two ways, naming both owners', () => {
    expect(
      redirectProblems([alias('/x/'), alias('/x/index.html', 'content/essays/c/index.md', '/essays/c/')], published),
    ).toEqual([
      'content/essays/a.md and content/essays/c/index.md both claim the old address /x/index.html; keep it in one of them',
    ]);
  });
});

describe('redirectPage', () => {
  test('refreshes to the new address at once, names it canonical, links to it and loads nothing', () => {
    const html = redirectPage('/essays/a/', 'https://example.org/essays/a/', 'A & B', 'en');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/essays/a/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/essays/a/">');
    expect(html).toContain('<a href="/essays/a/">A &#x26; B</a>');
    expect(html).toContain('content="default-src &#x27;none&#x27;; base-uri &#x27;none&#x27;"');
    expect(html).not.toMatch(/<(script|style|img|link rel="stylesheet")/);
  });
});

describe('redirectsFile', () => {
  test('one forced 301 per old address, after the rules written by hand', () => {
    expect(redirectsFile([alias('/a.html'), alias('/2019/a/')], '/talk /essays/talk/ 302\n\n')).toBe(
      '/talk /essays/talk/ 302\n/a.html /essays/a/ 301!\n/2019/a/ /essays/a/ 301!\n',
    );
  });
  test('with no rules by hand, only its own', () => {
    expect(redirectsFile([alias('/a.html')])).toBe('/a.html /essays/a/ 301!\n');
  });
});
