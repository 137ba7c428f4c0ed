import { describe, expect, test } from 'vitest';
import { readEngineOptions } from '../../../src/narration/engines/engine-options.ts';
import { loadEngine } from '../../../src/narration/engines/registry.ts';

describe('readEngineOptions', () => {
  const known = ['baseUrl', 'model', 'timeoutSeconds', 'concurrency'];

  test('reads given options, and falls back to the defaults for the rest', () => {
    const read = readEngineOptions('openai', { model: 'tts-1', concurrency: 8 }, known);
    expect(read.string('model', 'gpt-4o-mini-tts')).toBe('tts-1');
    expect(read.count('concurrency', 4)).toBe(8);
    expect(read.positive('timeoutSeconds', 120)).toBe(120);
    expect(read.url('baseUrl', 'https://api.openai.com')).toBe('https://api.openai.com');
  });

  test('rejects a misspelt option, listing the ones the engine has', () => {
    expect(() => readEngineOptions('openai', { modle: 'tts-1' }, known)).toThrow(
      'narration engine "openai" has no option "modle"; its options are baseUrl, model, timeoutSeconds, concurrency',
    );
  });

  test('names a required option that is missing', () => {
    expect(() => readEngineOptions('piper', {}, ['model']).string('model')).toThrow(
      'narration engine "piper" needs the option "model"',
    );
  });

  test('rejects a value of the wrong kind, quoting it', () => {
    const read = readEngineOptions(
      'openai',
      { model: 42, concurrency: 1.5, timeoutSeconds: 0, baseUrl: 'ftp://example.org' },
      known,
    );
    expect(() => read.string('model')).toThrow(
      'narration option "model" of engine "openai" must be a non-empty string, not 42',
    );
    expect(() => read.count('concurrency', 4)).toThrow(
      '"concurrency" of engine "openai" must be a whole number, not 1.5',
    );
    expect(() => read.positive('timeoutSeconds', 120)).toThrow(
      '"timeoutSeconds" of engine "openai" must be a number above zero, not 0',
    );
    expect(() => read.url('baseUrl', 'https://api.openai.com')).toThrow(
      '"baseUrl" of engine "openai" must be an http or https URL, not "ftp://example.org"',
    );
  });

  test('drops a trailing slash from a URL, so paths join cleanly', () => {
    expect(readEngineOptions('openai', { baseUrl: 'http://localhost:8880/' }, known).url('baseUrl', '')).toBe(
      'http://localhost:8880',
    );
  });

  test('does not take an inherited property for an option', () => {
    expect(readEngineOptions('openai', {}, known).string('model', 'fallback')).toBe('fallback');
    expect(() => readEngineOptions('openai', {}, ['toString']).string('toString')).toThrow(
      'needs the option "toString"',
    );
  });
});

describe('loadEngine with options', () => {
  test('flite and espeak take none, so options meant for another engine fail', async () => {
    await expect(loadEngine('flite', { model: 'tts-1' })).rejects.toThrow(
      'narration engine "flite" has no option "model"; it takes none',
    );
    await expect(loadEngine('espeak', { voice: 'fr' })).rejects.toThrow(
      'narration engine "espeak" has no option "voice"; it takes none',
    );
  });

  test('flite stays the engine that reads spelled-out text, one text per core', async () => {
    const flite = await loadEngine('flite');
    expect(flite.readsTextAsWritten).toBeUndefined();
    expect(flite.concurrency).toBeUndefined();
  });

  test('knows the HTTP engines and piper by id', async () => {
    expect((await loadEngine('openai')).id).toBe('openai');
    expect((await loadEngine('elevenlabs')).id).toBe('elevenlabs');
    await expect(loadEngine('piper')).rejects.toThrow('narration engine "piper" needs the option "model"');
  });
});
