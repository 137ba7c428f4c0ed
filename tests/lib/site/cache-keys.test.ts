import { describe, expect, test } from 'vitest';
import { essayPageKey, listPageKey } from '../../../src/lib/site/cache-keys.ts';
import type { Essay } from '../../../src/lib/essays/essays.ts';

const essay = (id: string, data: Partial<Essay['data']> = {}): Essay => ({
  id,
  data: {
    title: `Title of ${id}`,
    date: new Date('2026-03-18T00:00:00Z'),
    category: 'Craft',
    description: `About ${id}.`,
    tags: [],
    draft: false,
    ...data,
  },
});
const page = (data: Essay[], currentPage = 1, lastPage = 1) => ({ currentPage, lastPage, data });

describe("a list page's cache key changes with everything the page shows", () => {
  const base = listPageKey(page([essay('a'), essay('b')]));

  test.each([
    ['a changed title', [essay('a', { title: 'A new title' }), essay('b')]],
    ['a changed date', [essay('a', { date: new Date('2026-03-19T00:00:00Z') }), essay('b')]],
    ['a changed category', [essay('a', { category: 'Listening' }), essay('b')]],
    ['a changed description', [essay('a', { description: 'Something else.' }), essay('b')]],
    ['another essay on the page', [essay('a'), essay('c')]],
    ['the same essays in another order', [essay('b'), essay('a')]],
  ])('%s', (_case, essays) => {
    expect(listPageKey(page(essays))).not.toBe(base);
  });

  test('a new last page (the pagination links change)', () => {
    expect(listPageKey(page([essay('a'), essay('b')], 1, 2))).not.toBe(base);
  });

  test("a category page's heading", () => {
    expect(listPageKey(page([essay('a'), essay('b')]), 'Craft')).not.toBe(
      listPageKey(page([essay('a'), essay('b')]), 'Listening'),
    );
  });

  test('but not with what the list does not show: tags, or the body', () => {
    expect(listPageKey(page([essay('a', { tags: ['new'] }), essay('b')]))).toBe(base);
  });
});

describe("an essay page's cache key", () => {
  const around = [essay('newer'), essay('older')];

  test('changes with the content digest (frontmatter or body: a footnote, a paragraph)', () => {
    expect(essayPageKey('digest-1', 'narration', around)).not.toBe(essayPageKey('digest-2', 'narration', around));
  });

  test('changes with the narration it offers (the duration the page prints comes from it)', () => {
    expect(essayPageKey('digest', 'manifest-1', around)).not.toBe(essayPageKey('digest', 'manifest-2', around));
  });

  test.each([
    ["a neighbour's new title", [essay('newer', { title: 'Renamed' }), essay('older')]],
    ['another neighbour', [essay('newest'), essay('older')]],
    ['no newer essay any more', [undefined, essay('older')]],
  ])('changes with the essays it links to by title: %s', (_case, links) => {
    expect(essayPageKey('digest', 'manifest', links)).not.toBe(essayPageKey('digest', 'manifest', around));
  });

  test('but not with what the page does not show of its neighbours: a description', () => {
    expect(essayPageKey('digest', 'manifest', [essay('newer', { description: 'Else.' }), essay('older')])).toBe(
      essayPageKey('digest', 'manifest', around),
    );
  });

  test('is the same for the same inputs, so an unchanged page is restored', () => {
    expect(essayPageKey('digest', 'manifest', around)).toBe(essayPageKey('digest', 'manifest', around));
  });
});
