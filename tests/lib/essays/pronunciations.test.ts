import { describe, expect, it } from 'vitest';
import { mergeLexicons, parseLexiconFile, readLexicon } from '../../../src/lib/essays/pronunciations.ts';

const FILE = 'content/pronunciations.yml';

describe('the pronunciation lexicon', () => {
  it('reads the simple form, a respelling, and the full form with its match rule', () => {
    const lexicon = parseLexiconFile(
      'Siobhan: shiv-AWN\nNietzsche: { say: NEE-chuh, ipa: ˈniːtʃə }\nJS: { say: jay ess, match: case-sensitive }\nLa Jolla: la HOY-a\n',
      FILE,
    );
    expect([...lexicon]).toEqual([
      ['Siobhan', { say: 'shiv-AWN', match: 'word' }],
      ['Nietzsche', { say: 'NEE-chuh', ipa: 'ˈniːtʃə', match: 'word' }],
      ['JS', { say: 'jay ess', match: 'case-sensitive' }],
      ['La Jolla', { say: 'la HOY-a', match: 'phrase' }],
    ]);
  });

  it('keeps "no" and "on" as words, not YAML booleans', () => {
    expect(parseLexiconFile('Kyiv: no\n', FILE).get('Kyiv')?.say).toBe('no');
  });

  it('refuses bad YAML, naming the file and the line', () => {
    expect(() => parseLexiconFile('Siobhan: shiv-AWN\nKyiv: [keev\n', FILE)).toThrow(
      /^content\/pronunciations\.yml:\d:/,
    );
  });

  it('refuses a duplicate key, naming its line', () => {
    expect(() => parseLexiconFile('Kyiv: keev\nSiobhan: shiv-AWN\nKyiv: kiev\n', FILE)).toThrow(
      /^content\/pronunciations\.yml:3: duplicated mapping key/,
    );
  });

  it('refuses two spellings of one case-insensitive entry', () => {
    expect(() => parseLexiconFile('Kyiv: keev\nKYIV: kiev\n', FILE)).toThrow(
      'content/pronunciations.yml:2: "KYIV" is already an entry, as "Kyiv"',
    );
  });

  it('refuses an empty say, an unknown field, a wrong match rule, IPA it cannot read and an entry that would match inside a word', () => {
    const source = [
      'Siobhan: ""',
      'Kyiv: { say: keev, sound: x }',
      'Nguyen: { say: win, match: fuzzy }',
      "-ing: in'",
      'New York: { say: noo york, match: word }',
      'Llanelli: { say: hlan-ETH-lee, ipa: ɬaˈnɛɬi }',
      '',
    ].join('\n');
    let message = '';
    try {
      parseLexiconFile(source, FILE);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'content/pronunciations.yml:1: "Siobhan" needs a non-empty say',
      'content/pronunciations.yml:2: "Kyiv" has unknown field(s) sound; an entry takes say, ipa and match',
      'content/pronunciations.yml:3: "Nguyen" has match "fuzzy"; match is word, phrase, case-sensitive',
      'content/pronunciations.yml:4: "-ing" must start and end with a letter or digit, or it would match inside other words',
      'content/pronunciations.yml:5: "New York" has several words, so its match is phrase, not word',
      'content/pronunciations.yml:6: "Llanelli" has ipa "ɬaˈnɛɬi" with "ɬ", which is not an English IPA symbol Lectern knows',
    ]);
  });

  it('refuses a lexicon that is not a map', () => {
    expect(() => readLexicon(['Kyiv'], () => 'essay.mdx: pronunciations')).toThrow(
      'essay.mdx: pronunciations: pronunciations must be a map of words to how they are said',
    );
  });

  it("lets an essay's entry win over the site's, whatever its case", () => {
    const site = readLexicon({ Kyiv: 'kiev', Siobhan: 'shiv-AWN' }, () => FILE);
    const essay = readLexicon({ kyiv: 'keev' }, () => 'essay.mdx');
    expect([...mergeLexicons(site, essay)]).toEqual([
      ['Siobhan', { say: 'shiv-AWN', match: 'word' }],
      ['kyiv', { say: 'keev', match: 'word' }],
    ]);
  });
});
