import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { setEssayElements } from '../../../src/lib/essay-body/essay-elements.ts';

const set = (html: string): string => {
  const body = fromHtml(html, { fragment: true });
  setEssayElements(body);
  return toHtml(body);
};

describe('setEssayElements', () => {
  test('sends an aside to the margin, keeping its own classes', () => {
    expect(set('<aside class="note">A note.</aside>')).toBe('<aside class="note margin-note">A note.</aside>');
  });
  test('links an image to its full-size file', () => {
    expect(set('<p><img src="/a-2000.webp" alt="A heron."></p>')).toBe(
      '<p><a href="/a-2000.webp" class="full-size"><img src="/a-2000.webp" alt="A heron."></a></p>',
    );
  });
  test('leaves a decorative image, and one already in a link, as they are', () => {
    for (const html of ['<img src="/a.webp" alt="">', '<a href="/elsewhere/"><img src="/a.webp" alt="A heron."></a>'])
      expect(set(html)).toBe(html);
  });
});
