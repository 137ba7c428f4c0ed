import { describe, expect, it } from 'vitest';
import type { SpokenBlock } from '../../../src/lib/essay-body/spoken-blocks.ts';
import { NO_PRONUNCIATIONS, readLexicon } from '../../../src/lib/essays/pronunciations.ts';
import { auditPronunciations } from '../../../src/narration/proofing/audit.ts';
import { knownToVoice } from '../../../src/narration/proofing/voice-lexicon.ts';

const paragraph = (text: string): SpokenBlock => ({ id: text.slice(0, 6), kind: 'paragraph', text });
const site = readLexicon({ Tsvetaeva: 'tsveh-TIE-eva' }, () => 'site');

describe('the pronunciation audit, against CMUdict (flite’s own lexicon)', () => {
  const rows = auditPronunciations(
    [
      {
        slug: 'letters',
        blocks: [
          paragraph('Tsvetaeva and Adichie read Nietzsche in the 1930s, on the 18th, with JAWS and GitHub ✓.'),
          paragraph('Adichie wrote back: the synthesiser doesn’t know Adichie. See https://nguyenwrites.example/Qzx.'),
        ],
        lexicon: readLexicon({ Tsvetaeva: 'tsveh-TIE-eva', Adichie: 'ah-DEE-chee-ay' }, () => 'essay'),
      },
      {
        slug: 'other',
        blocks: [paragraph('Adichie and Tsvetaeva again, and the house, the garden, the letters.')],
        lexicon: site,
      },
    ],
    knownToVoice,
    site,
  );
  const row = (word: string) => rows.find((r) => r.word === word);

  it('lists names, capitals, mixed case and symbols the dictionary lacks, most frequent first', () => {
    expect(rows.map(({ word, why, count }) => [word, why, count])).toEqual([
      ['Adichie', 'unknown name', 4],
      ['Tsvetaeva', 'unknown name', 2],
      ['✓', 'symbol', 1],
      ['GitHub', 'mixed case', 1],
      ['JAWS', 'all capitals', 1],
      ['synthesiser', 'unknown word', 1],
    ]);
  });

  it('counts a plural with its word, as one entry covers both', () => {
    const [row, ...others] = auditPronunciations(
      [{ slug: 'pg', blocks: [paragraph('The Airbnbs'), paragraph('Subject: Airbnb')], lexicon: NO_PRONUNCIATIONS }],
      knownToVoice,
      NO_PRONUNCIATIONS,
    );
    expect(others).toEqual([]);
    expect(row).toMatchObject({ word: 'Airbnb', count: 2 });
  });

  it('leaves out words the voice knows, numbers, contractions and URLs', () => {
    for (const word of ['Nietzsche', 'house', '1930s', '18th', 'doesn’t', 'doesn', 'Qzx', 'nguyenwrites']) {
      expect(row(word), word).toBeUndefined();
    }
  });

  it('says what already covers a word: the site lexicon, the essay’s own in every essay it is in, or nothing', () => {
    expect(row('Tsvetaeva')?.covered).toBe('site');
    expect(row('Adichie')).toMatchObject({ covered: undefined, essays: ['letters', 'other'] });
    const onlyLetters = auditPronunciations(
      [
        {
          slug: 'letters',
          blocks: [paragraph('Adichie')],
          lexicon: readLexicon({ Adichie: 'ah-DEE-chee-ay' }, () => 'e'),
        },
      ],
      knownToVoice,
      NO_PRONUNCIATIONS,
    );
    expect(onlyLetters).toEqual([
      { word: 'Adichie', why: 'unknown name', count: 1, essays: ['letters'], covered: 'essay' },
    ]);
  });
});
