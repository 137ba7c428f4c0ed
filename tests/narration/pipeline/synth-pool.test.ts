import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test, vi } from 'vitest';
import { synthesizeAll } from '../../../src/narration/pipeline/synth-pool.ts';
import { FAKE_KEY, startFakeSpeechServer } from '../../support/fake-speech-server.ts';

// Our own variable name, so that a real key in the environment can neither leak into nor disturb this test.
const KEY_ENV = 'LECTERN_TEST_OPENAI_KEY';

describe('synthesizeAll (real worker threads, real flite)', () => {
  test('returns one result per text, in the order given', async () => {
    const texts = [
      'One.',
      'This second text is a good deal longer than the first one was.',
      'Two words.',
      'And the fourth text, which is the longest of them all, goes on for quite a while before it stops.',
      'Five.',
    ];
    const results = await synthesizeAll('flite', 'rms', texts);
    const seconds = results.map(({ samples, sampleRate }) => samples.length / sampleRate);
    expect(results).toHaveLength(texts.length);
    expect(results.every((r) => r.sampleRate === 16000)).toBe(true);
    expect(seconds[1]).toBeGreaterThan(2 * (seconds[0] ?? 0));
    expect(seconds[3]).toBeGreaterThan(seconds[1] ?? 0);
    expect(seconds[4]).toBeLessThan(seconds[3] ?? 0);
  });

  test("carries an engine's word timings back from the worker, and none where the engine gives none", async () => {
    const [spoken] = await synthesizeAll('espeak', 'en-us', ['Hello there, world.']);
    expect(spoken?.words?.map((w) => w.text)).toEqual(['Hello', 'there,', 'world.']);
    const [flat] = await synthesizeAll('flite', 'rms', ['Hello there, world.']);
    expect(flat?.words).toBeUndefined();
  });

  test('reports progress once per text, counting up to the total', async () => {
    const seen: Array<[number, number]> = [];
    await synthesizeAll('flite', 'slt', ['A.', 'B.', 'C.'], (done, total) => seen.push([done, total]));
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  test('speaks the longest texts first, so no thread idles while another finishes a long one', async () => {
    // One request at a time through the local stand-in server: the order it hears them in is the order handed out,
    // whatever the number of cores and however long each text takes.
    const server = await startFakeSpeechServer();
    vi.stubEnv(KEY_ENV, FAKE_KEY);
    try {
      const texts = [
        'A.',
        'B.',
        'The longest text of all, which takes a good while longer to say.',
        'C.',
        'A long text, though not the longest.',
      ];
      await synthesizeAll(
        { engine: 'openai', options: { baseUrl: server.baseUrl, apiKeyEnv: KEY_ENV, concurrency: 1 } },
        'alloy',
        texts,
      );
      expect(server.requests.map((request) => (request.body as { input: string }).input)).toEqual([
        texts[2],
        texts[4],
        texts[0],
        texts[1],
        texts[3],
      ]);
    } finally {
      vi.unstubAllEnvs();
      await server.close();
    }
  });

  test('speaks the texts in the order given when asked (inOrder), so a caller can use each block as it is whole', async () => {
    const server = await startFakeSpeechServer();
    vi.stubEnv(KEY_ENV, FAKE_KEY);
    try {
      const texts = ['A.', 'The longest text of all, which takes a good while longer to say.', 'C.'];
      await synthesizeAll(
        { engine: 'openai', options: { baseUrl: server.baseUrl, apiKeyEnv: KEY_ENV, concurrency: 1 } },
        'alloy',
        texts,
        undefined,
        { inOrder: true },
      );
      expect(server.requests.map((request) => (request.body as { input: string }).input)).toEqual(texts);
    } finally {
      vi.unstubAllEnvs();
      await server.close();
    }
  });

  test('speaks with espeak too', async () => {
    const [speech] = await synthesizeAll('espeak', 'en-us', ['Hello.']);
    expect(speech?.sampleRate).toBe(22050);
  });

  test('returns nothing for no texts, without starting workers', async () => {
    expect(await synthesizeAll('flite', 'rms', [])).toEqual([]);
  });

  test("fails with the number of the text and the engine's reason", async () => {
    await expect(synthesizeAll('flite', 'nobody', ['Fine.'])).rejects.toThrow(
      /flite failed on text 1 of 1 \("Fine\."\): flite has no voice "nobody"/,
    );
  });

  test('fails for an unknown engine', async () => {
    await expect(synthesizeAll('festival', 'rms', ['Hello.'])).rejects.toThrow(/Unknown speech engine "festival"/);
  });

  test('works from a plain Node script, as scripts/narrate.ts calls it (no Vite in between)', async () => {
    const pool = new URL('../../../src/narration/pipeline/synth-pool.ts', import.meta.url).href;
    const script = `import { synthesizeAll } from '${pool}';
      const [speech] = await synthesizeAll('flite', 'rms', ['Hello.']);
      console.log(speech.sampleRate, speech.samples.length > 8000);`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    expect(stdout.trim()).toBe('16000 true');
  });
});
