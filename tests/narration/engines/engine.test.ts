import { describe, expect, test } from 'vitest';
import { loadEngine } from '../../../src/narration/engines/registry.ts';

describe('loadEngine', () => {
  test('loads flite and espeak by id', async () => {
    expect((await loadEngine('flite')).id).toBe('flite');
    expect((await loadEngine('espeak')).id).toBe('espeak');
  });
  test('rejects an unknown id, naming the known engines', async () => {
    await expect(loadEngine('festival')).rejects.toThrow(
      /Unknown speech engine "festival"; known engines: flite, espeak/,
    );
  });
  test('does not mistake an object property for an engine', async () => {
    await expect(loadEngine('toString')).rejects.toThrow(/Unknown speech engine/);
  });
});
