// Monarchs and popes take ordinals: "Henry VIII" is "Henry the eighth", where "World War II" is "World War two".
import { ordinal } from '../../number-words.ts';
import { ROMAN_NUMERALS } from './roman-numerals.ts';

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

export const sayRegnalNumbers: (text: string) => string = (text) =>
  text.replace(REGNAL_PATTERN, (name: string, who: string, numeral: string) => {
    const n = ROMAN_NUMERALS.indexOf(numeral);
    return n > 0 ? `${who} the ${ordinal(n)}` : name;
  });
