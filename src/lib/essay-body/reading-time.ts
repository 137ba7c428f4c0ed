// Reading and listening time, as the byline shows them.

// 230 words a minute: the adult silent-reading rate for non-fiction (Brysbaert 2019, 238 wpm), rounded down.
const WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function listeningMinutes(durationSeconds: number): number {
  return Math.max(1, Math.round(durationSeconds / 60));
}

export const minutesLabel = (minutes: number, verb: 'read' | 'listen'): string => `${minutes} min ${verb}`;
