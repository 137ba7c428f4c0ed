import { describe, expect, test } from 'vitest';
import { formatBytes, oversizeFiles, siteSizeProblem } from '../../../src/lib/site/host-limits.ts';

const MIB = 1024 ** 2;

describe('oversizeFiles', () => {
  const files = [
    { path: '/narration/long.mp3', bytes: 33 * MIB, essay: 'content/essays/long.mdx' },
    { path: '/narration/short.mp3', bytes: 2 * MIB, essay: 'content/essays/short.mdx' },
    { path: '/audio/recorded.mp3', bytes: 26 * MIB },
  ];

  test('names the essay, the file and its size for each file over the limit', () => {
    expect(oversizeFiles(files, 25)).toEqual([
      expect.stringMatching(
        /^content\/essays\/long\.mdx: \/narration\/long\.mp3 is 33\.0 MiB, over deploy\.maxFileMiB \(25 MiB\)/,
      ),
      expect.stringMatching(/^\/audio\/recorded\.mp3 is 26\.0 MiB, over deploy\.maxFileMiB \(25 MiB\)/),
    ]);
  });

  test('says nothing when every file fits, a file of exactly the limit included', () => {
    expect(oversizeFiles([...files, { path: '/x.mp3', bytes: 40 * MIB }], 40)).toEqual([]);
  });

  test('names an essay once the limit is set below its narration', () => {
    expect(oversizeFiles(files, 1)).toHaveLength(3);
    expect(oversizeFiles(files, 1)[1]).toMatch(/^content\/essays\/short\.mdx: .* is 2\.0 MiB/);
  });
});

describe('siteSizeProblem', () => {
  test('warns past the 1 GB GitHub Pages recommends, not before', () => {
    expect(siteSizeProblem(1000 ** 3)).toBeUndefined();
    expect(siteSizeProblem(1000 ** 3 + 1)).toMatch(/^dist\/ is 953\.7 MiB: GitHub Pages recommends/);
  });
});

describe('formatBytes', () => {
  test.each([
    [312, '312 B'],
    [41_472, '40.5 KiB'],
    [21_600_000, '20.6 MiB'],
    [1.5 * 1024 ** 3, '1.50 GiB'],
  ])('%i bytes → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
