import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { assertBuilt, type PeerRun } from '../../scripts/bench/peer.ts';
import { syntheticEssays } from '../../scripts/bench/synthetic-essays.ts';

const out = mkdtempSync(join(tmpdir(), 'lectern-bench-built-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const essays = syntheticEssays(3, 9);
const run: PeerRun = { repo: '.', work: out, logs: out, essays, say: () => {} };
const page = (slug: string): void => {
  mkdirSync(join(out, 'essays', slug), { recursive: true });
  writeFileSync(join(out, 'essays', slug, 'index.html'), '<!doctype html>');
};

describe('assertBuilt', () => {
  test('fails when a peer built no page for an essay, naming the count and the page', () => {
    for (const essay of essays.slice(0, 2)) page(essay.slug);
    expect(() => assertBuilt('Hugo', out, run)).toThrow(
      `bench: Hugo built no page for 1 of 3 essays, e.g. ${join(out, 'essays', essays[2]?.slug ?? '', 'index.html')}`,
    );
  });
  test('passes once every essay has its page', () => {
    page(essays[2]?.slug ?? '');
    expect(() => assertBuilt('Hugo', out, run)).not.toThrow();
  });
});
