// Abbreviations said in full: "e.g." is "for example", "p. 4" is "page 4".

// "etc." keeps its period only where it also ends the sentence: two steps, since an optional group that matches
// nothing is undefined in JavaScript, and so "etc." at the very end lost its stop.
const ETC_ENDING = /\betc\.(?=\s+[A-Z]|\s*$)/g;
// "VS" without a stop is a name ("VS Code"), not "versus".
const VERSUS = /\b(?:vs|Vs|VS)\.(?=\s)|\bvs(?=\s)/g;

export function sayAbbreviations(text: string): string {
  return text
    .replace(/\be\.g\.(?=[\s,;:)]|$)/gi, 'for example')
    .replace(/\bi\.e\.?(?=[\s,;:)]|$)/gi, 'that is')
    .replace(/\bP\.S\.(?=\s|$)/g, 'P S')
    .replace(ETC_ENDING, 'et cetera.')
    .replace(/\betc\./g, 'et cetera')
    .replace(VERSUS, 'versus')
    .replace(/\bcf\.(?=\s)/gi, 'compare')
    .replace(/\bno\.\s?(?=\d)/gi, 'number ')
    .replace(/\bpp\.\s?(?=\d)/g, 'pages ')
    .replace(/\bp\.\s?(?=\d)/g, 'page ')
    .replace(/\bvol\.\s?(?=\d)/gi, 'volume ')
    .replace(/\bch\.\s?(?=\d)/gi, 'chapter ')
    .replace(/\bfig\.\s?(?=\d)/gi, 'figure ')
    .replace(/\bc(?:a)?\.\s?(?=\d{3,4}\b)/g, 'circa ')
    .replace(/\bapprox\.(?=\s)/gi, 'approximately');
}
