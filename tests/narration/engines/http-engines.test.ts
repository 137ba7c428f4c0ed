// The HTTP engines against a fake server on 127.0.0.1 (tests/support/fake-speech-server.ts), standing in for cloud
// services that these machines cannot reach. Everything on our side is real: fetch, the retries, the decoders, the pool.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SpokenBlock } from '../../../src/lib/essay-body/spoken-blocks.ts';
import type { EngineOptions } from '../../../src/narration/engines/engine-options.ts';
import type { Speech } from '../../../src/narration/audio/speech.ts';
import { loadEngine } from '../../../src/narration/engines/registry.ts';
import { KEPT_NARRATION } from '../../../src/narration/pipeline/manifest.ts';
import { narrateEssay } from '../../../src/narration/pipeline/narrate-essay.ts';
import { synthesizeAll } from '../../../src/narration/pipeline/synth-pool.ts';
import {
  FAKE_KEY,
  SECONDS_PER_CHARACTER,
  TONE_AMPLITUDE,
  startFakeSpeechServer,
  type FakeSpeechServer,
} from '../../support/fake-speech-server.ts';

// Our own variable names, so that a real key in the environment can neither leak into nor disturb these tests.
const OPENAI_KEY_ENV = 'LECTERN_TEST_OPENAI_KEY';
const ELEVENLABS_KEY_ENV = 'LECTERN_TEST_ELEVENLABS_KEY';

