// `narrate --shard k/n`: the k-th of n parts of the essays a run would render, so that n CI runners narrate an
// archive together. Every runner computes the partition itself, from the same checkout, so it must depend on nothing
// but the essays: not on the order a file system lists them in, nor on the machine's locale.
import { readFileSync } from 'node:fs';
import { countWords } from '../../lib/essay-body/reading-time.ts';

export interface Shard {
  /** 1-based: the first part is 1. */
  index: number;
  count: number;
}

export interface Weighted {
  slug: string;
  /** What narrating it costs, in any unit: the essay's words. */
  weight: number;
}

const USAGE = 'expected <k>/<n>, the k-th of n parts, such as --shard 2/4';

/** `--shard 2/4` as { index: 2, count: 4 }; throws naming the option and what is wrong with it. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new Error(`narrate: --shard ${text}: ${USAGE}`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) throw new Error(`narrate: --shard ${text}: there must be at least 1 part, not ${count}`);
  if (index < 1 || index > count)
    throw new Error(`narrate: --shard ${text}: parts count from 1, so k must be between 1 and ${count}, not ${index}`);
  return { index, count };
}

// Code-unit order, not localeCompare: the collation of the machine's locale must not move an essay between shards.
const bySlug = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The items split into `count` parts of nearly equal weight: heaviest first (ties by slug), each to the lightest
 * part so far (ties to the first). No part then outweighs another by more than the heaviest item. Pure, and the
 * same for any order of `items`; each part lists its items by slug.
 */
export function partition<T extends Weighted>(items: readonly T[], count: number): T[][] {
  const parts: T[][] = Array.from({ length: count }, () => []);
  const loads: number[] = Array.from({ length: count }, () => 0);
  const order = [...items].sort((a, b) => b.weight - a.weight || bySlug(a.slug, b.slug));
  for (const item of order) {
    const lightest = loads.indexOf(Math.min(...loads));
    parts[lightest]?.push(item);
    loads[lightest] = (loads[lightest] ?? 0) + item.weight;
  }
  return parts.map((part) => part.sort((a, b) => bySlug(a.slug, b.slug)));
}

/** The items of one shard. */
export const shardPart = <T extends Weighted>(items: readonly T[], { index, count }: Shard): T[] =>
  partition(items, count)[index - 1] ?? [];

/**
 * The essays' weights for the partition: the words of each one's file (at least 1, so that empty essays spread out
 * too). Read from the file, not the rendered page: the partition comes before the pre-pass, which renders only the
 * shard's own essays.
 */
export const essayWeights = (
  essays: readonly { slug: string; file: string }[],
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): Weighted[] => essays.map(({ slug, file }) => ({ slug, weight: Math.max(1, countWords(read(file))) }));

export interface NarrateOptions {
  slugs: readonly string[];
  check: boolean;
  prune: boolean;
  script?: string;
  audit: boolean;
  say?: string;
}

/**
 * Why --shard cannot go with the other options given, or undefined. A shard narrates its part of every essay that
 * needs it, and the merged parts are checked as a whole: a shard of named essays, a check or a prune of a part, or
 * a script, audit or word said "in part" would each mean something other than what it says.
 */
export function shardConflict({ slugs, check, prune, script, audit, say }: NarrateOptions): string | undefined {
  const why: Array<[boolean, string]> = [
    [slugs.length > 0, 'named essays (narrate them without --shard)'],
    [check, '--check (check the merged narration, without --shard)'],
    [prune, "--prune (prune where the whole archive's blocks are cached)"],
    [script !== undefined, '--script'],
    [audit, '--audit'],
    [say !== undefined, '--say'],
  ];
  const found = why.filter(([given]) => given).map(([, what]) => what);
  return found.length
    ? `narrate: --shard narrates a part of every essay that needs it, so it cannot be combined with ${found.join(', ')}`
    : undefined;
}
