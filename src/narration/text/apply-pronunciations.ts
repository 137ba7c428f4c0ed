// Puts the author's pronunciations into the text a voice is given, never into the page: whole words only, the
// longest entry first, possessives and plurals following their word, and nothing inside a URL or an address.
import type { Lexicon } from '../../lib/essays/pronunciations.ts';

export interface Substitution {
  /** The lexicon entry, where in the text it was found, and what it became. */
  readonly entry: string;
  readonly index: number;
  readonly from: string;
  readonly to: string;
}

// Letters, digits and the joiners of identifiers and addresses: a match must not touch one.
const BEFORE = String.raw`(?<![\p{L}\p{N}_@./\\])`;
const AFTER = String.raw`(?![\p{L}\p{N}_@])`;
// Siobhan's, Siobhan’s, Nguyens, Nguyenes: the suffix is kept after the respelling.
const SUFFIX = "('s|’s|s|es|'|’)?";
/** URLs and email addresses: no pronunciation reaches inside one, and the audit does not read them as words. */
export const URL_OR_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

// In a respelling the capitals mark the stressed syllable for the author's eye ("shiv-AWN"); a voice given them
// spells them out ("A W N"), so a capitalised syllable joined by a hyphen is given in lower case.
const STRESSED_SYLLABLE = /(?<=-)\p{Lu}{2,}|\p{Lu}{2,}(?=-)/gu;
const voiced = (say: string): string => say.replace(STRESSED_SYLLABLE, (syllable) => syllable.toLowerCase());

// A capital where the text had one (a name, a sentence's first word) keeps its place: "Synthesisers turn…".
const capitalAs = (from: string, to: string): string =>
  /^\p{Lu}/u.test(from) ? to.charAt(0).toUpperCase() + to.slice(1) : to;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternFor(key: string, caseSensitive: boolean): RegExp {
  const words = key.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
  return new RegExp(`${BEFORE}(${words})${SUFFIX}${AFTER}`, caseSensitive ? 'gu' : 'giu');
}

type Found = Substitution & { readonly end: number };

/** How an engine that takes phonemes is given an entry's IPA, its possessive or plural ending included. */
export type PhonemeWriter = (ipa: string, suffix: string) => string;

/**
 * The text with each entry said as the lexicon says, and where each substitution was made: as its phonemes where the
 * entry has IPA and the engine takes them, as its respelling otherwise.
 */
export function applyPronunciations(
  text: string,
  lexicon: Lexicon,
  phonemes?: PhonemeWriter,
): { text: string; substitutions: readonly Substitution[] } {
  if (lexicon.size === 0) return { text, substitutions: [] };
  const blocked = [...text.matchAll(URL_OR_ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
  const overlaps = (start: number, end: number, spans: readonly (readonly [number, number])[]) =>
    spans.some(([a, b]) => start < b && end > a);
  const found: Found[] = [];
  for (const [key, { say, ipa, match }] of lexicon) {
    for (const m of text.matchAll(patternFor(key, match === 'case-sensitive'))) {
      const end = m.index + m[0].length;
      const suffix = m[2] ?? '';
      const to = ipa !== undefined && phonemes ? phonemes(ipa, suffix) : capitalAs(m[1] ?? '', voiced(say)) + suffix;
      if (!overlaps(m.index, end, blocked)) found.push({ entry: key, index: m.index, end, from: m[0], to });
    }
  }
  // The longest wins where two entries overlap ("New York University" over "New York").
  const chosen: Found[] = [];
  for (const candidate of found.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index)) {
    if (
      !overlaps(
        candidate.index,
        candidate.end,
        chosen.map((c) => [c.index, c.end]),
      )
    )
      chosen.push(candidate);
  }
  chosen.sort((a, b) => a.index - b.index);
  let said = '';
  let at = 0;
  for (const { index, end, to } of chosen) {
    said += text.slice(at, index) + to;
    at = end;
  }
  return {
    text: said + text.slice(at),
    substitutions: chosen.map(({ entry, index, from, to }) => ({ entry, index, from, to })),
  };
}
