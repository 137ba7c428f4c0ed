// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { excerptNodes, resultItem } from '../../../src/client/search/search-results.ts';

/** The excerpt as nodes put back together: text as text, and each mark as <mark>. */
const drawn = (nodes: Node[]): string => {
  const holder = document.createElement('p');
  holder.append(...nodes);
  return holder.innerHTML;
};

describe('excerptNodes', () => {
  it('keeps Pagefind’s marks around the matched words', () =>
    expect(drawn(excerptNodes('the voice <mark>in</mark> your <mark>head</mark>'))).toBe(
      'the voice <mark>in</mark> your <mark>head</mark>',
    ));
  it('reduces any other markup to its text', () =>
    expect(drawn(excerptNodes('a <em>quiet</em> <a href="/x">room</a>'))).toBe('a quiet room'));
  it('never lets markup from the index into the page: no image, no handler, no script', () => {
    const html = drawn(
      excerptNodes('<img src=x onerror="alert(1)"><script>steal()</script><mark onclick="x()">hi</mark>'),
    );
    expect(html).not.toMatch(/<img|<script|onerror|onclick/);
    expect(html).toBe('steal()<mark>hi</mark>');
  });
  it('keeps the words inside other markup that holds a mark, without the mark', () =>
    expect(drawn(excerptNodes('<b>very <mark>loud</mark></b> reading'))).toBe('very loud reading'));
  it('shows escaped angle brackets as the characters they are', () =>
    expect(drawn(excerptNodes('if a &lt;b&gt; then'))).toBe('if a &lt;b&gt; then'));
  it('is nothing for an empty excerpt', () => expect(excerptNodes('')).toEqual([]));
});

describe('resultItem', () => {
  const result = {
    url: '/essays/on-reading/',
    excerpt: 'the voice <mark>in</mark> your head',
    meta: { title: 'On Reading', date: '3 March 2024', category: 'Craft' },
  };

  it('links the essay’s title to the essay', () => {
    const link = resultItem(result).querySelector('h2 > a')!;
    expect(link.textContent).toBe('On Reading');
    expect(link.getAttribute('href')).toBe('/essays/on-reading/');
  });
  it('names the date and the category as the essay lists do', () =>
    expect(resultItem(result).querySelector('.essay-list-meta')?.textContent).toBe('3 March 2024 · Craft'));
  it('leaves out a missing date or category, with no stray separator', () => {
    const item = resultItem({ ...result, meta: { title: 'On Reading', category: 'Craft' } });
    expect(item.querySelector('.essay-list-meta')?.textContent).toBe('Craft');
  });
  it('shows the excerpt as a window into the essay, open at both ends', () =>
    expect(resultItem(result).querySelector('.search-excerpt')?.innerHTML).toBe(
      '… the voice <mark>in</mark> your head …',
    ));
  it('falls back to the address for a page without a title', () =>
    expect(resultItem({ ...result, meta: {} }).querySelector('h2 > a')?.textContent).toBe('/essays/on-reading/'));
  it('shows a title with markup in it as text, never as markup', () => {
    const item = resultItem({ ...result, meta: { title: '<img src=x onerror="alert(1)">' } });
    expect(item.querySelector('img')).toBeNull();
    expect(item.querySelector('h2 > a')?.textContent).toBe('<img src=x onerror="alert(1)">');
  });
  it('is a list item holding one article, ready for the results list', () => {
    const item = resultItem(result);
    expect(item.tagName).toBe('LI');
    expect([...item.children].map((child) => child.tagName)).toEqual(['ARTICLE']);
  });
});
