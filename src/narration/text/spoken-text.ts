// Turns display text into what flite should say: ASCII only, numbers and symbols in words, pauses where the eye sees them.
import { MONTH_NAMES } from '../../lib/formats/dates.ts';
import { respellForFlite } from './flite-respellings.ts';
import { cardinal, decimal, digits, ordinal, pluralWords, year } from './number-words.ts';

type Step = (text: string) => string;

const CURRENCIES: Readonly<Record<string, readonly [unit: string, units: string, cent: string, cents: string]>> = {
  $: ['dollar', 'dollars', 'cent', 'cents'],
  '€': ['euro', 'euros', 'cent', 'cents'],
  '£': ['pound', 'pounds', 'penny', 'pence'],
  '¥': ['yen', 'yen', '', ''],
};
// "£3m", "$2bn", "$40k": the short scales of money in headlines and prose.
const MONEY_SCALES: Readonly<Record<string, string>> = {
  k: 'thousand',
  m: 'million',
  mn: 'million',
  b: 'billion',
  bn: 'billion',
  tn: 'trillion',
};
// Units after a number, in the spelling flite's lexicon knows (it has "meters", not "metres"); singular for exactly 1.
// Left out as too ambiguous after a number: m (metres, minutes, million), s, h, in, l, t.
const UNITS: Readonly<Record<string, readonly [one: string, many: string]>> = {
  'km/h': ['kilometer per hour', 'kilometers per hour'],
  mph: ['mile per hour', 'miles per hour'],
  kph: ['kilometer per hour', 'kilometers per hour'],
  km: ['kilometer', 'kilometers'],
  cm: ['centimeter', 'centimeters'],
  mm: ['millimeter', 'millimeters'],
  kg: ['kilogram', 'kilograms'],
  mg: ['milligram', 'milligrams'],
  ml: ['milliliter', 'milliliters'],
  mL: ['milliliter', 'milliliters'],
  lb: ['pound', 'pounds'],
  lbs: ['pound', 'pounds'],
  oz: ['ounce', 'ounces'],
  ft: ['foot', 'feet'],
  Hz: ['hertz', 'hertz'],
  kHz: ['kilohertz', 'kilohertz'],
  MHz: ['megahertz', 'megahertz'],
  GHz: ['gigahertz', 'gigahertz'],
  kB: ['kilobyte', 'kilobytes'],
  KB: ['kilobyte', 'kilobytes'],
  MB: ['megabyte', 'megabytes'],
  GB: ['gigabyte', 'gigabytes'],
  TB: ['terabyte', 'terabytes'],
  kbps: ['kilobit per second', 'kilobits per second'],
  Mbps: ['megabit per second', 'megabits per second'],
  Gbps: ['gigabit per second', 'gigabits per second'],
  ms: ['millisecond', 'milliseconds'],
};
const UNIT_PATTERN = new RegExp(
  `(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?)\\s?(${Object.keys(UNITS)
    .sort((a, b) => b.length - a.length)
    .map((unit) => unit.replace('/', '\\/'))
    .join('|')})(?![\\w/])`,
  'g',
);
// Monarchs and popes take ordinals: "Henry VIII" is "Henry the eighth", where "World War II" is "World War two".
const REGNAL_NAMES = [
  'Alexander',
  'Alfonso',
  'Anne',
  'Benedict',
  'Boniface',
  'Catherine',
  'Charles',
  'Clement',
  'Constantine',
  'Edward',
  'Elizabeth',
  'Ferdinand',
  'Frederick',
  'George',
  'Gregory',
  'Gustav',
  'Henry',
  'Innocent',
  'Ivan',
  'James',
  'John',
  'Leo',
  'Louis',
  'Ludwig',
  'Mary',
  'Napoleon',
  'Nicholas',
  'Otto',
  'Paul',
  'Peter',
  'Philip',
  'Pius',
  'Ptolemy',
  'Ramesses',
  'Richard',
  'Urban',
  'Wilhelm',
  'William',
];
const REGNAL_PATTERN = new RegExp(`\\b(${REGNAL_NAMES.join('|')}) ([IVX]{1,5})\\b`, 'g');
const FRACTIONS: Readonly<Record<number, readonly [one: string, many: string]>> = {
  2: ['half', 'halves'],
  3: ['third', 'thirds'],
  4: ['quarter', 'quarters'],
  5: ['fifth', 'fifths'],
  6: ['sixth', 'sixths'],
  8: ['eighth', 'eighths'],
  10: ['tenth', 'tenths'],
};
// Slashed numbers that are names, not fractions.
const SLASHED_NAMES: Readonly<Record<string, string>> = { '24/7': 'twenty-four seven', '9/11': 'nine eleven' };
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
// All-caps words that English speakers say as words, not letters.
const SAID_AS_WORDS = new Set([
  'NASA',
  'NATO',
  'UNESCO',
  'UNICEF',
  'OPEC',
  'FIFA',
  'NAFTA',
  'LASER',
  'RADAR',
  'SCUBA',
  'AIDS',
  'ASCII',
  'GIF',
  'JPEG',
  'PIN',
  'RAM',
  'ROM',
  'SIM',
  'SWAT',
  'IKEA',
  'LEGO',
  'ZIP',
  'WIFI',
  'COVID',
  'CAPTCHA',
]);
const ROMAN_NUMERALS = [
  '',
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
];
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

