import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { essayPageKey, listPageKey } from '../../../src/lib/site/cache-keys.ts';
import type { Essay } from '../../../src/lib/essays/essays.ts';
import { FUZZ } from '../../support/fuzz-settings.ts';

const essay = (id: string, data: Partial<Essay['data']> = {}): Essay => ({
  id,
  data: {
    title: `Title of ${id}`,
    date: new Date('2026-03-18T00:00:00Z'),
    category: 'Craft',
    description: `About ${id}.`,
    tags: [],
    draft: false,
    aliases: [],
    links: [],
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

  test('is the same when only what the page does not show of its neighbours differs, so an unchanged page is restored', () => {
    // Rebuilt essays, not the same objects: a build loads every essay afresh, and the key must not depend on identity.
    const fields = fc.record({
      date: fc.date({ noInvalidDate: true }),
      category: fc.string({ minLength: 1 }),
      description: fc.string({ minLength: 1 }),
      tags: fc.array(fc.string({ minLength: 1 })),
      updated: fc.option(fc.date({ noInvalidDate: true }), { nil: undefined }),
    });
    const base = essayPageKey('digest', 'manifest', around);
    fc.assert(
      fc.property(fields, fields, (newer, older) => {
        expect(essayPageKey('digest', 'manifest', [essay('newer', newer), essay('older', older)])).toBe(base);
      }),
      FUZZ,
    );
  });
});
