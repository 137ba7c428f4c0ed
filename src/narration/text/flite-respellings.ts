// Words flite mispronounces, respelled so that it says them right; found by comparing flite's phones with CMUdict.
import { SAID_CLOSE, SAID_OPEN } from './said-marks.ts';

// British -ise verbs that flite's American lexicon lacks, so it guesses ("realise" as "ree-luz"); the -ize
// spelling it knows. A list, not a rule: "promise", "raise" and "exercise" must stay as they are.
const ISE_STEMS = [
  'agon',
  'antagon',
  'apolog',
  'author',
  'capital',
  'categor',
  'central',
  'character',
  'civil',
  'colon',
  'commercial',
  'conceptual',
  'contextual',
  'custom',
  'decentral',
  'digit',
  'dramat',
  'emphas',
  'energ',
  'equal',
  'external',
  'familiar',
  'fantas',
  'fertil',
  'final',
  'formal',
  'general',
  'global',
  'harmon',
  'hospital',
  'human',
  'hypothes',
  'ideal',
  'immun',
  'initial',
  'internal',
  'italic',
  'item',
  'jeopard',
  'legal',
  'legitim',
  'local',
  'marginal',
  'maxim',
  'mechan',
  'memor',
  'mesmer',
  'minim',
  'mobil',
  'modern',
  'monopol',
  'national',
  'natural',
  'neutral',
  'normal',
  'optim',
  'organ',
  'patron',
  'penal',
  'personal',
  'polar',
  'popular',
  'priorit',
  'public',
  'rational',
  'real',
  'recogn',
  'revolution',
  'romantic',
  'scrutin',
  'serial',
  'social',
  'special',
  'stabil',
  'standard',
  'steril',
  'subsid',
  'summar',
  'symbol',
  'sympath',
  'synthes',
  'theor',
  'token',
  'trivial',
  'util',
  'verbal',
  'victim',
  'visual',
  'vocal',
  'critic',
  'anal',
  'paral',
  'catal',
];
const ISE_WORD = new RegExp(`\\b(${ISE_STEMS.join('|')})([iy])(s)(e|es|ed|ing|er|ers|ation|ations)\\b`, 'gi');
// Sample-essay words whose flite phones match no CMUdict pronunciation (accent variants such as "hear" aside): flite's
// own errors, so here; how a name is said, for every engine, is the site lexicon's (content/pronunciations.yml).
const RESPELLINGS: Readonly<Record<string, string>> = {
  forgives: 'forgivs',
  readings: 'reedings',
  rewind: 'ree-whined',
};

// flite reduces the article "a" to a weak schwa (ax) that a recogniser often misses; "uh" says the unreduced vowel in
// the same time (60 ms against 65 ms in "read by a/uh machine"; pocketsphinx on what-the-ear-forgives: 82.7% → 83.6%
// of words heard). Only the article: lower case mid-sentence, capital only at a sentence start, so the letter in
// "plan A" or "A. Smith" stays a letter; and never inside words a technical rule said (code, maths: "a + birthYear").
const ARTICLE_A = /\ba (?=\uE002?[A-Za-z])/g;
const SENTENCE_ARTICLE_A = /(^|[.!?]["')]?\s+|["(])A (?=\uE002?[a-z])/g;

/** Whether `at` lies inside words a technical rule said (between SAID_OPEN and SAID_CLOSE). */
const insideSaid = (text: string, at: number): boolean =>
  text.lastIndexOf(SAID_OPEN, at) > text.lastIndexOf(SAID_CLOSE, at);

const sayArticles = (text: string): string =>
  text
    .replace(ARTICLE_A, (a: string, at: number, whole: string) => (insideSaid(whole, at) ? a : 'uh '))
    .replace(SENTENCE_ARTICLE_A, (a: string, before: string, at: number, whole: string) =>
      insideSaid(whole, at + before.length) ? a : `${before}Uh `,
    );

/** Respells the words flite's lexicon gets wrong so that its letter-to-sound rules get them right. */
export function respellForFlite(text: string): string {
  return sayArticles(text)
    .replace(
      ISE_WORD,
      (_, stem: string, vowel: string, s: string, ending: string) => `${stem}${vowel}${s === 'S' ? 'Z' : 'z'}${ending}`,
    )
    .replace(/\b[A-Za-z]+\b/g, (word) => {
      const respelled = RESPELLINGS[word.toLowerCase()];
      if (respelled === undefined) return word;
      const capital = word[0] !== word[0]?.toLowerCase();
      return capital ? `${respelled.charAt(0).toUpperCase()}${respelled.slice(1)}` : respelled;
    });
}
