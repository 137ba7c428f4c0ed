// The fence meta parser: what a block asks for, honoured as far as it can be, and each problem named for the author.
import { expect, test } from 'vitest';
import { parseFenceMeta } from '../../src/plugins/code-fence-meta.ts';

test('reads lines, a title and a description, in any order', () => {
  expect(parseFenceMeta('say="Adds one" {1,3-4} title=\'app.js\'', 5)).toEqual({
    meta: { lines: [1, 3, 4], title: 'app.js', say: 'Adds one' },
    problems: [],
  });
});

test("keeps the lines a range past the block's end still has, and names the range: overreacted's {22-47}", () => {
  expect(parseFenceMeta('{2,22-47}', 30)).toEqual({
    meta: { lines: [2, 22, 23, 24, 25, 26, 27, 28, 29, 30] },
    problems: [`line range "22-47" goes past the block's last line, 30`],
  });
  expect(parseFenceMeta('{40-47}', 30).meta.lines).toEqual([]);
});

test('a trailing comma is no empty range, and a bare word is another tool’s flag: {1,} eval', () => {
  expect(parseFenceMeta('{1,} eval', 3)).toEqual({ meta: { lines: [1] }, problems: [] });
});

test('names each problem: a backwards range, a word for a line, an unknown key, an empty value, a lone quote', () => {
  expect(parseFenceMeta('{5-3,x} caption="c" say="" title="a', 9).problems).toEqual([
    'line range "5-3" runs backwards or from line 0; lines count from 1',
    'line range "x" is not a line or a range such as 3-5',
    'fence meta caption="…" is unknown; Lectern reads {3-5}, title="…" and say="…"',
    'fence meta say="" is empty; say what the block does',
    'fence meta title="a is not key="value": is a quote missing?',
  ]);
});
