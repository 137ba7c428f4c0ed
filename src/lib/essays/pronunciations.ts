// The pronunciation lexicon's contract: how an author says a word is said, in content/pronunciations.yml and in an
// essay's `pronunciations:` frontmatter. Checked here once; narration trusts what passes.
import yaml from 'js-yaml';
import { ipaSymbols } from './ipa.ts';

/** word: one word, whole; phrase: several words, whole; case-sensitive: as word or phrase, but only in this case. */
export type MatchRule = 'word' | 'phrase' | 'case-sensitive';

export interface Pronunciation {
  /** What a voice is given in place of the entry: a respelling ("shiv-AWN") or other words ("eighteen eighty-seven"). */
  readonly say: string;
  /** The IPA, for the record and for engines that take phonemes. */
  readonly ipa?: string;
  readonly match: MatchRule;
}

/** Entries by the word or phrase as the author wrote it. */
export type Lexicon = ReadonlyMap<string, Pronunciation>;

export const NO_PRONUNCIATIONS: Lexicon = new Map();

/** The site's lexicon, beside the essays and in git; optional. */
export const SITE_LEXICON = 'content/pronunciations.yml';

const RULES: readonly MatchRule[] = ['word', 'phrase', 'case-sensitive'];
// An entry must start and end on a letter or digit: "-ing" or "'s" would match inside other words.
const WHOLE = /^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/su;

function entryProblem(key: string, value: unknown): string | Pronunciation {
  if (!WHOLE.test(key)) return 'must start and end with a letter or digit, or it would match inside other words';
  const full = typeof value === 'string' ? { say: value } : value;
  if (typeof full !== 'object' || full === null || Array.isArray(full))
    return 'must be a respelling, or { say, ipa, match }';
  const { say, ipa, match, ...rest } = full as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) return `has unknown field(s) ${unknown.join(', ')}; an entry takes say, ipa and match`;
  if (typeof say !== 'string' || say.trim() === '') return 'needs a non-empty say';
  if (ipa !== undefined && (typeof ipa !== 'string' || ipa.trim() === '')) return 'has an ipa that is not text';
  const sounds = typeof ipa === 'string' ? ipaSymbols(ipa.trim()) : undefined;
  if (sounds && 'unknown' in sounds)
    return `has ipa "${ipa}" with "${sounds.unknown}", which is not an English IPA symbol Lectern knows`;
  const rule = match ?? (/\s/.test(key) ? 'phrase' : 'word');
  if (!RULES.includes(rule as MatchRule)) return `has match "${String(match)}"; match is ${RULES.join(', ')}`;
  if (rule === 'word' && /\s/.test(key)) return 'has several words, so its match is phrase, not word';
  return { say: say.trim(), ...(typeof ipa === 'string' ? { ipa: ipa.trim() } : {}), match: rule as MatchRule };
}

/** The lexicon in `entries`, or an Error naming each bad entry with `where(entry)` (a file, and a line if known). */
export function readLexicon(entries: unknown, where: (entry?: string) => string): Lexicon {
  if (entries === undefined || entries === null) return NO_PRONUNCIATIONS;
  if (typeof entries !== 'object' || Array.isArray(entries))
    throw new Error(`${where()}: pronunciations must be a map of words to how they are said`);
  const lexicon = new Map<string, Pronunciation>();
  const problems: string[] = [];
  const folded = new Map<string, string>();
  for (const [key, value] of Object.entries(entries)) {
    const entry = entryProblem(key, value);
    if (typeof entry === 'string') {
      problems.push(`${where(key)}: "${key}" ${entry}`);
      continue;
    }
    // Two spellings of one case-insensitive entry would say it two ways: which one wins would be an accident.
    const fold = entry.match === 'case-sensitive' ? key : key.toLowerCase();
    const other = folded.get(fold);
    if (other !== undefined) problems.push(`${where(key)}: "${key}" is already an entry, as "${other}"`);
    folded.set(fold, key);
    lexicon.set(key, entry);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return lexicon;
}

/** The line on which `key` is defined in a YAML map, 1-based, for the messages. */
const lineOf = (source: string, key: string): number | undefined => {
  const index = source
    .split('\n')
    .findIndex((line) => line.replace(/^\s*["']?/, '').startsWith(`${key}`) && /["']?\s*:/.test(line));
  return index === -1 ? undefined : index + 1;
};

/** The site lexicon from its YAML text; bad YAML or a bad entry throws, naming `file`, the line and the entry. */
export function parseLexiconFile(source: string, file: string): Lexicon {
  let entries: unknown;
  try {
    // JSON_SCHEMA: "no" and "on" stay words, not booleans; a duplicated key is an error, not a silent overwrite.
    entries = yaml.load(source, { filename: file, schema: yaml.JSON_SCHEMA });
  } catch (error) {
    if (error instanceof yaml.YAMLException)
      throw new Error(`${file}:${error.mark.line + 1}: ${error.reason} (the lexicon is YAML: "word: respelling")`);
    throw error;
  }
  return readLexicon(entries, (entry) => {
    const line = entry === undefined ? undefined : lineOf(source, entry);
    return line === undefined ? file : `${file}:${line}`;
  });
}

/** The essay's own entries win over the site's, entry by entry. */
export const mergeLexicons = (site: Lexicon, essay: Lexicon): Lexicon => {
  const own = new Set([...essay.keys()].map((key) => key.toLowerCase()));
  return new Map([...[...site].filter(([key]) => !own.has(key.toLowerCase())), ...essay]);
};
