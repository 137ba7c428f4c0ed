// A lexicon entry's IPA in eSpeak NG's own phoneme mnemonics, which it reads between [[ and ]] in the text: espeak
// takes no IPA, and its English phoneme table (phsource/ph_english) names each sound as below.
import { IPA_VOWELS, type IpaSymbol, ipaSymbols } from '../../lib/essays/ipa.ts';

// A Record over every symbol, so a symbol the lexicon accepts cannot lack its espeak name.
const ESPEAK: Record<IpaSymbol, string> = {
  aɪ: 'aI',
  aʊ: 'aU',
  eɪ: 'eI',
  oʊ: 'oU',
  əʊ: 'oU',
  ɔɪ: 'OI',
  ɪə: 'I@',
  eə: 'e@',
  ɛə: 'e@',
  ʊə: 'U@',
  iː: 'i:',
  uː: 'u:',
  ɑː: 'A:',
  ɔː: 'O:',
  ɜː: '3:',
  aː: 'A:',
  eː: 'eI',
  oː: 'O:',
  i: 'i',
  ɪ: 'I',
  e: 'E',
  ɛ: 'E',
  æ: 'a',
  a: 'a',
  ɑ: 'A:',
  ɒ: '0',
  ɔ: 'O:',
  o: 'oU',
  ʌ: 'V',
  ə: '@',
  ɐ: 'V',
  ɚ: '3',
  ɜ: '3:',
  ɝ: '3:',
  ʊ: 'U',
  u: 'u:',
  ᵻ: 'I#',
  t͡ʃ: 'tS',
  d͡ʒ: 'dZ',
  tʃ: 'tS',
  dʒ: 'dZ',
  ʧ: 'tS',
  ʤ: 'dZ',
  l̩: '@L',
  m̩: '@m',
  n̩: '@n',
  p: 'p',
  b: 'b',
  t: 't',
  d: 'd',
  k: 'k',
  ɡ: 'g',
  g: 'g',
  f: 'f',
  v: 'v',
  θ: 'T',
  ð: 'D',
  s: 's',
  z: 'z',
  ʃ: 'S',
  ʒ: 'Z',
  h: 'h',
  x: 'x',
  m: 'm',
  n: 'n',
  ŋ: 'N',
  l: 'l',
  ɫ: 'l',
  ɹ: 'r',
  r: 'r',
  ɾ: 't',
  j: 'j',
  w: 'w',
  ʍ: 'w',
  ʔ: '?',
  ˈ: "'",
  ˌ: ',',
  '.': '',
  ' ': ' ',
};

// An r that ends a syllable colours its vowel: espeak has one phoneme for each ("near" is n'i@3, not n'Ir).
const RHOTIC: Partial<Record<IpaSymbol, string>> = {
  ɪ: 'i@3',
  ɪə: 'i@3',
  iː: 'i@3',
  ɛ: 'e@',
  e: 'e@',
  ɛə: 'e@',
  eə: 'e@',
  ʊ: 'U@',
  ʊə: 'U@',
  ɔː: 'O@',
  ɔ: 'O@',
  ɑː: 'A@',
  ɑ: 'A@',
};
const R: readonly IpaSymbol[] = ['ɹ', 'r'];
const VOWEL: ReadonlySet<IpaSymbol> = new Set(IPA_VOWELS);

const STRESS: readonly IpaSymbol[] = ['ˈ', 'ˌ'];

/**
 * espeak's name for each symbol, a vowel and the r closing its syllable as one. IPA marks stress before the
 * syllable ("ˈniː"), espeak before its vowel ("n'i:"), so a stress mark waits for the next vowel.
 */
function names(symbols: readonly IpaSymbol[]): string[] {
  const out: string[] = [];
  let stress = '';
  for (let i = 0; i < symbols.length; i++) {
    const symbol = symbols[i] as IpaSymbol;
    if (STRESS.includes(symbol)) {
      stress = ESPEAK[symbol];
      continue;
    }
    const [next, after] = [symbols[i + 1], symbols[i + 2]];
    const rhotic = RHOTIC[symbol];
    const closingR = rhotic && next !== undefined && R.includes(next) && !(after && VOWEL.has(after));
    if (VOWEL.has(symbol)) {
      out.push(stress);
      stress = '';
    }
    out.push(closingR ? rhotic : ESPEAK[symbol]);
    if (closingR) i++;
  }
  return out.filter((name) => name !== '');
}

const VOICELESS = new Set(['p', 't', 'k', 'f', 'T']);
const SIBILANT = new Set(['s', 'z', 'S', 'Z', 'tS', 'dZ']);

// "Nietzsche's" and "Nguyens": the ending after the entry, said as English says it after that last sound.
function ending(last: string, suffix: string): string {
  if (suffix === '' || suffix === "'" || suffix === '’') return '';
  if (SIBILANT.has(last)) return 'I#z';
  return VOICELESS.has(last) ? 's' : 'z';
}

/** The IPA as espeak's inline phonemes, with a possessive or plural ending; the lexicon has already checked the IPA. */
export function espeakPhonemes(ipa: string, suffix = ''): string {
  const read = ipaSymbols(ipa);
  if ('unknown' in read) throw new Error(`"${ipa}" has "${read.unknown}", which is not IPA the lexicon accepts`);
  const said = names(read.symbols);
  const sounds = said.filter((name) => !["'", ',', ' '].includes(name));
  return `[[${said.join('')}${ending(sounds.at(-1) ?? '', suffix)}]]`;
}
