import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../../src/lib/essays/pronunciations.ts';
import { applyPronunciations } from '../../../src/narration/text/apply-pronunciations.ts';
import { espeakPhonemes } from '../../../src/narration/text/espeak-phonemes.ts';

const lexicon = readLexicon(
  {
    Siobhan: 'shiv-AWN',
    Kyiv: 'keev',
    'New York': 'noo york',
    'New York University': 'N Y U',
    JS: { say: 'jay ess', match: 'case-sensitive' },
  },
  () => 'test',
);
const said = (text: string): string => applyPronunciations(text, lexicon).text;

describe('applyPronunciations', () => {
  it('replaces whole words only, in any case unless marked, keeping a capital where the text had one', () => {
    expect(said('Siobhan met SIOBHAN; siobhanite and Siobhanland stay.')).toBe(
      'Shiv-awn met Shiv-awn; siobhanite and Siobhanland stay.',
    );
    expect(said('JS, not js or Js.')).toBe('Jay ess, not js or Js.');
  });

  it('keeps possessives and plurals after the respelling', () => {
    expect(said("Siobhan's book, Siobhan’s pen, two Siobhans.")).toBe(
      "Shiv-awn's book, Shiv-awn’s pen, two Shiv-awns.",
    );
  });

  it('lets the longest phrase win, across any spacing', () => {
    expect(said('New York University is in New\nYork.')).toBe('N Y U is in Noo york.');
  });

  it('lowers the capitals of a stressed syllable, which a voice would spell out, but not letters said one by one', () => {
    expect(said('Siobhan at New York University')).toBe('Shiv-awn at N Y U');
  });

  it('never touches a URL, an email address, a path or an identifier', () => {
    expect(
      said(
        'See https://example.org/Kyiv, https://maps.example/?q=Kyiv+centre, www.kyiv.ua, kyiv@example.org, /srv/kyiv, Kyiv_Map and @Kyiv; Kyiv-based.',
      ),
    ).toBe(
      'See https://example.org/Kyiv, https://maps.example/?q=Kyiv+centre, www.kyiv.ua, kyiv@example.org, /srv/kyiv, Kyiv_Map and @Kyiv; Keev-based.',
    );
  });

  it('says where each substitution was made and from which entry', () => {
    expect(applyPronunciations('From Kyiv to New York.', lexicon).substitutions).toEqual([
      { entry: 'Kyiv', index: 5, from: 'Kyiv', to: 'Keev' },
      { entry: 'New York', index: 13, from: 'New York', to: 'Noo york' },
    ]);
  });

  it('leaves text alone with an empty lexicon', () => {
    expect(applyPronunciations('Kyiv', new Map())).toEqual({ text: 'Kyiv', substitutions: [] });
  });
});

describe('applyPronunciations for an engine that takes phonemes', () => {
  const withIpa = readLexicon({ Nietzsche: { say: 'NEE-chuh', ipa: 'ˈniːtʃə' }, Siobhan: 'shiv-AWN' }, () => 'test');

  it("gives an entry's IPA in the engine's notation, its ending with it, and the respelling where there is no IPA", () => {
    expect(applyPronunciations("Nietzsche's Siobhan", withIpa, espeakPhonemes).text).toBe("[[n'i:tS@z]] Shiv-awn");
  });

  it('gives every engine without phonemes the respelling', () => {
    expect(applyPronunciations('Nietzsche', withIpa).text).toBe('Nee-chuh');
  });
});
