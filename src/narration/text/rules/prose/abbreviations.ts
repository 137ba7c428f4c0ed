// Abbreviations said in full: "e.g." is "for example", "p. 4" is "page 4".

// "etc." keeps its period only where it also ends the sentence.
export function sayAbbreviations(text: string): string {
  return (
    text
      .replace(/\be\.g\.(?=[\s,;:)]|$)/gi, 'for example')
      .replace(/\bi\.e\.?(?=[\s,;:)]|$)/gi, 'that is')
      .replace(/\bP\.S\.(?=\s|$)/g, 'P S')
      .replace(/\betc\.(\s+(?=[A-Z])|\s*$)?/g, (_, end: string | undefined) =>
        end === undefined ? 'et cetera' : `et cetera.${end}`,
      )
      // "VS" without a stop is a name ("VS Code"), not "versus".
      .replace(/\b(?:vs|Vs|VS)\.(?=\s)|\bvs(?=\s)/g, 'versus')
      .replace(/\bcf\.(?=\s)/gi, 'compare')
      .replace(/\bno\.\s?(?=\d)/gi, 'number ')
      .replace(/\bpp\.\s?(?=\d)/g, 'pages ')
      .replace(/\bp\.\s?(?=\d)/g, 'page ')
      .replace(/\bvol\.\s?(?=\d)/gi, 'volume ')
      .replace(/\bch\.\s?(?=\d)/gi, 'chapter ')
      .replace(/\bfig\.\s?(?=\d)/gi, 'figure ')
      .replace(/\bc(?:a)?\.\s?(?=\d{3,4}\b)/g, 'circa ')
      .replace(/\bapprox\.(?=\s)/gi, 'approximately')
  );
}