const numberOf = (text: string): number => Number(text.replace(/,/g, ''));

function unifyCharacters(text: string): string {
  return text
    .replace(/[™®]/g, '')
    .normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/⁄/g, '/')
    .replace(/[−‒]/g, '-');
}

function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆœŒøØłŁđĐþÞðı]/g, (letter) => LETTERS[letter] ?? letter);
}

// A listener needs to know where a link goes, not its path: "https://www.w3.org/TR/x" → "w3 dot org".
function sayLinks(text: string): string {
  const host = (name: string): string =>
    name
      .toLowerCase()
      .replace(/^www\./, '')
      .split('.')
      .join(' dot ');
  return text
    .replace(
      /\b(?:https?:\/\/|(?=www\.))([\w-]+(?:\.[\w-]+)+)(?::\d+)?(?:[/?#][^\s]*?)?(?=[.,;:!?)]*(?:\s|$))/gi,
      (_, name: string) => host(name),
    )
    .replace(
      /\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b/g,
      (_, user: string, name: string) => `${user.split('.').join(' dot ')} at ${host(name)}`,
    );
}

// "etc." keeps its period only where it also ends the sentence.
function sayAbbreviations(text: string): string {
  return text
    .replace(/\be\.g\.(?=[\s,;:)]|$)/gi, 'for example')
    .replace(/\bi\.e\.(?=[\s,;:)]|$)/gi, 'that is')
    .replace(/\betc\.(\s+(?=[A-Z])|\s*$)?/g, (_, end: string | undefined) =>
      end === undefined ? 'et cetera' : `et cetera.${end}`,
    )
    .replace(/\bvs\.?(?=\s)/gi, 'versus')
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

const sayRegnalNumbers: Step = (text) =>
  text.replace(REGNAL_PATTERN, (name: string, who: string, numeral: string) => {
    const n = ROMAN_NUMERALS.indexOf(numeral);
    return n > 0 ? `${who} the ${ordinal(n)}` : name;
  });

function sayCurrency(text: string): string {
  const pattern =
    /([$€£¥])\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s(thousand|million|billion|trillion)\b|(k|mn?|bn?|tn)\b)?/gi;
  return text.replace(
    pattern,
    (
      _,
      symbol: string,
      whole: string,
      fraction: string | undefined,
      word: string | undefined,
      short: string | undefined,
    ) => {
      const [unit, units, cent, cents] = CURRENCIES[symbol] ?? ['', '', '', ''];
      const scale = word?.toLowerCase() ?? (short === undefined ? undefined : MONEY_SCALES[short.toLowerCase()]);
      const amount = numberOf(whole);
      if (scale)
        return `${fraction ? decimal(`${whole.replace(/,/g, '')}.${fraction}`) : cardinal(amount)} ${scale} ${units}`;
      if (fraction === undefined || fraction.length !== 2 || !cent) {
        const words = fraction === undefined ? cardinal(amount) : decimal(`${whole.replace(/,/g, '')}.${fraction}`);
        return `${words} ${amount === 1 && fraction === undefined ? unit : units}`;
      }
      const small = Number(fraction);
      const main = amount > 0 ? `${cardinal(amount)} ${amount === 1 ? unit : units}` : '';
      const change = small > 0 ? `${cardinal(small)} ${small === 1 ? cent : cents}` : '';
      return [main, change].filter(Boolean).join(' ') || `zero ${units}`;
    },
  );
}

