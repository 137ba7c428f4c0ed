// A plain Markdown essay through the site's own processor (astro.config.mjs): its raw HTML is parsed before the
// plugins, so the checks and the transforms an MDX essay gets apply to it too, with the file and line.
import { describe, expect, test } from 'vitest';
import { siteMarkdown } from '../support/site-markdown.ts';

const FILE = 'content/essays/moved-in.md';
const render = (source: string) => siteMarkdown.render(source, { fileURL: new URL(`file:///${FILE}`) });
const failure = (source: string): Promise<{ message: string; line?: number }> =>
  render(source).then(
    () => ({ message: 'rendered' }),
    (error: { reason?: string; message: string; line?: number }) => ({
      message: error.reason ?? error.message,
      ...(error.line === undefined ? {} : { line: error.line }),
    }),
  );

describe('a plain Markdown essay', () => {
  test('keeps raw HTML, and <span data-say> becomes what <Say> writes', async () => {
    const { code } = await render(
      'In <span data-say="eighteen eighty-seven">1887</span>.\n\n<details><summary>More</summary>\n\nInside.\n\n</details>\n',
    );
    expect(code).toContain('<span data-spoken-as="eighteen eighty-seven">1887</span>');
    expect(code).toContain('<details><summary>More</summary>');
  });
  test('fails on a raw <img> without alt, naming the line', async () => {
    expect(await failure('A line.\n\n<img src="/heron.jpg">\n')).toEqual({
      message: expect.stringContaining('Image <img src="/heron.jpg"> has no alternative text'),
      line: 3,
    });
  });
  test('accepts a raw <img alt=""> as decorative', async () => {
    expect((await render('<img src="/rule.png" alt="">\n')).code).toContain('alt=""');
  });
  test('fails on an embed without a title, or not over https, naming the line', async () => {
    expect(await failure('\n<div data-embed="https://www.youtube-nocookie.com/embed/x"></div>\n')).toMatchObject({
      message: expect.stringContaining('needs a title'),
      line: 2,
    });
    expect(await failure('<div data-embed="http://example.org/x" data-title="X"></div>\n')).toMatchObject({
      message: 'line 1: embed "http://example.org/x" must be an https:// address',
    });
  });
  test('fails on an empty data-say', async () => {
    expect((await failure('<span data-say=" ">x</span>\n')).message).toContain('needs what the narration says');
  });
});
