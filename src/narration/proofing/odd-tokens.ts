// What a listener hears that no person reading aloud would say: symbol names read out of code and markup, stray
// single letters, and blocks that say nothing. The measure of issue 25, counted on the text a voice is given.
import { splitSaid } from '../text/said-marks.ts';

export type OddKind = 'symbol name' | 'read as symbols' | 'single letter' | 'empty block';

export interface OddToken {
  readonly kind: OddKind;
  readonly token: string;
}

// "equals greater than" holds "greater than": counted once, as the voice says it once.
const SYMBOL_NAMES = /\b(?:less than|greater than|slash|dot|backslash|open paren|close paren|curly brace)\b/gi;
// flite reads punctuation inside a token aloud: "bundle.js" is "bundle dot js", "a/b" is "a slash b".
const READ_AS_SYMBOLS = /[A-Za-z0-9]+(?:[./\\<>{}[\]|^~#@][A-Za-z0-9]+)+/g;
const WORD = /[A-Za-z0-9']+/g;
const HAS_WORD = /[A-Za-z0-9]/;
// A lone letter is odd unless it is the article "a", the pronoun "I", or one of a spelled acronym's letters ("A W S"),
// and unless the author wrote it as a word ("props A, B and C"): an odd letter is one the rules made.
const LETTER = /^[B-HJ-Zb-z]$/;
// A spelled acronym's last letter may carry a plural: "U I's".
const isLetter = (word: string | undefined): boolean => word !== undefined && /^[A-Za-z](?:'s)?$/.test(word);

/** How often each match of `pattern` appears in the text as shown, lower-cased: words the author wrote. */
function writtenCounts(shown: string, pattern: RegExp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [match] of shown.matchAll(pattern))
    counts.set(match.toLowerCase(), (counts.get(match.toLowerCase()) ?? 0) + 1);
  return counts;
}

/** Whether `token` is one the author wrote ("less than I expected", "Dot Notation"), using that one up. */
function takeWritten(counts: Map<string, number>, token: string): boolean {
  const left = counts.get(token.toLowerCase()) ?? 0;
  counts.set(token.toLowerCase(), left - 1);
  return left > 0;
}

const WRITTEN_LETTER = /(?<![\w.'/-])[A-Za-z](?![\w.'/-])/g;

function singleLetters(text: string, shown: string): OddToken[] {
  const written = writtenCounts(shown, WRITTEN_LETTER);
  const words = text.match(WORD) ?? [];
  return words.flatMap((word, i) => {
    if (!LETTER.test(word) || isLetter(words[i - 1]) || isLetter(words[i + 1])) return [];
    return takeWritten(written, word) ? [] : [{ kind: 'single letter' as const, token: word }];
  });
}

/**
 * The odd tokens in one block's spoken text, given the text as `shown` on the page; words a rule marked as chosen
 * (said-marks.ts) are not odd, nor symbol names and letters the author wrote as words.
 */
export function oddTokens(spoken: string, shown: string): OddToken[] {
  const parts = splitSaid(spoken);
  // A block of "…" or "***" is a pause the author wrote: silence is what a person reading aloud gives it.
  if (!parts.some((part) => HAS_WORD.test(part.text)))
    return HAS_WORD.test(shown) ? [{ kind: 'empty block', token: spoken }] : [];
  const written = writtenCounts(shown, SYMBOL_NAMES);
  return parts
    .filter((part) => !part.said)
    .flatMap(({ text }) => [
      ...[...text.matchAll(SYMBOL_NAMES)]
        .filter((m) => !takeWritten(written, m[0]))
        .map((m) => ({ kind: 'symbol name' as const, token: m[0] })),
      ...[...text.matchAll(READ_AS_SYMBOLS)].map((m) => ({ kind: 'read as symbols' as const, token: m[0] })),
      ...singleLetters(text, shown),
    ]);
}

/**
 * The symbol names a rule chose to say ("dot" in "bundle dot js", "less than" in "x is less than y"): not odd, but
 * reported beside the figure, so that a rule that reads symbols aloud cannot hide behind its marks.
 */
export const chosenSymbolNames = (spoken: string): string[] =>
  splitSaid(spoken)
    .filter((part) => part.said)
    .flatMap(({ text }) => [...text.matchAll(SYMBOL_NAMES)].map((m) => m[0].toLowerCase()));

/** Words a listener hears in a spoken text, for the rate per 1,000. */
export const spokenWordCount = (spoken: string): number =>
  splitSaid(spoken).flatMap((p) => p.text.match(WORD) ?? []).length;