// 2026-10-27 → "October twenty-seventh, twenty twenty-six".
function sayIsoDates(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (date: string, y: string, m: string, d: string) => {
    const month = MONTH_NAMES[Number(m) - 1];
    return month && Number(d) >= 1 && Number(d) <= 31 ? `${month} ${ordinal(Number(d))}, ${year(Number(y))}` : date;
  });
}

function sayRangesAndDashes(text: string): string {
  return text
    .replace(/(\d)\s?[–—-]\s?(?=[$€£¥]?\d)/g, '$1 to ')
    .replace(/(^|[\s(])-(?=\d)/g, '$1minus ')
    .replace(/\s*(?:[—–]|\s-{1,2}\s|--)\s*/g, ', ');
}

// An ellipsis is a pause: a full stop before a new sentence, a comma inside one.
function sayEllipses(text: string): string {
  return text
    .replace(/(^|[("])\s*\.{3}\s*/g, '$1')
    .replace(/\s*\.{3}(\s+(?=[A-Z"])|\s*$)/g, '.$1')
    .replace(/\s*\.{3}\s*/g, ', ');
}

// flite reads "(b)" without a pause; commas give the aside the pause a reader hears.
const sayParentheses: Step = (text) => text.replace(/\s*[([]\s*/g, ', ').replace(/\s*[)\]]/g, ',');

function sayOrdinalsAndDecades(text: string): string {
  return text
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/gi, (_, n: string) => ordinal(Number(n)))
    .replace(/\b(\d{3}0)'?s\b/g, (_, y: string) => pluralWords(year(Number(y))))
    .replace(
      /(^|\s)'?([1-9])0'?s\b/g,
      (_, before: string, tens: string) => `${before}${pluralWords(cardinal(Number(tens) * 10))}`,
    );
}

function sayTimes(text: string): string {
  const clock = (h: string, m: string): string =>
    `${cardinal(Number(h))}${m === '00' ? '' : ` ${m.startsWith('0') ? `oh ${cardinal(Number(m))}` : cardinal(Number(m))}`}`;
  return text
    .replace(/\b(\d{1,2}):(\d{2})(?:\s?([ap])\.?m\b\.?)?/gi, (_, h: string, m: string, half: string | undefined) =>
      half ? `${clock(h, m)} ${half.toUpperCase()} M` : m === '00' ? `${cardinal(Number(h))} o'clock` : clock(h, m),
    )
    .replace(
      /\b(\d{1,2})\s?([ap])\.?m\b\.?/gi,
      (_, h: string, half: string) => `${cardinal(Number(h))} ${half.toUpperCase()} M`,
    );
}

// "3.5 kg" → "3.5 kilograms", "10km" → "10 kilometers"; the number itself is said later, with the others.
function sayUnits(text: string): string {
  return text
    .replace(/°\s?C\b/g, ' degrees Celsius')
    .replace(/°\s?F\b/g, ' degrees Fahrenheit')
    .replace(UNIT_PATTERN, (_, amount: string, unit: string) => {
      const [one, many] = UNITS[unit] ?? [unit, unit];
      return `${amount} ${amount === '1' ? one : many}`;
    });
}

// A bare four-digit number from 1100 to 2099 is almost always a year in prose (and "fifteen hundred words" is fine too).
const sayYears: Step = (text) =>
  text.replace(/(?<![\d.,])\b(1[1-9]\d\d|20\d\d)\b(?![.,]\d)/g, (_, y: string) => year(Number(y)));

// Fractions, and ratios such as 4:3 (clock times, with two digits after the colon, are said before this).
function sayFractions(text: string): string {
  return text
    .replace(
      /\b(\d+):(\d)\b/g,
      (_, left: string, right: string) => `${cardinal(Number(left))} to ${cardinal(Number(right))}`,
    )
    .replace(/\b(\d+)\/(\d+)\b/g, (slashed: string, top: string, bottom: string) => {
      const name = SLASHED_NAMES[slashed];
      if (name) return name;
      const names = FRACTIONS[Number(bottom)];
      const count = Number(top);
      if (!names || count >= Number(bottom)) return `${cardinal(count)} over ${cardinal(Number(bottom))}`;
      return count === 1 ? `one ${names[0]}` : `${cardinal(count)} ${names[1]}`;
    });
}

// Remaining numbers: "1,500" → "one thousand five hundred", "4.5" → "four point five", a long code → its digits.
function sayNumbers(text: string): string {
  return text
    .replace(/([A-Za-z])(?=\d)|(\d)(?=[A-Za-z])/g, '$1$2 ')
    .replace(/\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)*/g, (n: string) => {
      if (n.includes('.')) return decimal(n.replace(/,/g, ''));
      return n.length > 15 ? digits(n) : cardinal(numberOf(n));
    });
}

// "CI/CD" is two acronyms; "and/or" and "read/write" are alternatives.
function saySymbols(text: string): string {
  return text
    .replace(/\b([A-Z]{2,5})\/(?=[A-Z]{2,5}\b)/g, '$1, ')
    .replace(/\band\/or\b/gi, 'and or')
    .replace(/([A-Za-z])\/(?=[A-Za-z])/g, '$1 or ')
    .replace(/\b([A-G])#(?![\w#])/g, '$1 sharp')
    .replace(/#(?=\d)/g, 'number ')
    .replace(/(\d)x\b/g, '$1 times')
    .replace(/[&+=@°×±<>§→~%©]/g, (symbol) => SYMBOLS[symbol] ?? ' ')
    .replace(/[#*_|\\^/{}¶†‡•·]/g, ' ');
}

// flite says "AWS" as one syllable and "AI" as "eye"; letters spelled out are what the reader means.
function spellAcronyms(text: string): string {
  return text.replace(/\b([A-Z]{2,5})(s|'s)?\b/g, (word: string, letters: string, plural: string | undefined) => {
    const roman = ROMAN_NUMERALS.indexOf(letters);
    if (roman > 1 && !plural) return cardinal(roman);
    if (SAID_AS_WORDS.has(letters)) return word;
    return `${[...letters].join(' ')}${plural ? "'s" : ''}`;
  });
}

// Anything still outside ASCII has no sound in flite; a space keeps the words apart.
const dropNonAscii: Step = (text) => text.replace(/[^\x20-\x7e\n]/g, ' ');

function tidyPunctuation(text: string): string {
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/,\s*([.;:!?])/g, '$1')
    .replace(/([.;:!?])\s*,/g, '$1')
    .replace(/(^|\n)\s*,\s*/g, '$1')
    .replace(/,\s*$/g, '.')
    .replace(/([,;:])(?=[A-Za-z])/g, '$1 ')
    .trim();
}

// Order matters: links before dashes, ranges before money, units before symbols ("km/h"), years before plain numbers,
// numbers and regnal numerals before acronyms.
const STEPS: readonly Step[] = [
  unifyCharacters,
  foldAccents,
  sayLinks,
  sayAbbreviations,
  sayRegnalNumbers,
  sayIsoDates,
  sayRangesAndDashes,
  sayCurrency,
  sayEllipses,
  sayParentheses,
  sayOrdinalsAndDecades,
  sayTimes,
  sayUnits,
  sayYears,
  sayFractions,
  saySymbols,
  sayNumbers,
  spellAcronyms,
  dropNonAscii,
  tidyPunctuation,
];

/** The words a listener should hear for a piece of display text: numbers, symbols and acronyms as words, in ASCII. */
export function toSpokenWords(text: string): string {
  return STEPS.reduce((current, step) => step(current), text);
}

/** What flite should say for a piece of display text: its spoken words, respelled where flite's lexicon errs. */
export function toSpokenText(text: string): string {
  return respellForFlite(toSpokenWords(text));
}
