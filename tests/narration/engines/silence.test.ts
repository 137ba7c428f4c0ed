import { describe, expect, test } from 'vitest';
import { assembleNarration, wholeBlock } from '../../../src/narration/audio/assemble.ts';
import { TEST_ENGINES_ON } from '../../../src/lib/site/build-flags.ts';
import { loadEngine } from '../../../src/narration/engines/registry.ts';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('silence engine', () => {
  test('is refused outside a test or benchmark run, since a site narrated with it would publish silence', async () => {
    await expect(loadEngine('silence', {}, {})).rejects.toThrow(
      'speech engine "silence" is for tests and benchmarks only: it makes no speech (they set LECTERN_TEST_ENGINES=on)',
    );
  });
  test('lasts as long as the words take to say at 150 words a minute, at 16 kHz', async () => {
    const engine = await loadEngine('silence', {}, TEST_ENGINES_ON);
    const speech = await engine.synthesize(words(150), 'none');
    expect(speech.sampleRate).toBe(16_000);
    expect(speech.samples.length).toBe(60 * 16_000);
    expect((await engine.synthesize(words(5), 'none')).samples.length).toBe(2 * 16_000);
  });
  test('counts words, not punctuation or spacing', async () => {
    const engine = await loadEngine('silence', {}, TEST_ENGINES_ON);
    const speech = await engine.synthesize('  One,  two — three!\n\n— ', 'none');
    expect(speech.samples.length).toBe((3 * 60 * 16_000) / 150);
  });
  test('survives assembly: no block is trimmed away as inaudible', async () => {
    const engine = await loadEngine('silence', {}, TEST_ENGINES_ON);
    const [a, b] = await Promise.all([engine.synthesize(words(15), 'none'), engine.synthesize(words(30), 'none')]);
    const { timings } = assembleNarration(
      [wholeBlock('a', 'paragraph', a.samples), wholeBlock('b', 'paragraph', b.samples)],
      16_000,
    );
    expect(timings.map(({ start, end }) => end - start)).toEqual([6, 12]);
  });
  test('takes no options, naming the one given', async () => {
    await expect(loadEngine('silence', { speed: 2 }, TEST_ENGINES_ON)).rejects.toThrow(
      /engine "silence" has no option "speed"; it takes none/,
    );
  });
});