let server: FakeSpeechServer;
beforeEach(async () => {
  server = await startFakeSpeechServer();
  vi.stubEnv(OPENAI_KEY_ENV, FAKE_KEY);
  vi.stubEnv(ELEVENLABS_KEY_ENV, FAKE_KEY);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

const openai = (options: EngineOptions = {}) =>
  loadEngine('openai', { baseUrl: server.baseUrl, apiKeyEnv: OPENAI_KEY_ENV, ...options });
const elevenlabs = (options: EngineOptions = {}) =>
  loadEngine('elevenlabs', { baseUrl: server.baseUrl, apiKeyEnv: ELEVENLABS_KEY_ENV, ...options });
const peak = ({ samples }: Speech): number => samples.reduce((max, x) => Math.max(max, Math.abs(x)), 0);
const seconds = ({ samples, sampleRate }: Speech): number => samples.length / sampleRate;
const timed = async (run: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

describe('openai engine', () => {
  test('decodes the WAV the service streams (size fields 0xFFFFFFFF) at its own 24 kHz', async () => {
    const speech = await (await openai()).synthesize('Hello there.', 'alloy');
    expect(speech.sampleRate).toBe(24_000);
    expect(seconds(speech)).toBeCloseTo('Hello there.'.length * SECONDS_PER_CHARACTER, 3);
    expect(peak(speech)).toBeCloseTo(TONE_AMPLITUDE, 2);
  });

  test('POSTs /v1/audio/speech with the bearer key and { model, input, voice, response_format: "wav" }', async () => {
    await (await openai({ model: 'tts-1-hd' })).synthesize('Hello there.', 'nova');
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/audio/speech');
    expect(request?.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual({ model: 'tts-1-hd', input: 'Hello there.', voice: 'nova', response_format: 'wav' });
  });

  test('sends the text as written, and says so, so that narration skips the spelling made for flite', async () => {
    const engine = await openai();
    await engine.synthesize('Grüße: 42 € — “quoted”, e.g. 3.5%.', 'alloy');
    expect(server.requests[0]?.body).toMatchObject({ input: 'Grüße: 42 € — “quoted”, e.g. 3.5%.' });
    expect(engine.readsTextAsWritten).toBe(true);
  });

  test('defaults: api.openai.com, gpt-4o-mini-tts, four requests at once; the version names model and host', async () => {
    const engine = await loadEngine('openai');
    expect(engine.version).toBe('gpt-4o-mini-tts at api.openai.com');
    expect(engine.concurrency).toBe(4);
    expect((await openai({ model: 'tts-1' })).version).toBe(`tts-1 at ${new URL(server.baseUrl).host}`);
  });

  test('names the environment variable when the API key is missing, and sends nothing', async () => {
    vi.stubEnv('OPENAI_API_KEY', undefined);
    const engine = await loadEngine('openai', { baseUrl: server.baseUrl });
    await expect(engine.synthesize('Hello.', 'alloy')).rejects.toThrow(
      'openai needs an API key: set the environment variable OPENAI_API_KEY',
    );
    vi.stubEnv(OPENAI_KEY_ENV, '');
    await expect((await openai()).synthesize('Hello.', 'alloy')).rejects.toThrow(
      `set the environment variable ${OPENAI_KEY_ENV}`,
    );
    expect(server.requests).toHaveLength(0);
  });

  test("reports a refused key with the status and the service's own message, and does not retry it", async () => {
    vi.stubEnv(OPENAI_KEY_ENV, 'sk-wrong');
    await expect((await openai()).synthesize('Hello.', 'alloy')).rejects.toThrow(
      `openai: HTTP 401 from ${server.baseUrl}/v1/audio/speech: Incorrect API key provided: sk-wr***ng.`,
    );
    expect(server.requests).toHaveLength(1);
  });

  test('retries a 429 after the wait that Retry-After names, then succeeds', async () => {
    server.script({
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '1' },
      body: '{"error":{"message":"Rate limit reached"}}',
    });
    const engine = await openai();
    const elapsed = await timed(() => engine.synthesize('Hello.', 'alloy'));
    expect(server.requests).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
  });

  test('backs off by itself when a 5xx names no wait', async () => {
    server.script({ status: 503, body: 'upstream unavailable' });
    const engine = await openai();
    const elapsed = await timed(() => engine.synthesize('Hello.', 'alloy'));
    expect(server.requests).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
  });

  test('gives up after three tries of a 500, quoting the service', async () => {
    const failure = {
      status: 500,
      headers: { 'content-type': 'application/json', 'retry-after': '0' },
      body: '{"error":{"message":"The server had an error while processing your request."}}',
    };
    server.script(failure, failure, failure, failure);
    await expect((await openai()).synthesize('Hello.', 'alloy')).rejects.toThrow(
      /openai: HTTP 500 from .*: The server had an error while processing your request\. \(gave up after 3 tries\)/,
    );
    expect(server.requests).toHaveLength(3);
  });

  test('gives up at once when the service asks to wait more than a minute', async () => {
    server.script({
      status: 429,
      headers: { 'retry-after': '3600' },
      body: '{"error":{"message":"You exceeded your current quota"}}',
    });
    await expect((await openai()).synthesize('Hello.', 'alloy')).rejects.toThrow(
      /You exceeded your current quota \(it asks to wait 3600 s before retrying; giving up\)/,
    );
    expect(server.requests).toHaveLength(1);
  });

  test('gives up on a service that does not answer in time', async () => {
    server.script({ status: 200, delayMs: 5000 });
    const engine = await openai({ timeoutSeconds: 0.2 });
    let failure: unknown;
    const elapsed = await timed(() =>
      engine.synthesize('Hello.', 'alloy').catch((error: unknown) => (failure = error)),
    );
    expect(String(failure)).toContain(`openai: no answer from ${server.baseUrl}/v1/audio/speech within 0.2 s`);
    expect(elapsed).toBeLessThan(2000);
  });

  test('rejects an answer that is not audio, quoting it', async () => {
    server.script({
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<html><body>Please sign in to the proxy</body></html>',
    });
    await expect((await openai()).synthesize('Hello.', 'alloy')).rejects.toThrow(
      /answered with text\/html, not audio: <html><body>Please sign in to the proxy/,
    );
  });

  test('says when the server cannot be reached', async () => {
    const engine = await openai();
    await server.close();
    server = await startFakeSpeechServer();
    await expect(engine.synthesize('Hello.', 'alloy')).rejects.toThrow(
      /openai: could not reach http:\/\/127\.0\.0\.1:\d+\/v1\/audio\/speech: .*ECONNREFUSED/,
    );
  });

  test('rejects a base URL that ends in /v1, which the OpenAI SDKs use but would double the path', async () => {
    await expect(loadEngine('openai', { baseUrl: 'https://api.openai.com/v1' })).rejects.toThrow(
      /"baseUrl" of engine "openai" must not end in \/v1/,
    );
  });
});

describe('elevenlabs engine', () => {
  test('turns the raw 16 kHz PCM into samples', async () => {
    const speech = await (await elevenlabs()).synthesize('Hello there.', 'JBFqnCBsd6RMkjVDRZzb');
    expect(speech.sampleRate).toBe(16_000);
    expect(seconds(speech)).toBeCloseTo('Hello there.'.length * SECONDS_PER_CHARACTER, 3);
    expect(peak(speech)).toBeCloseTo(TONE_AMPLITUDE, 2);
  });

  test('POSTs /v1/text-to-speech/{voice}?output_format=pcm_16000 with xi-api-key and { text, model_id }', async () => {
    await (await elevenlabs()).synthesize('Grüße, 42 €.', 'voice/with?odd#chars');
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/text-to-speech/voice%2Fwith%3Fodd%23chars?output_format=pcm_16000');
    expect(request?.headers['xi-api-key']).toBe(FAKE_KEY);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body).toEqual({ text: 'Grüße, 42 €.', model_id: 'eleven_multilingual_v2' });
  });

  test("defaults: two requests at once (the Free plan's limit); the model is in the version", async () => {
    const engine = await elevenlabs({ model: 'eleven_flash_v2_5' });
    expect(engine.concurrency).toBe(2);
    expect(engine.version).toBe('eleven_flash_v2_5 pcm_16000');
    expect(engine.readsTextAsWritten).toBe(true);
  });

  test('names ELEVENLABS_API_KEY when no key is set', async () => {
    vi.stubEnv('ELEVENLABS_API_KEY', undefined);
    const engine = await loadEngine('elevenlabs', { baseUrl: server.baseUrl });
    await expect(engine.synthesize('Hello.', 'voice')).rejects.toThrow(
      'elevenlabs needs an API key: set the environment variable ELEVENLABS_API_KEY',
    );
    expect(server.requests).toHaveLength(0);
  });

  test("reports a refused key with the service's message", async () => {
    vi.stubEnv(ELEVENLABS_KEY_ENV, 'wrong');
    await expect((await elevenlabs()).synthesize('Hello.', 'voice')).rejects.toThrow(
      /elevenlabs: HTTP 401 from .*: Invalid API key$/,
    );
  });

  test("quotes a validation error's first complaint", async () => {
    server.script({
      status: 422,
      headers: { 'content-type': 'application/json' },
      body: '{"detail":[{"loc":["body","text"],"msg":"Field required","type":"missing"}]}',
    });
    await expect((await elevenlabs()).synthesize('Hello.', 'voice')).rejects.toThrow(
      /HTTP 422 from .*: Field required$/,
    );
  });

  test('retries a 429 that gives only a status, and names that status if every try fails', async () => {
    const busy = {
      status: 429,
      headers: { 'retry-after': '0' },
      body: '{"detail":{"status":"too_many_concurrent_requests"}}',
    };
    server.script(busy);
    await (await elevenlabs()).synthesize('Hello.', 'voice');
    expect(server.requests).toHaveLength(2);
    server.script(busy, busy, busy);
    await expect((await elevenlabs()).synthesize('Hello.', 'voice')).rejects.toThrow(
      /too_many_concurrent_requests \(gave up after 3 tries\)/,
    );
  });
});

describe('HTTP engines in the narration pipeline', () => {
  test('synthesizeAll runs the openai engine in worker threads with the configured options, at most `concurrency` at once', async () => {
    // Slow answers, so that the workers' requests overlap; 3 differs from the core count of the usual machine.
    server.speakAfter(300);
    const texts = [
      'One.',
      'The second text, a good deal longer.',
      'Three.',
      'Four, of middling length.',
      'Five.',
      'Six.',
    ];
    const options = { baseUrl: server.baseUrl, model: 'pool-model', apiKeyEnv: OPENAI_KEY_ENV, concurrency: 3 };
    const results = await synthesizeAll({ engine: 'openai', options }, 'nova', texts);
    expect(results.map(seconds).map((s) => Math.round(s / SECONDS_PER_CHARACTER))).toEqual(texts.map((t) => t.length));
    expect(server.requests.map((r) => r.body)).toEqual(
      expect.arrayContaining(
        texts.map((input) => ({ model: 'pool-model', input, voice: 'nova', response_format: 'wav' })),
      ),
    );
    expect(server.maxInFlight()).toBe(3);
  });

  test('the pool reports an HTTP failure with the text it was speaking', async () => {
    vi.stubEnv(OPENAI_KEY_ENV, 'sk-wrong');
    const options = { baseUrl: server.baseUrl, apiKeyEnv: OPENAI_KEY_ENV };
    await expect(synthesizeAll({ engine: 'openai', options }, 'alloy', ['Hello.'])).rejects.toThrow(
      /openai failed on text 1 of 1 \("Hello\."\): openai: HTTP 401 from .*: Incorrect API key provided/,
    );
  });

  describe('narrateEssay with an HTTP engine', () => {
    let site: string;
    const cwd = process.cwd();
    // narrateEssay writes under .cache/narration in the working directory: a throwaway one here.
    beforeAll(() => {
      site = mkdtempSync(join(tmpdir(), 'lectern-http-narration-'));
      process.chdir(site);
    });
    afterAll(() => {
      process.chdir(cwd);
      rmSync(site, { recursive: true, force: true });
    });

    test('sends each block as written and publishes a manifest without the engine options', async () => {
      const blocks: SpokenBlock[] = [
        { id: 'h-price', kind: 'heading', text: 'The price' },
        { id: 'p-1', kind: 'paragraph', text: 'In 2026, 42% of us paid 3 € — or more.' },
      ];
      const options = { baseUrl: server.baseUrl, model: 'essay-model', apiKeyEnv: OPENAI_KEY_ENV };
      const engine = await loadEngine('openai', options);
      const voice = {
        engine: engine.id,
        engineVersion: engine.version,
        voice: 'alloy',
        options,
        readsTextAsWritten: true,
      };
      const manifest = await narrateEssay({ slug: 'priced', blocks, inputs: 'test' }, voice);

      expect(server.requests.map((r) => (r.body as { input: string }).input).sort()).toEqual(
        blocks.map((b) => b.text).sort(),
      );
      const published = readFileSync(join(site, KEPT_NARRATION, 'priced.json'), 'utf8');
      expect(JSON.parse(published)).toEqual(manifest);
      expect(Object.keys(manifest)).not.toContain('options');
      expect(published).not.toContain(FAKE_KEY);
      expect(manifest.engineVersion).toBe(engine.version);
      expect(existsSync(join(site, KEPT_NARRATION, 'priced.mp3'))).toBe(true);
    });
  });
});
