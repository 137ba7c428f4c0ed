// Numbers as English words, so every engine says them the same way (flite reads "100th" as "one hundred th").

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];
const IRREGULAR_ORDINALS: Readonly<Record<string, string>> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};
// Beyond a quadrillion nobody says the number; reading the digits keeps it exact.
const LARGEST_SPOKEN = 1e15;

function belowHundred(n: number): string {
  if (n < 20) return ONES[n] ?? '';
  const ones = n % 10;
  return `${TENS[Math.floor(n / 10)] ?? ''}${ones ? `-${ONES[ones] ?? ''}` : ''}`;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts = hundreds ? [`${ONES[hundreds] ?? ''} hundred`] : [];
  if (rest || !hundreds) parts.push(belowHundred(rest));
  return parts.join(' ');
}

/** 1234 → "one thousand two hundred thirty-four"; a non-integer or huge number is read digit by digit. */
export function cardinal(n: number): string {
  if (!Number.isSafeInteger(n) || Math.abs(n) >= LARGEST_SPOKEN) return digits(String(n));
  if (n < 0) return `minus ${cardinal(-n)}`;
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    if (rest >= size) {
      parts.push(`${belowThousand(Math.floor(rest / size))} ${name}`);
      rest %= size;
    }
  }
  if (rest || parts.length === 0) parts.push(belowThousand(rest));
  return parts.join(' ');
}

/** 21 → "twenty-first", 100 → "one hundredth". */
export function ordinal(n: number): string {
  return cardinal(n).replace(/[a-z]+$/, (last) => {
    const irregular = IRREGULAR_ORDINALS[last];
    if (irregular) return irregular;
    return last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`;
  });
}

/** Years as people say them: 1998 → "nineteen ninety-eight", 1905 → "nineteen oh five", 2007 → "two thousand and seven". */
export function year(n: number): string {
  if (!Number.isInteger(n) || n < 1000 || n > 9999) return cardinal(n);
  if (n % 1000 === 0) return cardinal(n);
  if (n >= 2000 && n < 2010) return `two thousand and ${ONES[n - 2000] ?? ''}`;
  const century = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return `${belowHundred(century)} hundred`;
  return `${belowHundred(century)} ${rest < 10 ? `oh ${ONES[rest] ?? ''}` : belowHundred(rest)}`;
}

/** "0.25" → "zero point two five": digits after the point are read one by one, as people do. */
export function decimal(text: string): string {
  const [whole = '', ...fractions] = text.split('.');
  const wholeWords = whole === '' ? 'zero' : cardinal(Number(whole));
  return [wholeWords, ...fractions.map(digits)].join(' point ');
}

/** "4096" → "four zero nine six". */
export function digits(text: string): string {
  return [...text]
    .filter((c) => c >= '0' && c <= '9')
    .map((c) => ONES[Number(c)] ?? '')
    .join(' ');
}

/** Plural of a number said in words, for decades: "nineteen ninety" → "nineteen nineties". */
export function pluralWords(words: string): string {
  return words.replace(/[a-z]+$/, (last) => (last.endsWith('y') ? `${last.slice(0, -1)}ies` : `${last}s`));
}
