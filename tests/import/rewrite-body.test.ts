import { describe, expect, test } from 'vitest';
import { embedMarkup } from '../../src/import/embeds.ts';
import { rewriteBody } from '../../src/import/rewrite-body.ts';

const hooks = {
  link: (url: string) => (url === '/old.html' ? '/essays/new/' : undefined),
  image: (url: string) => (url === 'a.png' ? './a.png' : undefined),
};

describe('rewriteBody', () => {
  test('rewrites link, definition and image targets, and leaves code alone', () => {
    const source =
      '[x](/old.html "t") ![y](a.png)\n\n[ref]: /old.html\n\n```\n[x](/old.html)\n```\n\n`[x](/old.html)`\n';
    expect(rewriteBody(source, hooks).body).toBe(
      '[x](/essays/new/ "t") ![y](./a.png)\n\n[ref]: /essays/new/\n\n```\n[x](/old.html)\n```\n\n`[x](/old.html)`\n',
    );
  });
  test('rewrites HTML attributes inside a list item without losing its indent', () => {
    const source = '- item\n\n  <img src="a.png" alt="">\n  <a href="/old.html">x</a>\n';
    expect(rewriteBody(source, hooks).body).toBe(
      '- item\n\n  <img src="./a.png" alt="">\n  <a href="/essays/new/">x</a>\n',
    );
  });
  test('gives a raw <img> without alt a placeholder that says what to do, lists it, and leaves alt="" alone', () => {
    // karpathy.github.io's posts: 15 of 23 had such an <img>, which Lectern's build refuses.
    const result = rewriteBody('<img src="/assets/a.png" width="100%">\n\n<img src="b.png" alt="">\n', hooks);
    expect(result.body).toBe(
      '<img alt="Image to describe: a.png" src="/assets/a.png" width="100%">\n\n<img src="b.png" alt="">\n',
    );
    expect(result.changes).toEqual(['1 <img> without alt text given "Image to describe: <file>": describe each']);
  });
  test('turns an iframe into the click-to-load embed and lists it', () => {
    const result = rewriteBody('<iframe src="//player.vimeo.com/video/1" title="A film"></iframe>\n', hooks);
    expect(result.body).toBe(`${embedMarkup('https://player.vimeo.com/video/1', 'A film')}\n`);
    expect(result.changes).toEqual(['embed https://player.vimeo.com/video/1 made a click-to-load embed']);
  });
  test('lists inline styles and template tags it keeps', () => {
    const { changes } = rewriteBody('<p style="color:red">x</p>\n\n{% notebook a.ipynb %}\n', hooks);
    expect(changes).toEqual([
      'template tag {% notebook %} kept as text (the old generator expanded it; Lectern does not)',
      "inline styles kept on 1 element(s): <p> (the site's CSP blocks them; restyle or remove them)",
    ]);
  });
});

test('the embed form is the one the site expects', () => {
  expect(embedMarkup('https://www.youtube.com/embed/a?b=1&c=2', 'A "talk"')).toBe(
    '<div data-embed="https://www.youtube.com/embed/a?b=1&#x26;c=2" data-title="A &#x22;talk&#x22;"></div>',
  );
});
