import { describe, expect, test } from 'vitest';
import { PEER_IDS, readBenchOptions } from '../../scripts/bench/bench-options.ts';

describe('npm run bench flags', () => {
  test('default to 100 and 1,000 essays and every peer', () => {
    expect(readBenchOptions([])).toEqual({
      sizes: [100, 1000],
      only: PEER_IDS,
    });
  });
  test('take sizes and a list of peers', () => {
    expect(readBenchOptions(['--sizes', '10,100', '--only', 'hugo,lectern'])).toEqual({
      sizes: [10, 100],
      only: ['hugo', 'lectern'],
    });
  });
  test('reject an unknown peer, naming it and the known ones', () => {
    expect(() => readBenchOptions(['--only', 'lectern,gatsby'])).toThrow(
      '--only takes peers among lectern, lectern-md, lectern-off, lectern-off-md, lectern-dev, astro, astro-satteri, eleventy, hugo; not "gatsby"',
    );
  });
  test('reject a size that is not a whole number', () => {
    expect(() => readBenchOptions(['--sizes', '100,1e3'])).toThrow(
      '--sizes takes whole numbers of essays, such as 100,1000; not "100,1e3"',
    );
  });
  test('reject an unknown flag and a flag without its value', () => {
    expect(() => readBenchOptions(['--size', '10'])).toThrow('unknown flag "--size"');
    expect(() => readBenchOptions(['--sizes'])).toThrow('--sizes needs a value');
  });
});
