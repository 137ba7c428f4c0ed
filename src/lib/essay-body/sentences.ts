// The one rule that splits a spoken block into sentences: the narration synthesizes and times each sentence, its
// cues name them, and the page highlights the one being read. Ids hash the sentence alone, so an edit to one sentence
// changes that sentence's id and no other.
import { stableHash } from './stable-hash.ts';
import { type SpokenBlock, voicedText } from './spoken-blocks.ts';

/** A sentence of a block: its text as the reader sees it, and what the narration is given for it. */
export interface Sentence {
  /** `s-` and a hash of its text, unique in the essay: the target of a `#say=` link. */
  id: string;
  /** The id of the block it belongs to. */
  block: string;
  text: string;
  /** The block's voiced text (voicedText) for this sentence: the <Say> text or the marked text, where they differ. */
  voiced: string;
}

// Words that end with a full stop but rarely end a sentence ("Dr. Seuss", "cf. Smith", "No. 5").
const ABBREVIATIONS = new Set(
  'p mr mrs ms dr prof st sr jr vs cf viz approx no nos fig figs vol vols pp ch sec eq ed eds rev gen col lt sgt mt ft inc ltd co dept est'.split(
    ' ',
  ),
);
// Private-use marks around inline code (spoken-marks.ts) are invisible to the rule: it splits marked text as the plain.
const MARK = /[\uE000-\uE007]/;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«', '¿', '¡']);
// A piece this short is a lead-in ("Footnote 1.", "Aside: No.") and joins the next: a cue of a second helps nobody.
const MIN_WORDS = 3;

// A sentence starts with a capital (or inline code); not with a number, which follows "c." and "approx." far more
// often than it starts a sentence.
const isUpperStart = (char: string | undefined): boolean =>
  char !== undefined && (/\p{Lu}/u.test(char) || MARK.test(char));

/** The word that the full stop at `end` closes, marks dropped: "Dr" in "Dr.", "e.g" in "e.g.". */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.\uE000-\uE007]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end).replace(/[\uE000-\uE007]/g, '');
}

/** Whether the full stop at `index` ends a word that is not the end of a sentence. */
function abbreviationAt(text: string, index: number): boolean {
  const word = wordBefore(text, index);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted abbreviations: "J. R. R. Tolkien", "e.g.", "U.S.", "a.m."
  return /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** Whether the punctuation run ending at `end` (exclusive) is followed by the start of a new sentence. */
function startsSentence(text: string, end: number): boolean {
  let i = end;
  if (!/\s/.test(text[i] ?? '')) return false;
  while (/\s/.test(text[i] ?? '')) i++;
  while (OPENERS.has(text[i] ?? '')) i++;
  return isUpperStart(text[i]);
}

/** [start, end) offsets of the sentences in `text`, trimmed, in order; a text without an ending is one sentence. */
export function sentenceRanges(text: string): Array<readonly [number, number]> {
  const cuts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (!/[.!?…]/.test(char)) continue;
    let end = i + 1;
    while (/[.!?…]/.test(text[end] ?? '') || MARK.test(text[end] ?? '')) end++;
    while (CLOSERS.has(text[end] ?? '')) end++;
    const ellipsis = /[.!?…]/.test(text[i + 1] ?? '');
    if (char === '.' && !ellipsis && abbreviationAt(text, i)) continue;
    if (startsSentence(text, end)) cuts.push(end);
    i = end - 1;
  }
  const ranges: Array<readonly [number, number]> = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(start, cut);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (piece.trim()) ranges.push([start + lead, cut - trail]);
    start = cut;
  }
  return joinShortPieces(text, ranges);
}

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function joinShortPieces(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let pending: number | undefined;
  for (const [start, end] of ranges) {
    const from = pending ?? start;
    if (wordCount(text.slice(from, end)) < MIN_WORDS) {
      pending = from;
      continue;
    }
    out.push([from, end]);
    pending = undefined;
  }
  const last = out.at(-1);
  const tail = ranges.at(-1);
  if (pending !== undefined && tail) {
    if (last) out[out.length - 1] = [last[0], tail[1]];
    else out.push([pending, tail[1]]);
  }
  return out;
}

/** The sentences of `text`. */
export const splitSentences = (text: string): string[] =>
  sentenceRanges(text).map(([start, end]) => text.slice(start, end));

/**
 * What the voice is given for each sentence of a block: its voiced text split by the same rule, where that gives the
 * same sentences as the text shown (marks dropped); otherwise (a <Say> that says a different number of sentences) the
 * whole voiced text goes with the block's first sentence and the block is one sentence.
 */
function voicedSentences(block: SpokenBlock, shown: readonly string[]): string[] | undefined {
  const voiced = voicedText(block);
  if (voiced === block.text) return [...shown];
  const pieces = splitSentences(voiced);
  return pieces.length === shown.length ? pieces : undefined;
}

/** The sentences of an essay's blocks, in reading order, with ids unique in the essay. */
export function sentencesOf(blocks: readonly SpokenBlock[]): Sentence[] {
  const used = new Set<string>();
  return blocks.flatMap((block) => {
    const split = splitSentences(block.text);
    const voiced = voicedSentences(block, split);
    const texts = voiced ? split : [block.text];
    return texts.map((text, i) => {
      const base = `s-${stableHash(text)}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return { id, block: block.id, text, voiced: voiced?.[i] ?? voicedText(block) };
    });
  });
}
