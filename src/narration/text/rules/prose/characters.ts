// Characters a voice has no sound for: one spelling of each quote and dash, accents folded, the rest dropped.

// Letters flite cannot spell: ligatures and letters that Unicode does not decompose into a base letter and an accent.
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  ı: 'i',
};

export function unifyCharacters(text: string): string {
  return text
    .replace(/[™®]/g, '')
    .normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/⁄/g, '/')
    .replace(/[−‒]/g, '-');
}

export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆœŒøØłŁđĐþÞðı]/g, (letter) => LETTERS[letter] ?? letter);
}

// Anything still outside ASCII has no sound in flite; a space keeps the words apart. The said marks stay, for the
// article rule; the last step takes them out (said-marks.ts).
export const dropNonAscii: (text: string) => string = (text) => text.replace(/[^\x20-\x7e\n\uE002\uE003]/g, ' ');
