// The pronunciation audit: the words of some essays that a voice is likely to get wrong, most frequent first, so
// that an author fixes the names listeners would trip on before any audio is made.
import type { SpokenBlock } from '../../lib/essay-body/spoken-blocks.ts';
import type { Lexicon } from '../../lib/essays/pronunciations.ts';
import { applyPronunciations, URL_OR_ADDRESS } from '../text/apply-pronunciations.ts';

export type Suspicion = 'unknown word' | 'unknown name' | 'mixed case' | 'all capitals' | 'symbol';

export interface AuditRow {
  readonly word: string;
  readonly why: Suspicion;
  readonly count: number;
  readonly essays: readonly string[];
  /** Where an entry already says it: the site's lexicon, the essay's own (in every essay listed), or nowhere. */
  readonly covered: 'site' | 'essay' | undefined;
}

export interface AuditedEssay {
  readonly slug: string;
  readonly blocks: readonly SpokenBlock[];
  readonly lexicon: Lexicon;
}

// A run of letters, digits and the marks inside words (don't, re-read, v1.2).
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}]/gu;
// Symbols a voice may say oddly or skip; ordinary punctuation, dashes, quotes and currency are handled by the text rules.
const SYMBOL = /[^\p{L}\p{N}\s.,;:!?'"’‘“”()[\]{}—–\-…/&%$£€¥#*+=<>@_~^|\\`]/gu;

/** Why `token` is suspect, or undefined: `known(word)` says whether the voice's lexicon has the word. */
function suspicion(token: string, known: (word: string) => boolean): Suspicion | undefined {
  const word = token
    .replace(/’/gu, "'")
    .replace(/'s$/u, '')
    .replace(/[.'-]+$/u, '');
  // Numbers, ordinals and decades (18th, 1930s) are the text rules' to say, not the lexicon's.
  if (!/\p{L}/u.test(word) || /^\p{N}/u.test(word)) return undefined;
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'all capitals';
  if (/\p{Ll}\p{Lu}/u.test(word)) return 'mixed case';
  const lower = word.toLowerCase();
  const forms = [lower, lower.replace(/e?s$/u, ''), ...lower.split('-')];
  if (forms.some((form) => form.length > 0 && known(form)) || lower.split('-').every((part) => known(part)))
    return undefined;
  return /^\p{Lu}/u.test(word) ? 'unknown name' : 'unknown word';
}

/** The suspect words of `essays`, the most frequent first, each with the essays it is in and what covers it. */
export function auditPronunciations(
  essays: readonly AuditedEssay[],
  known: (word: string) => boolean,
  site: Lexicon,
): AuditRow[] {
  const says = (lexicon: Lexicon, word: string) => applyPronunciations(word, lexicon).substitutions.length > 0;
  type Tally = { word: string; why: Suspicion; count: number; essays: Set<string>; coveredIn: Set<string> };
  const rows = new Map<string, Tally>();
  for (const { slug, blocks, lexicon } of essays) {
    const note = (word: string, why: Suspicion) => {
      const key = why === 'symbol' ? word : word.toLowerCase();
      const row = rows.get(key) ?? { word, why, count: 0, essays: new Set(), coveredIn: new Set() };
      row.count += 1;
      row.essays.add(slug);
      if (why !== 'symbol' && says(lexicon, word)) row.coveredIn.add(slug);
      rows.set(key, row);
    };
    for (const { text, say } of blocks) {
      const prose = (say ?? text).replace(URL_OR_ADDRESS, ' ');
      for (const [symbol] of prose.matchAll(SYMBOL)) note(symbol, 'symbol');
      for (const [token] of prose.matchAll(TOKEN)) {
        const why = suspicion(token, known);
        if (why) note(token.replace(/['’]s$/u, ''), why);
      }
    }
  }
  // A plural counts with its word ("Airbnbs" with "Airbnb", found on a real feed): one entry covers both.
  for (const [key, row] of rows) {
    const single = rows.get(key.replace(/e?s$/u, '')) ?? rows.get(key.replace(/s$/u, ''));
    if (!single || single === row || row.why === 'symbol') continue;
    single.count += row.count;
    for (const slug of row.essays) single.essays.add(slug);
    for (const slug of row.coveredIn) single.coveredIn.add(slug);
    rows.delete(key);
  }
  return [...rows.values()]
    .map(({ word, why, count, essays: inEssays, coveredIn }) => {
      const covered =
        why !== 'symbol' && says(site, word) ? 'site' : coveredIn.size === inEssays.size ? 'essay' : undefined;
      return { word, why, count, essays: [...inEssays].sort(), covered } as const;
    })
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
}
