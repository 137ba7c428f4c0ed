// Turns display text into what a voice should say, as a sequence of small named rules (rules/): first the technical
// ones (inline code, markup, maths, addresses, versions, flags, emoji), which every engine gets, then the prose ones
// (numbers, dates, money, symbols, acronyms, pauses, ASCII), which only engines that do not read text as written get.
import { respellForFlite } from './flite-respellings.ts';
import { sayAbbreviations } from './rules/prose/abbreviations.ts';
import { spellAcronyms } from './rules/prose/acronyms.ts';
import { dropNonAscii, foldAccents, unifyCharacters } from './rules/prose/characters.ts';
import { sayIsoDates, sayTimes } from './rules/prose/dates-and-times.ts';
import { sayCurrency } from './rules/prose/money.ts';
import {
  sayFractions,
  sayNumbers,
  sayOrdinalsAndDecades,
  sayRangesAndDashes,
  sayYears,
} from './rules/prose/numbers.ts';
import { sayEllipses, sayParentheses, tidyPunctuation } from './rules/prose/punctuation.ts';
import { sayRegnalNumbers } from './rules/prose/regnal-numbers.ts';
import type { SpokenRule } from './rules/spoken-rule.ts';
import { saySymbols } from './rules/prose/symbols.ts';
import { sayUnits } from './rules/prose/units.ts';
import { sayAddresses } from './rules/technical/addresses.ts';
import { sayArrows } from './rules/technical/code-expression.ts';
import { sayEmoji } from './rules/technical/emoji.ts';
import { sayFlags } from './rules/technical/flags.ts';
import { sayInlineCode } from './rules/technical/inline-code.ts';
import { sayWrittenMarkup } from './rules/technical/markup.ts';
import { sayMaths } from './rules/technical/maths.ts';
import { sayVersions } from './rules/technical/versions.ts';
import { splitSaid, unmarkSaid } from './said-marks.ts';

/** A rule for the text between what earlier rules have said (said-marks.ts), leaving their words alone. */
const outsideSaid = (apply: (text: string) => string) => (text: string) =>
  splitSaid(text)
    .map((part) => (part.said ? part.text : apply(part.text)))
    .join('');

// Inline code first: it is said whole, by the token rules it holds; emoji before tags ("<a🐞>"), and tags and arrows
// written in prose before maths reads "<" and ">". Maths before anything NFKC touches ("²"), and
// versions before addresses, so "react@18.2.0" is a package and not an email address.
export const TECHNICAL_RULES: readonly SpokenRule[] = [
  { name: 'inline-code', apply: sayInlineCode },
  { name: 'emoji', apply: outsideSaid(sayEmoji) },
  { name: 'markup', apply: outsideSaid(sayWrittenMarkup) },
  { name: 'arrows', apply: outsideSaid(sayArrows) },
  { name: 'maths', apply: outsideSaid(sayMaths) },
  { name: 'versions', apply: outsideSaid(sayVersions) },
  { name: 'flags', apply: outsideSaid(sayFlags) },
  { name: 'addresses', apply: outsideSaid(sayAddresses) },
];

// Order matters: dashes after addresses, ranges before money, units before symbols ("km/h"), years before plain
// numbers, numbers and regnal numerals before acronyms.
export const PROSE_RULES: readonly SpokenRule[] = [
  { name: 'characters', apply: (text) => foldAccents(unifyCharacters(text)) },
  { name: 'abbreviations', apply: sayAbbreviations },
  { name: 'regnal-numbers', apply: sayRegnalNumbers },
  { name: 'dates', apply: sayIsoDates },
  { name: 'ranges-and-dashes', apply: sayRangesAndDashes },
  { name: 'money', apply: sayCurrency },
  { name: 'ellipses', apply: sayEllipses },
  { name: 'parentheses', apply: sayParentheses },
  { name: 'ordinals-and-decades', apply: sayOrdinalsAndDecades },
  { name: 'times', apply: sayTimes },
  { name: 'units', apply: sayUnits },
  { name: 'years', apply: sayYears },
  { name: 'fractions', apply: sayFractions },
  { name: 'symbols', apply: saySymbols },
  { name: 'numbers', apply: sayNumbers },
  { name: 'acronyms', apply: spellAcronyms },
  { name: 'ascii', apply: dropNonAscii },
  { name: 'punctuation', apply: tidyPunctuation },
];

const run = (rules: readonly SpokenRule[], text: string): string =>
  rules.reduce((current, rule) => rule.apply(current), text);

/** The spoken words with the technical rules' words still marked (said-marks.ts), for flite's respellings and the benchmark. */
export const toMarkedWords = (text: string): string => run(PROSE_RULES, run(TECHNICAL_RULES, text));

/** The words a listener should hear for a piece of display text: numbers, symbols and acronyms as words, in ASCII. */
export const toSpokenWords = (text: string): string => unmarkSaid(toMarkedWords(text));

/** What flite should say for a piece of display text, its marks kept: its spoken words, respelled where flite errs. */
export const toMarkedSpokenText = (text: string): string => respellForFlite(toMarkedWords(text));

/** What flite should say for a piece of display text: its spoken words, respelled where flite's lexicon errs. */
export const toSpokenText = (text: string): string => unmarkSaid(toMarkedSpokenText(text));

/**
 * What an engine that reads text as written is given: only the technical rules, since it reads "<p>" or "1.0.0" no
 * better than flite does, while numbers, dates and money it says in its own voice's language.
 */
export const toWrittenText = (text: string): string => unmarkSaid(run(TECHNICAL_RULES, text)).trim();
