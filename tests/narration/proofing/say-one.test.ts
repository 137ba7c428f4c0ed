// `npm run narrate -- --say`: one word, as real flite says it with the lexicon applied, written as a playable MP3.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_PRONUNCIATIONS, readLexicon } from '../../../src/lib/essays/pronunciations.ts';
import { mp3DurationSeconds } from '../../../src/narration/audio/mp3.ts';
import { sayToFile } from '../../../src/narration/proofing/say-one.ts';

const dir = mkdtempSync(join(tmpdir(), 'lectern-say-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FLITE = { engine: 'flite', voice: 'rms' };

describe('saying one word', () => {
  it('gives the voice the lexicon’s respelling and writes an MP3 of it', async () => {
    const plain = await sayToFile('Tsvetaeva', FLITE, NO_PRONUNCIATIONS, join(dir, 'plain'));
    const fixed = await sayToFile(
      'Tsvetaeva',
      FLITE,
      readLexicon({ Tsvetaeva: 'tsveh-TIE-eva' }, () => 't'),
      dir,
    );
    expect(plain.spoken).toBe('Tsvetaeva');
    expect(fixed.spoken).toBe('Tsveh-tie-eva');
    expect(fixed.path).toBe(join(dir, 'tsvetaeva-flite-rms.mp3'));
    const seconds = mp3DurationSeconds(readFileSync(fixed.path));
    expect(seconds).toBeGreaterThan(0.3);
    expect(seconds).toBeLessThan(5);
    expect(readFileSync(fixed.path).equals(readFileSync(plain.path))).toBe(false);
  });

  it('refuses a text with no word in it', async () => {
    await expect(sayToFile(' -- ', FLITE, NO_PRONUNCIATIONS, dir)).rejects.toThrow(
      'narrate --say: " -- " has no word to say',
    );
  });
});
