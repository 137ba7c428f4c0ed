// The IPA a lexicon entry may give: the sounds of English names and words, read into phonemes longest symbol first,
// so that an entry's `ipa` is checked when the lexicon is read and an engine that takes phonemes can be given them.

/** Vowels, diphthongs first: "aɪ" is one sound, not "a" then "ɪ". */
export const IPA_VOWELS = [
  'aɪ',
  'aʊ',
  'eɪ',
  'oʊ',
  'əʊ',
  'ɔɪ',
  'ɪə',
  'eə',
  'ɛə',
  'ʊə',
  'iː',
  'uː',
  'ɑː',
  'ɔː',
  'ɜː',
  'aː',
  'eː',
  'oː',
  'i',
  'ɪ',
  'e',
  'ɛ',
  'æ',
  'a',
  'ɑ',
  'ɒ',
  'ɔ',
  'o',
  'ʌ',
  'ə',
  'ɐ',
  'ɚ',
  'ɜ',
  'ɝ',
  'ʊ',
  'u',
  // eSpeak's own IPA writes its reduced vowel so; an author copying from `espeak-ng --ipa` brings it.
  'ᵻ',
] as const;

/** Consonants, affricates (with or without the tie bar) before their parts; syllabic l, m and n with their mark. */
export const IPA_CONSONANTS = [
  't͡ʃ',
  'd͡ʒ',
  'tʃ',
  'dʒ',
  'ʧ',
  'ʤ',
  'l̩',
  'm̩',
  'n̩',
  'p',
  'b',
  't',
  'd',
  'k',
  'ɡ',
  'g',
  'f',
  'v',
  'θ',
  'ð',
  's',
  'z',
  'ʃ',
  'ʒ',
  'h',
  'x',
  'm',
  'n',
  'ŋ',
  'l',
  'ɫ',
  'ɹ',
  'r',
  'ɾ',
  'j',
  'w',
  'ʍ',
  'ʔ',
] as const;

/** Stress and boundaries: ˈ primary, ˌ secondary; a dot between syllables, a space between words. */
export const IPA_MARKS = ['ˈ', 'ˌ', '.', ' '] as const;

export type IpaSymbol = (typeof IPA_VOWELS)[number] | (typeof IPA_CONSONANTS)[number] | (typeof IPA_MARKS)[number];

const SYMBOLS: readonly IpaSymbol[] = [...IPA_VOWELS, ...IPA_CONSONANTS, ...IPA_MARKS].sort(
  (a, b) => b.length - a.length,
);

/** The IPA read into symbols, longest first; or the first character that is none of them, for the message. */
export function ipaSymbols(ipa: string): { symbols: IpaSymbol[] } | { unknown: string } {
  // Slashes and brackets are how IPA is quoted ("/ʃɪˈvɔːn/"), not sounds; a length mark alone lengthens nothing here.
  const bare = ipa.normalize('NFC').replace(/^[/[]|[/\]]$/g, '');
  const symbols: IpaSymbol[] = [];
  for (let at = 0; at < bare.length; ) {
    const symbol = SYMBOLS.find((s) => bare.startsWith(s, at));
    if (symbol === undefined) return { unknown: bare.slice(at, at + 1) };
    symbols.push(symbol);
    at += symbol.length;
  }
  return { symbols };
}
