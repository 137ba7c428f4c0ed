// `narrate --shard k/n`: each runner of a CI matrix computes its own part, so the partition must put every essay in
// exactly one part, balance the words, and come out the same whatever order the essays arrive in.
import { describe, expect, test } from 'vitest';
import {
  essayWeights,
  parseShard,
  partition,
  shardConflict,
  shardPart,
  type Weighted,
} from '../../../src/narration/pipeline/shard.ts';

/** A deterministic archive of essays of varied lengths, some of equal length. */
const ARCHIVE: Weighted[] = Array.from({ length: 57 }, (_, i) => ({
  slug: `essay-${String(i).padStart(2, '0')}`,
  weight: 200 + ((i * 7919) % 13) * 350,
}));
const loads = (parts: readonly Weighted[][]): number[] => parts.map((p) => p.reduce((sum, e) => sum + e.weight, 0));
const slugs = (parts: readonly Weighted[][]): string[][] => parts.map((p) => p.map((e) => e.slug));
/** A fixed shuffle, as another file system might list them. */
const shuffled = <T>(items: readonly T[]): T[] =>
  items
    .map((item, i) => ({ item, key: (i * 37) % items.length }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);

describe('partition', () => {
  test('puts every essay in exactly one part', () => {
    for (const count of [1, 2, 3, 4, 7, 57, 60]) {
      const all = partition(ARCHIVE, count)
        .flat()
        .map((e) => e.slug);
      expect(all.sort()).toEqual(ARCHIVE.map((e) => e.slug).sort());
    }
  });

  test('balances the words: no part outweighs another by more than the longest essay', () => {
    const heaviest = Math.max(...ARCHIVE.map((e) => e.weight));
    for (const count of [2, 3, 4, 8]) {
      const weights = loads(partition(ARCHIVE, count));
      expect(Math.max(...weights) - Math.min(...weights), `${count} parts: ${weights}`).toBeLessThanOrEqual(heaviest);
    }
    // Longest first, each to the lightest part: 5, 4, 3, 3, 3 in two parts is 5+3 and 4+3+3.
    const five = ['a', 'b', 'c', 'd', 'e'].map((slug, i) => ({ slug, weight: [5, 4, 3, 3, 3][i] ?? 0 }));
    expect(slugs(partition(five, 2))).toEqual([
      ['a', 'd'],
      ['b', 'c', 'e'],
    ]);
  });

  test('is the same for any order the essays arrive in, and breaks ties by slug', () => {
    const parts = slugs(partition(ARCHIVE, 4));
    expect(slugs(partition(shuffled(ARCHIVE), 4))).toEqual(parts);
    expect(slugs(partition([...ARCHIVE].reverse(), 4))).toEqual(parts);
    // Equal weights: by slug, in code-unit order (capitals first), not by the machine's collation.
    const equal = ['b', 'a', 'B', 'c'].map((slug) => ({ slug, weight: 1 }));
    expect(slugs(partition(equal, 2))).toEqual([
      ['B', 'b'],
      ['a', 'c'],
    ]);
  });

  test('more parts than essays leaves the last parts empty', () => {
    const two = ARCHIVE.slice(0, 2);
    expect(partition(two, 4).map((p) => p.length)).toEqual([1, 1, 0, 0]);
    expect(shardPart(two, { index: 4, count: 4 })).toEqual([]);
    expect(partition([], 3)).toEqual([[], [], []]);
  });

  test('shardPart is the k-th part, counted from 1', () => {
    const parts = partition(ARCHIVE, 3);
    expect([1, 2, 3].map((index) => shardPart(ARCHIVE, { index, count: 3 }))).toEqual(parts);
  });
});

describe('parseShard', () => {
  test('reads k/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  test.each([
    ['3/2', 'narrate: --shard 3/2: parts count from 1, so k must be between 1 and 2, not 3'],
    ['0/2', 'narrate: --shard 0/2: parts count from 1, so k must be between 1 and 2, not 0'],
    ['1/0', 'narrate: --shard 1/0: there must be at least 1 part, not 0'],
    ['x', 'narrate: --shard x: expected <k>/<n>, the k-th of n parts, such as --shard 2/4'],
    ['2', 'narrate: --shard 2: expected <k>/<n>'],
    ['-1/2', 'narrate: --shard -1/2: expected <k>/<n>'],
    ['1.5/2', 'narrate: --shard 1.5/2: expected <k>/<n>'],
  ])('refuses %s, saying why', (text, message) => {
    expect(() => parseShard(text)).toThrow(message);
  });
});

describe('shardConflict', () => {
  const none = { slugs: [], check: false, prune: false, audit: false };
  test('allows --shard alone', () => {
    expect(shardConflict(none)).toBeUndefined();
  });
  test('refuses named essays, --check and --prune, naming each', () => {
    expect(shardConflict({ ...none, slugs: ['one'] })).toMatch(/cannot be combined with named essays/);
    expect(shardConflict({ ...none, check: true })).toMatch(/cannot be combined with --check \(check the merged/);
    expect(shardConflict({ ...none, prune: true, script: 'one' })).toMatch(/with --prune .*, --script$/);
  });
});

test('essayWeights counts the words of each file, at least one', () => {
  const files: Record<string, string> = { 'a.mdx': '---\ntitle: A\n---\n\nThree more words.', 'b.mdx': '' };
  expect(
    essayWeights(
      [
        { slug: 'a', file: 'a.mdx' },
        { slug: 'b', file: 'b.mdx' },
      ],
      (file) => files[file] ?? '',
    ),
  ).toEqual([
    { slug: 'a', weight: 5 },
    { slug: 'b', weight: 1 },
  ]);
});
