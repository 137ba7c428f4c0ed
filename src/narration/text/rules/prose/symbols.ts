// Symbols in prose said as words: "&" is "and", "CI/CD" two acronyms, "C#" "C sharp".

const SYMBOLS: Readonly<Record<string, string>> = {
  '&': ' and ',
  '+': ' plus ',
  '=': ' equals ',
  '@': ' at ',
  '°': ' degrees ',
  '×': ' times ',
  '±': ' plus or minus ',
  '<': ' less than ',
  '>': ' greater than ',
  '§': ' section ',
  '→': ' to ',
  '~': ' about ',
  '%': ' percent ',
  '©': ' copyright ',
};

// "CI/CD" is two acronyms; "and/or" and "read/write" are alternatives.
export function saySymbols(text: string): string {
  return text
    .replace(/\b([A-Z]{2,5})\/(?=[A-Z]{2,5}\b)/g, '$1, ')
    .replace(/\band\/or\b/gi, 'and or')
    .replace(/([A-Za-z]) ?\/ ?(?=[A-Za-z])/g, '$1 or ')
    .replace(/\b([A-G])#(?![\w#])/g, '$1 sharp')
    .replace(/#(?=\d)/g, 'number ')
    .replace(/(\d)x\b/g, '$1 times')
    .replace(/[&+=@°×±<>§→~%©]/g, (symbol) => SYMBOLS[symbol] ?? ' ')
    .replace(/[#*_|\\^/{}¶†‡•·]/g, ' ');
}
